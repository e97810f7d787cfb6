package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.overview.LatentOverview;
import org.vaeexplorer.explore.overview.OverviewCache;
import org.vaeexplorer.explore.overview.OverviewFeatures;
import org.vaeexplorer.explore.overview.OverviewMethod;
import org.vaeexplorer.explore.overview.Overviews;
import org.vaeexplorer.explore.overview.PrincipalComponents;
import org.vaeexplorer.explore.overview.TsneSettings;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/** The Overview of the shipped Joint VAE without a window: PCA of its codes, the t-SNE cache, a dot's click. */
class OverviewViewModelTest {
    private static final Path JOINT = Path.of("models", "mnist-joint-vae.vaex");
    @TempDir
    Path dir;
    private ExploreViewModel explore;

    @AfterEach
    void close() {
        if (explore != null) {
            explore.close();
        }
    }

    @Test
    void theJointVaesOverviewIsItsCodesPcaItsCachedTsneAndADotSetsThePoint() throws Exception {
        explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        explore.open(JOINT);
        ExploreSession s = explore.sessionProperty().get();
        EncodedImages codes = explore.codesProperty().get();
        assertEquals(10_000, codes.count());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(JOINT)));
        assertEquals(sha, s.checkpointSha256(), "the cache is keyed by the file's own hash");

        OverviewCache cache = new OverviewCache(dir.resolve("overviews"));
        TsneSettings settings = TsneSettings.PAPER;
        OverviewViewModel overview = new OverviewViewModel(explore, Runnable::run, Runnable::run,
                new Overviews(cache, settings));
        assertTrue(overview.availableProperty().get(), "10 continuous numbers and a 10-way category");
        assertNull(overview.resultProperty().get(), "nothing is computed before the view is shown");
        overview.start();
        LatentOverview pca = overview.resultProperty().get();
        double[][] features = OverviewFeatures.of(codes, s.spec().categories());
        assertEquals(20, features[0].length);
        PrincipalComponents expected = PrincipalComponents.of(features);
        assertArrayEquals(expected.project(features, 2), pca.xy());
        assertTrue(pca.explained()[0] >= pca.explained()[1] && pca.explained()[1] > 0);
        assertEquals(-1, overview.progressProperty().get(), "no progress shown once done");

        // A t-SNE kept for this checkpoint is read, not run again (running it takes minutes).
        float[] kept = new float[2 * codes.count()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = i % 7;
        }
        cache.store(sha, settings, new LatentOverview(OverviewMethod.TSNE, codes.count(), kept, new double[0]));
        overview.methodProperty().set(OverviewMethod.TSNE);
        assertEquals(OverviewMethod.TSNE, overview.resultProperty().get().method());
        assertArrayEquals(kept, overview.resultProperty().get().xy());

        overview.jumpTo(1234);
        assertArrayEquals(codes.code(1234), explore.point().codeProperty().get(), "the point is image 1234's code");
        assertArrayEquals(codes.categoriesOf(1234, 1), explore.point().categoriesProperty().get());
    }

    @Test
    void aTwoDimensionalModelHasNoOverview() {
        explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        explore.open(ExploreFixtures.SHIPPED);
        OverviewViewModel overview = new OverviewViewModel(explore, Runnable::run, Runnable::run,
                new Overviews(new OverviewCache(dir), TsneSettings.PAPER));
        overview.start();
        assertFalse(overview.availableProperty().get());
        assertNull(overview.resultProperty().get());
        assertEquals("explore.overview.needsThreeDims", ExploreTabs.whyNot(ExploreTabs.View.OVERVIEW,
                explore.capabilitiesProperty().get()));
    }
}
