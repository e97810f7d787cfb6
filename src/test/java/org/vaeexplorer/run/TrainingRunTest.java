package org.vaeexplorer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingSettings;

/** The run service on its own, without JavaFX. */
class TrainingRunTest {
    @TempDir
    Path dir;

    private final LabelledSplits mnist = TrainingFixtures.mnist();
    private final ModelSpec small = ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(32)).build();

    /** Collects what a listener of the run sees. */
    static final class Recorder implements RunListener {
        final List<Integer> frameEpochs = new ArrayList<>();
        int batches;

        @Override
        public void batchEnded(BatchEvent event) {
            batches++;
        }

        @Override
        public void framed(SampleGrids.EpochFrame frame) {
            frameEpochs.add(frame.epoch());
        }
    }

    @Test
    void aRunTrainsSavesIntoItsFolderAndRendersGridsWithoutJavaFx() throws Exception {
        Recorder recorder = new Recorder();
        Path folder = dir.resolve("run");
        TrainingOutcome outcome;
        try (TrainingRun run = TrainingRun.builder(RunSource.fresh(small, TrainingFixtures.small(2, 128, 100)),
                mnist, "mnist").saveTo(RunCheckpoints.Target.folder(folder, 1), "test").sampleGrids(4)
                .liveFeed(0).listener(recorder).build()) {
            assertTrue(run.liveRun("t").feed() != null, "the explorer can follow before the run starts");
            outcome = run.run();
            assertTrue(run.holdsModel());
        }
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status());
        assertEquals(List.of(0, 1, 2), recorder.frameEpochs);
        assertEquals(4, recorder.batches, "2 epochs of 128 images in batches of 64");
        assertFalse(Files.exists(folder.resolve("epoch-1.vaex")), "only the last epoch file is kept");
        assertTrue(Files.isRegularFile(folder.resolve("epoch-2.vaex")));
        assertTrue(Files.isRegularFile(folder.resolve("best.vaex")));
        assertEquals(2, new CheckpointStore().readManifest(folder.resolve("last.vaex")).epochsDone());
    }

    @Test
    void aFailedRunDropsItsModelReclaimsMemoryAndLeavesNoEmptyFolder() {
        Path folder = dir.resolve("failed");
        TrainingRun run = TrainingRun.builder(RunSource.fresh(small, TrainingFixtures.small(1, 128, 100)), mnist,
                "mnist").saveTo(RunCheckpoints.Target.folder(folder, 3), "test").listener(new RunListener() {
                    @Override
                    public void batchEnded(BatchEvent event) {
                        throw new IllegalStateException("FlatBuffers: cannot grow buffer beyond 2 gigabytes");
                    }
                }).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, run::run);
        assertTrue(e.getMessage().contains("FlatBuffers"));
        assertFalse(Files.exists(folder), "the empty run folder is removed");
        assertFalse(run.holdsModel(), "the model is dropped");
        assertTrue(run.memory().collections() >= 1, "native memory is reclaimed at once");
    }

    @Test
    void aModelTooLargeToTrainIsRefusedBeforeAnythingIsBuiltOrWritten() {
        ModelSpec huge = ModelSpecBuilder.of(ModelKind.VAE).latent(512).hidden(List.of(8192, 8192, 8192)).build();
        Path folder = dir.resolve("huge");
        TrainingRun run = TrainingRun.builder(RunSource.fresh(huge, new TrainingSettings(1, 4096, 1e-3, 1,
                org.vaeexplorer.data.PixelScaling.GREY, 0, 0)), mnist, "mnist")
                .saveTo(RunCheckpoints.Target.folder(folder, 3), "test").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run::run);
        assertTrue(e.getMessage().contains("parameters"), e.getMessage());
        assertFalse(Files.exists(folder));
    }

    @Test
    void aColourDatasetTrainsAndItsGridsAndAnimationAreInColour() throws Exception {
        LabelledSplits shapes = org.vaeexplorer.data.ColourShapes.generate(0, 52, 4);
        ModelSpec colour = ModelKind.CONV_VAE.defaultSpec(shapes.rows(), shapes.cols(), shapes.channels(),
                shapes.train().numClasses());
        List<SampleGrids.EpochFrame> frames = new ArrayList<>();
        RunListener recorder = new RunListener() {
            @Override
            public void framed(SampleGrids.EpochFrame frame) {
                frames.add(frame);
            }
        };
        Path file = dir.resolve("shapes.vaex");
        TrainingRun run = TrainingRun.builder(RunSource.fresh(colour, TrainingFixtures.small(1, 256, 20)), shapes,
                "shapes").saveTo(RunCheckpoints.Target.file(file), "test").sampleGrids(4).listener(recorder).build();
        TrainingOutcome outcome = run.run();
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals(3, new CheckpointStore().load(file).model().spec().channels());
        SampleGrids.Grids g = frames.get(frames.size() - 1).grids();
        assertEquals(3, g.channels());
        assertEquals(3 * g.compositeRows() * g.compositeCols(), g.composite().length);
        Path gif = dir.resolve("shapes.gif");
        org.vaeexplorer.run.samples.TrainingAnimation.writeGif(frames, gif, 100);
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(gif.toFile());
        // The test images are coloured shapes: some pixel of the first band has red, green and blue unequal.
        boolean coloured = false;
        for (int y = 20; y < read.getHeight() / 3 && !coloured; y++) {
            for (int x = 0; x < read.getWidth() && !coloured; x++) {
                int rgb = read.getRGB(x, y);
                coloured = (rgb >> 16 & 0xFF) != (rgb & 0xFF) || (rgb >> 8 & 0xFF) != (rgb & 0xFF);
            }
        }
        assertTrue(coloured, "the animation keeps the colour");
    }

    @Test
    void aModelOfOtherChannelsThanItsDataIsRefusedByKeyBeforeItIsBuilt() {
        LabelledSplits shapes = org.vaeexplorer.data.ColourShapes.generate(0, 4, 2);
        TrainingRun run = TrainingRun.builder(RunSource.fresh(small, TrainingFixtures.small(1, 16, 8)), shapes,
                "shapes").build();
        org.vaeexplorer.model.SpecException e = assertThrows(org.vaeexplorer.model.SpecException.class, run::run);
        assertEquals("run.channelsDoNotFit", e.text().key());
        assertFalse(run.holdsModel(), "refused before the model is built");
    }

    @Test
    void oneResumePathForBothMeaningsOfContinue() throws Exception {
        Path file = dir.resolve("one.vaex");
        TrainingSettings threePlanned = TrainingFixtures.small(3, 128, 100);
        TrainingRun first = TrainingRun.builder(RunSource.fresh(small, threePlanned).withEpochs(1), mnist, "mnist")
                .saveTo(RunCheckpoints.Target.file(file), "test").build();
        first.run();
        RunSource resumed = RunSource.resume(new CheckpointStore().load(file), mnist, "mnist");
        assertTrue(resumed.resumed());
        assertEquals(1, resumed.state().epochsDone());
        assertEquals(1, resumed.history().size());
        assertEquals(5, resumed.withEpochs(5).settings().epochs(), "the command line's --epochs is the total");
        assertEquals(1 + 4, resumed.continuing(4).settings().epochs(), "a finished run trains 4 more");
    }

    @Test
    void theCommandLinesFileIsWrittenAlsoWhenARunIsCancelled() throws Exception {
        Path file = dir.resolve("out.vaex");
        TrainingRun run = TrainingRun.builder(RunSource.fresh(small, TrainingFixtures.small(2, 128, 100)), mnist,
                "mnist").saveTo(RunCheckpoints.Target.file(file), "vae-explorer train").build();
        run.control().cancel();
        assertEquals(TrainingOutcome.Status.CANCELLED, run.run().status());
        assertEquals(0, new CheckpointStore().readManifest(file).epochsDone(), "saved at the end, however it ended");
    }

    @Test
    void aFailedAutosaveInARunFolderIsRecordedAndTrainingGoesOn() throws Exception {
        Path folder = dir.resolve("full");
        // A non-empty folder where epoch 1's file should go: that save fails as on a full disk.
        Files.createDirectories(folder.resolve("epoch-1.vaex"));
        Files.writeString(folder.resolve("epoch-1.vaex").resolve("keep"), "x");
        AtomicReference<TrainingRun> self = new AtomicReference<>();
        List<String> failuresSeenInEpoch2 = new ArrayList<>();
        List<String> keysSeen = new ArrayList<>();
        TrainingRun run = TrainingRun.builder(RunSource.fresh(small, TrainingFixtures.small(2, 128, 100)), mnist,
                "mnist").saveTo(RunCheckpoints.Target.folder(folder, 3), "test").listener(new RunListener() {
                    @Override
                    public void batchEnded(BatchEvent event) {
                        if (event.epoch() == 2 && self.get().checkpoints().lastFailure() != null) {
                            IOException failure = self.get().checkpoints().lastFailure();
                            failuresSeenInEpoch2.add(failure.getMessage());
                            // The Train page says it from its key; the English is the message.
                            keysSeen.add(((EngineText.Carrier) failure).text().key());
                        }
                    }
                }).build();
        self.set(run);
        assertEquals(TrainingOutcome.Status.COMPLETED, run.run().status());
        assertFalse(failuresSeenInEpoch2.isEmpty(), "epoch 1's failed save was recorded");
        assertTrue(failuresSeenInEpoch2.get(0).contains("epoch-1.vaex"), failuresSeenInEpoch2.get(0));
        assertEquals("run.couldNotSave", keysSeen.get(0));
        assertTrue(Files.isRegularFile(folder.resolve("epoch-2.vaex")), "the next epoch saves again");
        assertTrue(Files.isRegularFile(folder.resolve("last.vaex")));
        assertEquals(null, run.checkpoints().lastFailure(), "a later good save clears the failure");
    }
}
