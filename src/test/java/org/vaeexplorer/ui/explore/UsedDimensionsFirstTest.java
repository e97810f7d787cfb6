package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * Issue 27, defects 6 and 7: traversals open on the dimensions the model uses (largest average KL first), and each
 * row says which dimension it sweeps, under which category, and whether the model uses it.
 */
class UsedDimensionsFirstTest {
    @TempDir
    Path dir;
    private ExploreViewModel vm;

    @AfterEach
    void close() {
        vm.close();
    }

    private ExploreViewModel open(String model) throws InterruptedException {
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(Path.of("models", model));
        ExploreViewModelTest.await(() -> vm.codesProperty().get() != null && vm.codesProperty().get().count() > 0);
        return vm;
    }

    @Test
    void aBetaVaesTraversalHasItsUsedDimensionsFirstAndItsUnusedMarked() throws Exception {
        ExploreViewModel explore = open("mnist-beta-vae.vaex");
        EncodedImages codes = explore.codesProperty().get();
        ExploreViewModelTest.await(() -> rowsOf(explore).size() == 10 && !Double.isNaN(rowsOf(explore).get(0)
                .averageKl()));
        List<Traversal.Row> rows = rowsOf(explore);
        int[] dims = rows.stream().mapToInt(Traversal.Row::dim).toArray();
        assertArrayEquals(codes.dimensionsByKl(), dims, "the rows in order of average KL, largest first");
        for (int r = 1; r < rows.size(); r++) {
            assertTrue(rows.get(r - 1).averageKl() >= rows.get(r).averageKl());
        }
        for (Traversal.Row r : rows) {
            assertEquals(codes.averageKl()[r.dim()] < 0.01, r.unused(), "z" + (r.dim() + 1) + " is marked by its KL");
        }
        assertEquals(10, explore.views().traversalProperty().get().values().length, "a value per column");
        assertEquals(-2.0, explore.views().traversalProperty().get().values()[0], 1e-9);
        assertEquals(2.0, explore.views().traversalProperty().get().values()[9], 1e-9);
    }

    @Test
    void aJointVaesTraversalOpensOnItsMostUsedDimensionWithARowPerCategory() throws Exception {
        ExploreViewModel explore = open("mnist-joint-vae.vaex");
        EncodedImages codes = explore.codesProperty().get();
        int most = codes.dimensionsByKl()[0];
        assertEquals(most, explore.views().traversalDimProperty().get(), "the traversal opens on z" + (most + 1));
        ExploreViewModelTest.await(() -> !rowsOf(explore).isEmpty() && rowsOf(explore).get(0).dim() == most);
        List<Traversal.Row> rows = rowsOf(explore);
        assertEquals(10, rows.size(), "one row per category");
        for (int k = 0; k < rows.size(); k++) {
            assertEquals(k, rows.get(k).category());
            assertEquals(most, rows.get(k).dim());
            assertFalse(rows.get(k).unused());
        }
        // This model leaves z1 at the prior (0.0015 nats): swept, every row is marked as unused.
        assertFalse(codes.isUsed(0));
        explore.views().traversalDimProperty().set(0);
        ExploreViewModelTest.await(() -> rowsOf(explore).get(0).dim() == 0);
        assertTrue(rowsOf(explore).stream().allMatch(Traversal.Row::unused), "z1's rows are marked as unused");
    }

    private static List<Traversal.Row> rowsOf(ExploreViewModel explore) {
        Traversal t = explore.views().traversalProperty().get();
        return t == null ? List.of() : t.rows();
    }
}
