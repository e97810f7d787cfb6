package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.AdversarialTerms;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.model.family.CvaeGan;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * A CVAE-GAN run through the trainer and the checkpoint store: its seed fixes every number (the four networks'
 * weights and the players' terms), a run resumed from a checkpoint continues exactly as the uninterrupted one, and the
 * checkpoint decodes G as a CVAE's decoder is decoded (a label per code).
 */
class CvaeGanRunTest {
    private final CheckpointStore store = new CheckpointStore();
    private final LabelledSplits mnist = TrainingFixtures.mnist();
    private final ModelSpec spec = CvaeGan.KIND.defaultSpec(28, 28, 10);
    private static final float[] Z = {0.5f, -0.5f, 1.0f, 0.2f};
    private static final float[] LABELS = VaeModel.oneHot(new int[] {3, 8}, 10);
    @TempDir
    Path dir;

    private List<EpochMetrics> train(VaeModel model, TrainingState state, TrainingSettings settings)
            throws Exception {
        List<EpochMetrics> epochs = new ArrayList<>();
        new Trainer(new RunControl(), new TrainingListener() {
            @Override
            public void epochEnded(VaeModel m, TrainingState s, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        }).train(model, mnist, state, settings);
        return epochs;
    }

    @Test
    void theSeedFixesTheRunAndAnotherSeedChangesIt() throws Exception {
        TrainingSettings one = TrainingFixtures.small(1, 256, 100);
        VaeModel a = VaeModel.create(spec, 7, 1e-3);
        VaeModel b = VaeModel.create(spec, 7, 1e-3);
        VaeModel c = VaeModel.create(spec, 8, 1e-3);
        EpochMetrics ea = train(a, new TrainingState(), one).get(0);
        EpochMetrics eb = train(b, new TrainingState(), one).get(0);
        EpochMetrics ec = train(c, new TrainingState(), one).get(0);
        assertEquals(AdversarialTerms.ALL, List.copyOf(ea.trainOwn().keySet()), "the players' terms are recorded");
        assertEquals(ea.trainOwn(), eb.trainOwn());
        assertEquals(ea.testNelbo(), eb.testNelbo(), 0.0);
        assertArrayEquals(FlatCodes.decode(a, Z, new float[0], LABELS, 2), FlatCodes.decode(b, Z, new float[0],
                LABELS, 2));
        assertNotEquals(ea.trainOwn().get(AdversarialTerms.DISCRIMINATOR),
                ec.trainOwn().get(AdversarialTerms.DISCRIMINATOR));
    }

    @Test
    void aResumedRunContinuesExactlyAsTheUninterruptedOne() throws Exception {
        TrainingSettings two = TrainingFixtures.small(2, 256, 100);
        VaeModel straight = VaeModel.create(spec, 9, 1e-3);
        List<EpochMetrics> straightEpochs = train(straight, new TrainingState(), two);

        VaeModel first = VaeModel.create(spec, 9, 1e-3);
        TrainingState state = new TrainingState();
        train(first, state, two.withEpochs(1));
        Path file = dir.resolve("half.vaex");
        store.save(file, Manifests.of(first.spec(), DatasetInfo.of(mnist, "mnist", two.scaling()), two, state,
                "test"), first);
        Checkpoint resumed = store.load(file);
        assertEquals(spec, resumed.manifest().model(), "the loss weights are read back");
        assertTrue(resumed.model().spec().capabilities().labels(), "it explores with a label, as a CVAE");
        List<EpochMetrics> resumedEpochs = train(resumed.model(), resumed.trainingState(), two);

        assertEquals(1, resumedEpochs.size());
        assertEquals(straightEpochs.get(1).trainOwn(), resumedEpochs.get(0).trainOwn());
        assertEquals(straightEpochs.get(1).testNelbo(), resumedEpochs.get(0).testNelbo(), 0.0);
        assertArrayEquals(FlatCodes.decode(straight, Z, new float[0], LABELS, 2),
                FlatCodes.decode(resumed.model(), Z, new float[0], LABELS, 2));
    }

    @Test
    void anEpochTheDiscriminatorWonOutrightIsAReasonToStop() {
        CvaeGan family = new CvaeGan();
        EngineText won = family.epochVerdict(terms(0.004));
        assertEquals("train.gan.discriminatorWon", won.key());
        assertTrue(won.english().contains("0.004"), won.english());
        assertNull(family.epochVerdict(terms(0.9)), "a discriminator still unsure lets the run go on");
        assertFalse(family.epochVerdict(terms(0.0099)) == null, "below 0.01 nats is near 0");
    }

    private static LossTerms terms(double discriminatorLoss) {
        return new LossTerms(1, 100, 5, 0, new float[] {5}, new float[0], 64,
                Map.of(AdversarialTerms.DISCRIMINATOR, discriminatorLoss));
    }
}
