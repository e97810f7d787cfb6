package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingState;

class LatentExplorerTest {
    private static final float[] Z = {0.5f, -1.0f};

    @Test
    void aLargeBatchGivesTheSameImagesAsOneCodeAtATime() {
        for (ModelKind kind : new ModelKind[] {ModelKind.CVAE, ModelKind.JOINT_VAE}) {
            VaeModel model = VaeModel.create(kind.defaultSpec(28, 28, 10), 5, 1e-3);
            var spec = model.spec();
            int n = 450;
            java.util.Random random = new java.util.Random(1);
            float[] z = new float[n * spec.latentDim()];
            float[] cats = new float[n * spec.categoricalWidth()];
            float[] labels = new float[spec.conditional() ? n * spec.numClasses() : 0];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                if (cats.length > 0) {
                    cats[i * spec.categoricalWidth() + random.nextInt(spec.categoricalWidth())] = 1;
                }
                if (labels.length > 0) {
                    labels[i * spec.numClasses() + random.nextInt(spec.numClasses())] = 1;
                }
            }
            float[] all = LatentExplorer.owning(model).decode(FlatCodes.of(spec, z, cats, labels, n));
            int px = spec.pixels();
            assertEquals(n * px, all.length);
            for (int i : new int[] {0, 149, 150, 299, 300, n - 1}) {
                float[] one = FlatCodes.decode(model, slice(z, i, spec.latentDim()),
                        slice(cats, i, spec.categoricalWidth()),
                        labels.length == 0 ? labels : slice(labels, i, spec.numClasses()), 1);
                assertArrayEquals(one, java.util.Arrays.copyOfRange(all, i * px, (i + 1) * px), 1e-5f,
                        kind + " code " + i);
            }
        }
    }

    private static float[] slice(float[] rows, int i, int width) {
        return java.util.Arrays.copyOfRange(rows, i * width, (i + 1) * width);
    }

    @Test
    void theCopyDecodesLikeTheSourceAndOnlyChangesWhenRefreshed() throws Exception {
        VaeModel source = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 3, 1e-3);
        LatentExplorer explorer = LatentExplorer.of(source);
        float[] before = FlatCodes.decode(source, Z, new float[0], new float[0], 1);
        assertArrayEquals(before, explorer.decode(FlatCodes.of(explorer.spec(), Z, new float[0], new float[0], 1)));

        new Trainer(new RunControl(), new TrainingListener() { }).train(source, TrainingFixtures.mnist(),
                new TrainingState(), TrainingFixtures.small(1, 256, 100));
        float[] trained = FlatCodes.decode(source, Z, new float[0], new float[0], 1);
        assertFalse(Arrays.equals(before, trained));
        assertArrayEquals(before, explorer.decode(FlatCodes.of(explorer.spec(), Z, new float[0], new float[0], 1)),
                "training does not leak in");

        assertTrue(explorer.tryRefreshFrom(source));
        assertArrayEquals(trained, explorer.decode(FlatCodes.of(explorer.spec(), Z, new float[0], new float[0], 1)));
    }

    @Test
    void aRunNobodyFollowsMakesNoCopyAndOneAskedForMidRunArrivesAfterTheNextBatch() throws Exception {
        VaeModel source = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 3, 1e-3);
        LiveModelFeed feed = new LiveModelFeed(0);
        java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
        TrainingListener askAfterThree = new TrainingListener() {
            @Override
            public void batchEnded(org.vaeexplorer.training.BatchEvent event) {
                if (batches.incrementAndGet() <= 3) {
                    assertTrue(feed.explorer() == null, "no copy before anyone follows");
                }
                if (batches.get() == 3) {
                    feed.follow();
                }
            }
        };
        new Trainer(new RunControl(), TrainingListener.all(java.util.List.of(askAfterThree, feed)))
                .train(source, TrainingFixtures.mnist(), new TrainingState(), TrainingFixtures.small(1, 384, 100));
        assertTrue(feed.explorer() != null, "the copy was made once asked for");
        assertArrayEquals(FlatCodes.decode(source, Z, new float[0], new float[0], 1),
                feed.explorer().decode(FlatCodes.of(feed.explorer().spec(), Z, new float[0], new float[0], 1)));
    }

    @Test
    void aLiveFeedRefreshesBetweenBatchesAndNeverWaitsForADecode() throws Exception {
        VaeModel source = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 3, 1e-3);
        LiveModelFeed feed = new LiveModelFeed(0);
        feed.follow();
        AtomicBoolean decoding = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(1);
        Thread explorerThread = new Thread(() -> {
            try {
                started.await();
                while (decoding.get()) {
                    // A dragging mouse: a decode per event, events a few milliseconds apart.
                    feed.explorer().decode(FlatCodes.of(feed.explorer().spec(), Z, new float[0], new float[0], 1));
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        explorerThread.start();
        TrainingListener startSignal = new TrainingListener() {
            @Override
            public void trainingStarted(VaeModel model, TrainingState state,
                                        org.vaeexplorer.training.TrainingSettings settings) {
                started.countDown();
            }
        };
        new Trainer(new RunControl(), TrainingListener.all(java.util.List.of(feed, startSignal)))
                .train(source, TrainingFixtures.mnist(), new TrainingState(), TrainingFixtures.small(1, 640, 100));
        decoding.set(false);
        explorerThread.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(feed.weightsVersion() > 1, "some refreshes got through while decoding ran");
        assertEquals(1, feed.epochsDone());
        assertTrue(feed.explorer().tryRefreshFrom(source), "with no decode running, a refresh always succeeds");
        assertArrayEquals(FlatCodes.decode(source, Z, new float[0], new float[0], 1),
                feed.explorer().decode(FlatCodes.of(feed.explorer().spec(), Z, new float[0], new float[0], 1)));
        EncodedImages codes = feed.explorer().encode(TrainingFixtures.mnist().test(), PixelScaling.GREY, 300);
        assertEquals(300, codes.count());
    }
}
