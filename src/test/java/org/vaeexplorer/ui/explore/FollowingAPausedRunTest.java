package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.explore.LatentPictures;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.run.LiveRun;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingState;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * Issue 27, defect 4: a teacher pauses the run, steps it, and then follows it. The Explore page must show the weights
 * the paused run holds (not the model opened before, not weights from before the step) and say which batch they are.
 */
class FollowingAPausedRunTest {
    @TempDir
    Path dir;

    @Test
    void followingAPausedSteppedRunShowsTheSteppedWeightsAndSaysWhichBatchTheyAreFrom() throws Exception {
        var data = TrainingFixtures.mnist();
        ModelSpec spec = ModelKind.VAE.defaultSpec(28, 28, 10);
        // Copies between batches at most once a minute: only the waiting run can hand over the stepped weights.
        LiveModelFeed feed = new LiveModelFeed(60_000);
        RunControl control = new RunControl();
        control.pause();
        // What the training model holds after each batch, copied on the training thread as the feed does.
        AtomicReference<LatentExplorer> afterLastBatch = new AtomicReference<>();
        TrainingListener reference = new TrainingListener() {
            @Override
            public void afterBatch(VaeModel model) {
                afterLastBatch.set(LatentExplorer.of(model));
            }
        };
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread training = new Thread(() -> {
            try {
                new Trainer(control, TrainingListener.all(List.of(reference, feed))).train(
                        VaeModel.create(spec, 2, 1e-3), data, new TrainingState(),
                        TrainingFixtures.small(1, 640, 100));
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "paused-run");
        ExploreViewModel explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(),
                new DatasetCache(), new RecentFiles(dir.resolve("recent.txt")));
        try {
            training.start();
            explore.open(ExploreFixtures.SHIPPED);
            ExploreSession opened = explore.sessionProperty().get();
            explore.liveRunProperty().set(new LiveRun(feed, spec, data, PixelScaling.GREY, "VAE training on mnist"));

            control.step();
            ExploreViewModelTest.await(() -> afterLastBatch.get() != null);
            LatentExplorer afterStep = afterLastBatch.get();
            explore.followingProperty().set(true);
            assertEquals(I18n.text("explore.live.awaiting"), explore.liveWeightsProperty().get(),
                    "until the weights arrive the page says it waits for them");
            awaitShown(explore, feed, afterStep, 1);
            assertTrue(explore.sessionProperty().get() != opened && explore.sessionProperty().get().isLive(),
                    "the page shows the run, not the model opened before");

            control.step();
            ExploreViewModelTest.await(() -> afterLastBatch.get() != afterStep);
            awaitShown(explore, feed, afterLastBatch.get(), 2);
        } finally {
            control.cancel();
            training.join(60_000);
            explore.close();
        }
        assertEquals(null, failed.get());
    }

    /** Polls as the page's timeline does until the decoded point is {@code weights}' decode, named as batch n. */
    private static void awaitShown(ExploreViewModel explore, LiveModelFeed feed, LatentExplorer weights, int batch)
            throws InterruptedException {
        ModelSpec spec = weights.spec();
        float[] expected = weights.decode(LatentPictures.pointWithAnalogy(spec, new float[spec.latentDim()],
                new int[0], 0));
        String named = I18n.text("explore.live.batch", I18n.integer(1), I18n.integer(batch), I18n.integer(10));
        try {
            ExploreViewModelTest.await(() -> {
                explore.refreshLive();
                var d = explore.point().decodedProperty().get();
                return explore.sessionProperty().get() != null && explore.sessionProperty().get().isLive()
                        && d != null && Arrays.equals(expected, d.image().pixels())
                        && named.equals(explore.liveWeightsProperty().get());
            });
        } catch (AssertionError e) {
            throw new AssertionError("the page should show the weights after batch " + batch + " and say so; it says '"
                    + explore.liveWeightsProperty().get() + "', the feed's copy is from " + feed.copiedAt(), e);
        }
        assertSame(feed.explorer(), explore.sessionProperty().get().explorer());
    }
}
