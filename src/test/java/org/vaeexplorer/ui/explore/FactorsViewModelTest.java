package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.FactorCodes;
import org.vaeexplorer.explore.LatentRole;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * Explore knows the factors of a sprites-small model (issue 32), without a window: the information matrix arrives
 * for its encoded test set, its traversal rows are named by it, and the plane's dots take a factor's values.
 */
class FactorsViewModelTest {
    @TempDir
    Path dir;
    private ExploreViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void aSpritesModelsCodesCarryTheFactorsTheRowsAreNamedAndTheDotsColouredByAFactor() throws Exception {
        Path file = SpritesCheckpoint.tiny(dir);
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(file);
        assertEquals("", vm.errorProperty().get());
        FactorsViewModel factors = vm.factors();
        assertTrue(factors.hasFactors());
        assertEquals(SpriteSpace.NAMES, factors.factorNames());
        ExploreViewModelTest.await(() -> factors.informationProperty().get() != null);
        FactorCodes f = factors.informationProperty().get();
        EncodedImages codes = vm.codesProperty().get();
        assertEquals(codes.count(), f.count());
        assertEquals(codes.dim(), f.latents());
        var truth = SpriteDataset.standardTestFactors(SpriteSpace.SMALL);
        assertEquals(truth.of(7)[3], f.value(7, 3), "image 7's x is the test set's");

        // Every plain row is named after the role its latent has.
        ExploreSession s = vm.sessionProperty().get();
        for (int d = 0; d < f.latents(); d++) {
            LatentRole role = factors.role(d);
            assertNotNull(role);
            String text = FactorTexts.traversalRow(new Traversal.Row(d, -1, -1, 1.0), s, null, factors).text();
            String z = Integer.toString(d + 1);
            String expected = switch (role.kind()) {
                case FACTOR -> I18n.text("explore.traversal.row.factor", z,
                        I18n.text("factor." + SpriteSpace.NAMES.get(role.factor())));
                case MIXED -> I18n.text("explore.traversal.row.mixed", z,
                        I18n.text("factor." + SpriteSpace.NAMES.get(role.factor())),
                        I18n.text("factor." + SpriteSpace.NAMES.get(role.second())));
                case UNUSED -> I18n.text("explore.traversal.row.noFactor", z);
            };
            assertEquals(expected, text);
        }

        // By class: the shape (the sprites' class), unordered. By x: the image's x among 16, on a ramp.
        int classes = s.classNames().size();
        assertEquals(new FactorsViewModel.DotColour(codes.labels()[7], classes, false),
                factors.colourOf(codes, 7, classes));
        factors.colourByProperty().set(3);
        assertEquals(new FactorsViewModel.DotColour(truth.of(7)[3], 16, true), factors.colourOf(codes, 7, classes));
        factors.colourByProperty().set(0);
        assertFalse(factors.colourOf(codes, 7, classes).ordered(), "the shape has no order");
    }

    @Test
    void anMnistModelHasNoFactorsAndColoursByClass() throws Exception {
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(ExploreFixtures.SHIPPED);
        ExploreViewModelTest.await(() -> vm.codesProperty().get() != null && vm.codesProperty().get().count() > 0);
        assertFalse(vm.factors().hasFactors());
        assertNull(vm.factors().informationProperty().get());
        assertNull(vm.factors().role(0));
        assertEquals(FactorsViewModel.BY_CLASS, vm.factors().colourByProperty().get());
    }
}
