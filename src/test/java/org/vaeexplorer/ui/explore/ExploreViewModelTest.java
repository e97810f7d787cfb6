package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class ExploreViewModelTest {
    @TempDir
    Path dir;
    private final StatusModel status = new StatusModel();
    private ExploreViewModel vm;

    private ExploreViewModel viewModel() {
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, status, new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        return vm;
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    /** What the views enable comes from the open model's capabilities, which the view model exposes. */
    @Test
    void theViewModelExposesWhatTheOpenModelCanDo() throws Exception {
        ExploreViewModel explore = viewModel();
        assertEquals(null, explore.capabilitiesProperty().get());
        explore.open(Path.of("models", "mnist-cvae-2d.vaex"));
        var cvae = explore.capabilitiesProperty().get();
        assertTrue(cvae.labels() && cvae.classes() == 10 && cvae.grid() && !cvae.hasDiscreteLatents()
                && !cvae.completes(), cvae.toString());
        explore.open(Path.of("models", "mnist-joint-vae.vaex"));
        var joint = explore.capabilitiesProperty().get();
        assertTrue(!joint.labels() && joint.discreteLatents().equals(java.util.List.of(10))
                && joint.planeDimensions() == 10, joint.toString());
        explore.open(Path.of("models", "mnist-scvae.vaex"));
        assertTrue(explore.capabilitiesProperty().get().completes());
    }

    @Test
    void theShippedCheckpointOpensWithItsEncodedTestSetAndDecodesWhereThePointMoves() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(ExploreFixtures.SHIPPED);
        assertEquals("", explore.errorProperty().get());
        ExploreSession s = explore.sessionProperty().get();
        assertNotNull(s);
        assertEquals(2, s.spec().latentDim());
        assertEquals(s.test().size(), explore.codesProperty().get().count());
        // The trained encoder separates classes: the mean codes of 0s and 1s lie far apart.
        assertTrue(distanceOfClassMeans(explore, 0, 1) > 1.0);

        GreyImage atOrigin = awaitDecoded(explore, null);
        explore.point().moveTo(-2.5, 2.5);
        GreyImage moved = awaitDecoded(explore, atOrigin);
        assertFalse(Arrays.equals(atOrigin.pixels(), moved.pixels()), "the image follows the point");
        assertEquals(ExploreFixtures.SHIPPED.toAbsolutePath().normalize(), explore.recent().files().get(0));
    }

    @Test
    void aModelWithMoreThanTwoDimensionsOpensOnItsTwoMostUsed() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(java.nio.file.Path.of("models", "mnist-joint-vae.vaex"));
        var codes = explore.codesProperty().get();
        assertNotNull(codes);
        int[] best = codes.mostSpreadDimensions();
        assertArrayEquals(best, new int[] {explore.point().xDimProperty().get(), explore.point().yDimProperty().get()});
        // This model leaves z1 at the prior: the first two dimensions would show a line.
        assertFalse(best[0] == 0 && best[1] == 1, Arrays.toString(best));
    }

    @Test
    void theImageAModelOpensOnComesWithItAndIsTheDecodeOfTheOrigin() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(ExploreFixtures.SHIPPED);
        // Decoded by the worker that read the file: shown with the session, before any decode is asked for.
        LatentPointViewModel.Decoded first = explore.point().decodedProperty().get();
        assertNotNull(first);
        assertEquals(0, explore.point().decodesRequested());
        explore.point().setDimension(0, 0.0);
        GreyImage again = awaitDecoded(explore, first.image());
        assertArrayEquals(first.image().pixels(), again.pixels(), "the same point, decoded by the page's worker");
        explore.point().moveTo(1.5, -1.5);
        assertFalse(Arrays.equals(first.image().pixels(), awaitDecoded(explore, again).pixels()));
    }

    @Test
    void clickingATestImageJumpsToItsCodeAndShowsItsReconstruction() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(ExploreFixtures.SHIPPED);
        var codes = explore.codesProperty().get();
        explore.point().jumpToTest(7, codes);
        assertEquals(codes.mu(7, 0), explore.point().codeProperty().get()[0]);
        await(() -> explore.point().reconstructionProperty().get() != null);
        var r = explore.point().reconstructionProperty().get();
        assertEquals(7, r.index());
        double error = 0;
        for (int i = 0; i < r.original().pixels().length; i++) {
            error += Math.abs(r.original().pixels()[i] - r.reconstruction().pixels()[i]);
        }
        assertTrue(error / r.original().pixels().length < 0.2, "the reconstruction resembles the original");
    }

    @Test
    void aCorruptFileIsReportedAndTheOpenModelStays() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(ExploreFixtures.SHIPPED);
        ExploreSession before = explore.sessionProperty().get();
        Path bad = dir.resolve("half-written.vaex");
        Files.write(bad, Arrays.copyOf(Files.readAllBytes(ExploreFixtures.SHIPPED), 5000));
        explore.open(bad);
        assertTrue(explore.errorProperty().get().contains("half-written.vaex"), explore.errorProperty().get());
        assertSame(before, explore.sessionProperty().get(), "a failed open keeps the model that was open");
        assertFalse(explore.busyProperty().get());
    }

    @Test
    void aRefusedFileIsOneLineOnTheConsoleWithoutItsStackTrace() throws Exception {
        ExploreViewModel explore = viewModel();
        Path bad = org.vaeexplorer.checkpoint.ResealedCheckpoint.withHalfTheWeights(ExploreFixtures.SHIPPED,
                dir.resolve("resealed.vaex"));
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            explore.open(bad);
        } finally {
            System.setErr(old);
        }
        String text = console.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(explore.errorProperty().get().contains("resealed.vaex"), explore.errorProperty().get());
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
        assertTrue(text.strip().lines().count() <= 1, text);
    }

    @Test
    void aCvaeDecodesTheLabelAndAnalogyRowAndAJointVaeItsCategory() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(ExploreFixtures.checkpoint(ModelKind.CVAE, dir));
        GreyImage first = awaitDecoded(explore, null);
        assertEquals(10, explore.point().decodedProperty().get().analogy().size(), "one image per label");
        explore.point().labelProperty().set(7);
        assertFalse(Arrays.equals(first.pixels(), awaitDecoded(explore, first).pixels()));

        explore.open(ExploreFixtures.checkpoint(ModelKind.JOINT_VAE, dir));
        GreyImage joint = awaitDecoded(explore, null);
        explore.point().setCategory(0, 3);
        assertFalse(Arrays.equals(joint.pixels(), awaitDecoded(explore, joint).pixels()));
        var matching = explore.matchingProperty().get();
        assertNotNull(matching, "a Joint VAE's categories are matched to classes");
        assertEquals(explore.codesProperty().get().count(),
                Arrays.stream(matching.confusion()).flatMapToInt(Arrays::stream).sum());
    }

    @Test
    void theGridTraversalAndInterpolationAreDecoded() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.views().gridSizeProperty().set(6);
        explore.open(ExploreFixtures.SHIPPED);
        await(() -> explore.views().gridProperty().get() != null
                && explore.views().traversalProperty().get() != null
                && explore.views().interpolationImageProperty().get() != null);
        assertEquals(6 * 28, explore.views().gridProperty().get().rows());
        assertEquals(2 * 28, explore.views().traversalProperty().get().image().rows(),
                "one row per latent dimension");
        assertEquals(12 * 28, explore.views().interpolationImageProperty().get().cols(), "2 originals + 10 steps");
    }

    @Test
    void followingARunExploresItsModelAndItsEncodedTestSet() throws Exception {
        ExploreViewModel explore = viewModel();
        var data = org.vaeexplorer.training.TrainingFixtures.mnist();
        var feed = new org.vaeexplorer.explore.LiveModelFeed(0);
        followAnEpochOf(explore, feed, () -> assertNull(explore.sessionProperty().get(),
                "nothing to show before the run has a model"));
        ExploreSession live = explore.sessionProperty().get();
        assertNotNull(live);
        assertTrue(live.isLive());
        assertSame(feed.explorer(), live.explorer());
        assertEquals(Math.min(ExploreViewModel.LIVE_ENCODE_LIMIT, data.test().size()),
                explore.codesProperty().get().count(), "the plane's points are the run's codes");
        assertNotNull(awaitDecoded(explore, null));
    }

    @Test
    void theGridAndTraversalFollowTheLabelTheCategoryAndTheSliders() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.views().gridSizeProperty().set(4);
        explore.open(ExploreFixtures.checkpoint(ModelKind.CVAE, dir));
        GreyImage asZero = awaitPicture(explore.views().gridProperty(), null);
        explore.point().labelProperty().set(7);
        GreyImage asSeven = awaitOtherPixels(explore.views().gridProperty(), asZero,
                "a CVAE's grid is decoded under the picked label");

        // The traversal sweeps one dimension with the others at the point's: moving another's slider moves the rows.
        int other = explore.views().traversalDimProperty().get() == 0 ? 1 : 0;
        var traversalImage = javafx.beans.binding.Bindings.createObjectBinding(() ->
                explore.views().traversalProperty().get() == null ? null
                        : explore.views().traversalProperty().get().image(), explore.views().traversalProperty());
        GreyImage traversal = awaitPicture(traversalImage, null);
        explore.point().setDimension(other, 1.5);
        awaitOtherPixels(traversalImage, traversal,
                "moving a continuous slider moves the point the traversal sweeps around");

        explore.open(ExploreFixtures.checkpoint(ModelKind.JOINT_VAE, dir));
        await(() -> explore.views().gridProperty().get() != null
                && explore.views().gridProperty().get().cols() == 4 * 28
                && !Arrays.equals(explore.views().gridProperty().get().pixels(), asSeven.pixels()));
        Thread.sleep(500);
        GreyImage category0 = explore.views().gridProperty().get();
        explore.point().setCategory(0, 3);
        awaitOtherPixels(explore.views().gridProperty(), category0,
                "a Joint VAE's grid is decoded under the chosen category");
    }

    /** Waits for a picture whose pixels differ from {@code previous}'s; fails with {@code why} if none comes. */
    private static GreyImage awaitOtherPixels(javafx.beans.value.ObservableValue<GreyImage> picture,
                                              GreyImage previous, String why) throws InterruptedException {
        try {
            await(() -> picture.getValue() != null && !Arrays.equals(picture.getValue().pixels(), previous.pixels()));
        } catch (AssertionError e) {
            throw new AssertionError(why, e);
        }
        return picture.getValue();
    }

    @Test
    void anOldErrorClearsWhenALiveRunIsShown() throws Exception {
        ExploreViewModel explore = viewModel();
        explore.open(dir.resolve("stale.vaex"));
        assertTrue(explore.errorProperty().get().contains("stale.vaex"), explore.errorProperty().get());
        followAnEpochOf(explore, new org.vaeexplorer.explore.LiveModelFeed(0), () -> { });
        assertTrue(explore.sessionProperty().get().isLive());
        assertEquals("", explore.errorProperty().get(), "the message about the old file is gone");
    }

    /**
     * Follows a run of a 2-D MLP VAE on the MNIST fixture, checks {@code beforeTraining} once following has begun,
     * trains one short epoch through {@code feed}, and lets the explorer take the trained weights.
     */
    private static void followAnEpochOf(ExploreViewModel explore, org.vaeexplorer.explore.LiveModelFeed feed,
                                        Runnable beforeTraining) throws Exception {
        var data = org.vaeexplorer.training.TrainingFixtures.mnist();
        var spec = ModelKind.VAE.defaultSpec(28, 28, 10);
        explore.liveRunProperty().set(new org.vaeexplorer.run.LiveRun(feed, spec, data,
                org.vaeexplorer.data.PixelScaling.GREY, "VAE training on mnist"));
        explore.followingProperty().set(true);
        beforeTraining.run();
        new org.vaeexplorer.training.Trainer(new org.vaeexplorer.training.RunControl(), feed).train(
                org.vaeexplorer.model.VaeModel.create(spec, 2, 1e-3), data,
                new org.vaeexplorer.training.TrainingState(),
                org.vaeexplorer.training.TrainingFixtures.small(1, 256, 100));
        explore.refreshLive();
    }

    /** Waits for a picture other than {@code previous}. */
    private static GreyImage awaitPicture(javafx.beans.value.ObservableValue<GreyImage> picture, GreyImage previous)
            throws InterruptedException {
        await(() -> picture.getValue() != null && picture.getValue() != previous);
        return picture.getValue();
    }

    private static double distanceOfClassMeans(ExploreViewModel explore, int a, int b) {
        var c = explore.codesProperty().get();
        double[] ma = new double[2];
        double[] mb = new double[2];
        int na = 0;
        int nb = 0;
        for (int i = 0; i < c.count(); i++) {
            if (c.labels()[i] == a) {
                ma[0] += c.mu(i, 0);
                ma[1] += c.mu(i, 1);
                na++;
            } else if (c.labels()[i] == b) {
                mb[0] += c.mu(i, 0);
                mb[1] += c.mu(i, 1);
                nb++;
            }
        }
        return Math.hypot(ma[0] / na - mb[0] / nb, ma[1] / na - mb[1] / nb);
    }

    /** Waits for a decoded image other than {@code previous}. */
    private static GreyImage awaitDecoded(ExploreViewModel explore, GreyImage previous) throws InterruptedException {
        await(() -> {
            var d = explore.point().decodedProperty().get();
            return d != null && d.image() != previous;
        });
        return explore.point().decodedProperty().get().image();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(10);
        }
    }
}
