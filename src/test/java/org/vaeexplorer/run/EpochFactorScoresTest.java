package org.vaeexplorer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.metrics.DisentanglementScores;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Issue 32's per-epoch metrics: a run on sprites-small scores the model against the known factors after every
 * epoch, through the run service both the command line and the Train page use; every listener and the checkpoint
 * see the scores; the scoring does not change the training; a run on a dataset without factors records none.
 */
class EpochFactorScoresTest {
    @TempDir
    Path dir;

    @Test
    void eachEpochOfASpritesRunCarriesTheFourMetricsIntoItsListenersAndItsCheckpoint() throws Exception {
        LabelledSplits data = DatasetLoader.load("sprites-small", 192, 64);
        List<EpochMetrics> seen = new ArrayList<>();
        Path file = dir.resolve("scored.vaex");
        long started = System.nanoTime();
        TrainingState scored = train(data, "sprites-small", true, file, seen);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("two epochs of 192 sprites with the metrics after each: %.1f s%n", seconds);

        assertEquals(2, seen.size());
        for (EpochMetrics m : seen) {
            assertEquals(DisentanglementScores.NAMES, List.copyOf(m.scores().keySet()), "epoch " + m.epoch());
            m.scores().forEach((name, v) -> assertTrue(v >= 0 && v <= 1, name + "=" + v));
        }
        List<EpochMetrics> saved = new CheckpointStore().load(file).manifest().metrics();
        for (int e = 0; e < 2; e++) {
            assertEquals(seen.get(e).scores(), saved.get(e).scores(), "the checkpoint records epoch " + (e + 1));
        }

        TrainingState plain = train(data, "sprites-small", false, dir.resolve("plain.vaex"), new ArrayList<>());
        for (int e = 0; e < 2; e++) {
            assertTrue(plain.history().get(e).scores().isEmpty(), "not asked for: no scores");
            assertEquals(plain.history().get(e).testNelbo(), scored.history().get(e).testNelbo(), 0.0,
                    "scoring draws no number the training uses");
        }
    }

    @Test
    void aFixedSampleScoresTheSameModelTheSameEveryTime() {
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(32, 32, 3), 1, 1e-3);
        FactorScoring scoring = FactorScoring.perEpoch("sprites-small", model.spec(), PixelScaling.GREY)
                .orElseThrow();
        Map<String, Double> first = scoring.score(model);
        assertEquals(first, scoring.score(model), "one fixed sample: the curve moves only with the model");
    }

    @Test
    void onlyADatasetWithAllItsFactorsIsScored() {
        var spec = ModelKind.VAE.defaultSpec(32, 32, 3);
        assertTrue(FactorScoring.perEpoch("sprites-small", spec, PixelScaling.GREY).isPresent());
        assertFalse(FactorScoring.perEpoch("sprites-small:0", spec, PixelScaling.GREY).isPresent(),
                "one shape only: its factor has no range");
        assertFalse(FactorScoring.perEpoch("sprites", spec, PixelScaling.GREY).isPresent(), "64x64 images");
        assertFalse(FactorScoring.perEpoch("mnist", ModelKind.VAE.defaultSpec(28, 28, 10), PixelScaling.GREY)
                .isPresent());
    }

    private static TrainingState train(LabelledSplits data, String source, boolean score, Path file,
                                       List<EpochMetrics> seen) throws Exception {
        TrainingSettings settings = new TrainingSettings(2, 64, 1e-3, 3, PixelScaling.GREY, 0, 0);
        RunSource fresh = RunSource.fresh(ModelKind.VAE.defaultSpec(32, 32, data.train().numClasses()), settings);
        List<TrainingState> last = new ArrayList<>();
        try (TrainingRun run = TrainingRun.builder(fresh, data, source)
                .saveTo(RunCheckpoints.Target.file(file), "test")
                .scoreFactorsEachEpoch(score)
                .listener(new TrainingListener() {
                    @Override
                    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                        seen.add(metrics);
                        last.add(state);
                    }
                })
                .build()) {
            assertEquals(score, run.scoresFactors());
            run.run();
        }
        return last.get(last.size() - 1);
    }
}
