package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.madgag.gif.fmsware.GifDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class TrainingRunViewModelTest {
    @TempDir
    Path runs;

    /** Holds the run instead of executing it, so the test decides when it ends. */
    static final class HeldRunner implements TrainingRunner {
        int started;
        Consumer<TrainingOutcome> done;
        Consumer<Throwable> failed;

        @Override
        public void start(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed) {
            started++;
            this.done = done;
            this.failed = failed;
        }
    }

    private final HeldRunner runner = new HeldRunner();
    private final StatusModel status = new StatusModel();

    private RunRequest request() {
        TrainFormViewModel form = new TrainFormViewModel();
        form.trainLimitProperty().set("128");
        return form.request(TrainingFixtures.mnist(), "mnist").orElseThrow();
    }

    /** The message under Run is kept as a text to say again, not as the words of the language it was said in. */
    @Test
    void theRunsMessageIsSaidAgainAfterALanguageSwitch() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        try {
            I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            vm.start(request());
            runner.done.accept(new TrainingOutcome(TrainingOutcome.Status.COMPLETED, "done", 3));
            assertTrue(vm.messageProperty().get().startsWith("已训练"), vm.messageProperty().get());

            I18n.setLocale(java.util.Locale.ENGLISH);
            vm.retranslate();

            assertTrue(vm.messageProperty().get().startsWith("Trained 3 epochs. Saved in "), vm.messageProperty().get());
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void controlsFollowTheRunsState() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        assertTrue(vm.canStart().get());
        assertFalse(vm.canPause().get() || vm.canResume().get() || vm.canStep().get() || vm.canCancel().get());

        assertTrue(vm.start(request()));
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
        assertFalse(vm.canStart().get());
        assertTrue(vm.canPause().get() && vm.canCancel().get());
        assertFalse(vm.canResume().get() || vm.canStep().get());

        vm.pause();
        assertEquals(RunState.PAUSED, vm.stateProperty().get());
        assertTrue(vm.canResume().get() && vm.canStep().get() && vm.canCancel().get());
        assertFalse(vm.canPause().get());

        vm.resume();
        assertEquals(RunState.RUNNING, vm.stateProperty().get());

        vm.cancel();
        assertEquals(RunState.STOPPING, vm.stateProperty().get());
        assertFalse(vm.canCancel().get() || vm.canStart().get());

        runner.done.accept(new TrainingOutcome(TrainingOutcome.Status.CANCELLED, "Cancelled during epoch 1", 0));
        assertEquals(RunState.IDLE, vm.stateProperty().get());
        assertTrue(vm.canStart().get());
        assertTrue(vm.messageProperty().get().startsWith("Cancelled"));
    }

    @Test
    void aSecondRunCannotStartWhileOneRuns() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        assertTrue(vm.start(request()));
        assertFalse(vm.start(request()));
        assertEquals(1, runner.started);
    }

    @Test
    void divergenceAndFailuresAreShownAndTheAppStaysUsable() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        vm.start(request());
        runner.done.accept(new TrainingOutcome(TrainingOutcome.Status.DIVERGED, "The loss became NaN at epoch 2", 1));
        assertTrue(vm.errorProperty().get().contains("NaN"));
        assertTrue(status.textProperty().get().contains("NaN"));
        assertTrue(vm.canStart().get());

        vm.start(request());
        assertEquals("", vm.errorProperty().get(), "a new run clears the old error");
        runner.failed.accept(new java.io.IOException("No space left on device"));
        assertTrue(vm.errorProperty().get().contains("No space left on device"));
        assertEquals(RunState.IDLE, vm.stateProperty().get());
    }

    /** The engine says why a run diverged by key: the window shows it in Chinese, the English stays for the CLI. */
    @Test
    void aDivergedRunIsExplainedInTheWindowsLanguage() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        vm.start(request());
        TrainingOutcome diverged = TrainingOutcome.lossDiverged(Double.NaN, 2, 17,
                org.vaeexplorer.training.DivergenceAdvice.text(ModelKind.VAE.defaultSpec(28, 28, 10),
                        new org.vaeexplorer.training.TrainingSettings(2, 128, 0.01, 1,
                                org.vaeexplorer.data.PixelScaling.GREY, 0, 0)), 1);
        assertTrue(diverged.message().startsWith("The loss became NaN at epoch 2, batch 17."), diverged.message());
        org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            runner.done.accept(diverged);
            assertEquals("第 2 轮第 17 批时损失变成了 NaN。训练已停止，保留了第 1 轮结束时的权重。"
                    + "对 Adam 来说学习率（0.01）偏高：请试试 0.001 或 0.0005。", vm.errorProperty().get());
        } finally {
            org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals(diverged.message(), LiveFigures.divergedText(diverged).resolve(), "English as the engine says it");
    }

    @Test
    void runsAreSavedInTheirOwnFolderUnderTheRunsRoot() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        vm.start(request());
        Path folder = vm.runFolderProperty().get();
        assertEquals(runs, folder.getParent());
        assertTrue(folder.getFileName().toString().endsWith("-" + ModelKind.VAE.cliName()));
    }

    /** Runs the training inline, so a test sees the whole run end before it goes on. */
    static final class InlineRunner implements TrainingRunner {
        @Override
        public void start(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed) {
            try {
                done.accept(work.call());
            } catch (Exception e) {
                failed.accept(e);
            }
        }
    }

    @Test
    void aFinishedRunResumesFromItsCheckpointIntoANewFolderAndAnimatesEveryEpoch() throws Exception {
        InlineExecutor executor = new InlineExecutor();
        TrainingRunViewModel vm = new TrainingRunViewModel(new InlineRunner(), executor, new DatasetCache(), status,
                runs);
        TrainFormViewModel form = new TrainFormViewModel();
        form.trainLimitProperty().set("128");
        form.epochsProperty().set("1");
        assertTrue(vm.start(form.request(TrainingFixtures.mnist(), "mnist").orElseThrow()));
        Path firstFolder = vm.runFolderProperty().get();
        Path last = firstFolder.resolve("last.vaex");
        assertTrue(Files.isRegularFile(last), "a finished run leaves last.vaex");
        assertEquals(List.of(0, 1), vm.frames().stream().map(SampleGrids.EpochFrame::epoch).toList());

        assertTrue(vm.resumeFrom(last, 2));
        assertEquals(RunState.IDLE, vm.stateProperty().get(), vm.errorProperty().get());
        assertEquals("", vm.errorProperty().get());
        Path resumedFolder = vm.runFolderProperty().get();
        assertTrue(resumedFolder.getFileName().toString().endsWith("-resumed"));
        assertEquals(List.of(1, 2, 3), vm.history().stream().map(EpochMetrics::epoch).toList(),
                "the history continues from the checkpoint's epoch");
        assertEquals(3, new CheckpointStore().readManifest(resumedFolder.resolve("last.vaex")).epochsDone());
        assertEquals(1, new CheckpointStore().readManifest(last).epochsDone(), "the original checkpoint is untouched");
        assertEquals(List.of(1, 2, 3), vm.frames().stream().map(SampleGrids.EpochFrame::epoch).toList());

        Path gif = runs.resolve("anim.gif");
        vm.exports().animation(vm.frames(), gif);
        GifDecoder decoder = new GifDecoder();
        assertEquals(GifDecoder.STATUS_OK, decoder.read(gif.toString()));
        assertEquals(3, decoder.getFrameCount());
    }

    @Test
    void aCorruptCheckpointIsReportedAndNothingStarts() throws Exception {
        Path bad = runs.resolve("broken.vaex");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status,
                runs);
        assertTrue(vm.resumeFrom(bad, 1));
        assertEquals(0, runner.started);
        assertEquals(RunState.IDLE, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().contains("broken.vaex"), vm.errorProperty().get());
        assertTrue(vm.canStart().get());
    }

    /** The engine refuses to train on a checkpoint saved for exploring by key: the window says it in Chinese. */
    @Test
    void aCheckpointThatCannotBeResumedIsRefusedInTheWindowsLanguage() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status,
                runs);
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            // The shipped models are exported without the optimiser's state.
            assertTrue(vm.resumeFrom(Path.of("models/mnist-vae-2d.vaex"), 1));
            assertEquals(0, runner.started);
            assertEquals("无法从 mnist-vae-2d.vaex 继续训练：此检查点保存时没有优化器状态，仅供探索：可以打开和探索，"
                    + "但不能继续训练（请从该次训练自己的检查点继续）", vm.errorProperty().get());
            I18n.setLocale(java.util.Locale.ENGLISH);
            vm.retranslate();
            assertTrue(vm.errorProperty().get().startsWith("Could not resume from mnist-vae-2d.vaex: This checkpoint "
                    + "was saved without the optimiser's state"), vm.errorProperty().get());
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void stepSaysSoInTheStatusBar() {
        TrainingRunViewModel vm = new TrainingRunViewModel(runner, new InlineExecutor(), new DatasetCache(), status, runs);
        vm.start(request());
        vm.pause();
        vm.step();
        assertEquals("Stepped one batch", status.textProperty().get());
    }

    /** Runs the first run inline and holds the ones after it. */
    static final class FirstInlineThenHeld implements TrainingRunner {
        private final InlineRunner inline = new InlineRunner();
        private final HeldRunner held = new HeldRunner();
        private int runs;

        @Override
        public void start(Callable<TrainingOutcome> work, Consumer<TrainingOutcome> done, Consumer<Throwable> failed) {
            (runs++ == 0 ? inline : held).start(work, done, failed);
        }
    }

    @Test
    void aNewRunClearsTheChartsAndTellsTheViewToRedraw() {
        TrainingRunViewModel vm = new TrainingRunViewModel(new FirstInlineThenHeld(), new InlineExecutor(),
                new DatasetCache(), status, runs);
        TrainFormViewModel form = new TrainFormViewModel();
        form.trainLimitProperty().set("128");
        form.epochsProperty().set("1");
        vm.start(form.request(TrainingFixtures.mnist(), "mnist").orElseThrow());
        assertTrue(vm.charts().trainNelbo().size() > 0 && vm.charts().testNelbo().size() == 1);
        int versionAfterFirstRun = vm.chartVersionProperty().get();

        vm.start(form.request(TrainingFixtures.mnist(), "mnist").orElseThrow());
        assertEquals(0, vm.charts().trainNelbo().size() + vm.charts().testNelbo().size());
        assertTrue(vm.chartVersionProperty().get() > versionAfterFirstRun,
                "the view redraws the cleared charts even before the new run's first batch");
    }

    @Test
    void aRunThatCannotStartLeavesNoFolderAndSaysWhy() {
        TrainingRunViewModel vm = new TrainingRunViewModel(new InlineRunner(), new InlineExecutor(),
                new DatasetCache(), status, runs);
        org.vaeexplorer.model.ModelSpec huge = org.vaeexplorer.model.ModelSpecBuilder.of(ModelKind.VAE).latent(512)
                .hidden(List.of(8192, 8192, 8192)).build();
        vm.start(new RunRequest(huge, TrainingFixtures.mnist(), "mnist", new org.vaeexplorer.training.TrainingSettings(
                1, 4096, 1e-3, 1, org.vaeexplorer.data.PixelScaling.GREY, 0, 0)));
        assertEquals(RunState.IDLE, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().contains("parameters"), vm.errorProperty().get());
        assertTrue(!Files.exists(vm.runFolderProperty().get()), "no empty run folder is left");
    }
}
