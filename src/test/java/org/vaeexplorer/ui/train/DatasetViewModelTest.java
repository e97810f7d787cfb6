package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class DatasetViewModelTest {
    private final InlineExecutor executor = new InlineExecutor();
    private final StatusModel status = new StatusModel();
    private final DatasetViewModel vm = new DatasetViewModel(executor, new DatasetCache(), status);

    @Test
    void offersTheBundledDatasetsTheGeneratedColourShapesAndTheSprites() {
        assertEquals(5, vm.choices().size());
        assertEquals("mnist", vm.choices().get(0).key());
        assertEquals(org.vaeexplorer.data.ColourShapes.ID, vm.choices().get(2).key());
        assertEquals("sprites-small", vm.choices().get(3).key());
        assertEquals("sprites", vm.choices().get(4).key());
    }

    @Test
    void theSpritesOfferTheFactorBrowserAndOtherDatasetsDoNot() {
        vm.selectedProperty().set(vm.choices().get(3));
        assertEquals(org.vaeexplorer.data.SpriteSpace.SMALL, vm.factors().spaceProperty().get().orElseThrow());
        assertEquals(16, vm.factors().sweepProperty().get().size(), "x position, swept by default");
        vm.selectedProperty().set(vm.choices().get(2));
        assertTrue(vm.factors().spaceProperty().get().isEmpty());
    }

    @Test
    void theColourShapesShowInColour() {
        vm.selectedProperty().set(vm.choices().get(2));
        assertFalse(vm.loadingProperty().get());
        assertEquals(5 * DatasetViewModel.SAMPLES_PER_CLASS, vm.samples().size());
        assertEquals(3, vm.samples().get(0).image().channels(), "three planes, drawn in RGB");
    }

    @Test
    void selectingADatasetLoadsItAndShowsEveryClass() {
        vm.selectedProperty().set(vm.choices().get(0));
        assertFalse(vm.loadingProperty().get());
        assertEquals(10 * DatasetViewModel.SAMPLES_PER_CLASS, vm.samples().size());
        for (int c = 0; c < 10; c++) {
            assertEquals(String.valueOf(c), vm.samples().get(c).className());
        }
        assertTrue(vm.summaryProperty().get().contains("60,000 training"), vm.summaryProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(60000, vm.dataProperty().get().train().size());
    }

    @Test
    void aBrokenFolderShowsAClearErrorAndKeepsTheAppUsable(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.writeString(dir.resolve(name), "not an idx file at all");
        }
        vm.openFolder(dir);
        assertTrue(vm.errorProperty().get().contains("is not an IDX"), vm.errorProperty().get());
        assertTrue(status.textProperty().get().startsWith("Could not load"));
        assertNull(vm.dataProperty().get());
        assertTrue(vm.samples().isEmpty());

        vm.selectedProperty().set(vm.choices().get(0));
        assertEquals("", vm.errorProperty().get());
        assertEquals(40, vm.samples().size());
    }

    @Test
    void typedClassesLoadOnlyThoseAndNameThemInTheRunsSource() {
        vm.selectedProperty().set(vm.choices().get(0));
        vm.classesProperty().set("7");
        assertEquals("mnist:7", vm.sourceKey());
        assertEquals(java.util.List.of("7"), vm.dataProperty().get().train().classNames());
        assertEquals(DatasetViewModel.SAMPLES_PER_CLASS, vm.samples().size());
        assertTrue(vm.summaryProperty().get().contains("1 classes") || vm.summaryProperty().get().contains("1 class"),
                vm.summaryProperty().get());

        vm.selectedProperty().set(vm.choices().get(1));
        vm.classesProperty().set(" 6, 0 ");
        assertEquals("fashion-mnist:0,6", vm.sourceKey());
        assertEquals(java.util.List.of("T-shirt/top", "Shirt"), vm.dataProperty().get().train().classNames());

        vm.classesProperty().set("");
        assertEquals("fashion-mnist", vm.sourceKey());
        assertEquals(10, vm.dataProperty().get().train().numClasses());
    }

    @Test
    void classesThatAreNotNumbersSaySoAndAllClassesAreUsed() {
        vm.selectedProperty().set(vm.choices().get(0));
        vm.classesProperty().set("sevens");
        assertEquals("mnist", vm.sourceKey());
        assertTrue(vm.errorProperty().get().startsWith("Classes:"), vm.errorProperty().get());
        assertEquals(10, vm.dataProperty().get().train().numClasses());

        vm.classesProperty().set("12");
        assertNull(vm.dataProperty().get());
        assertTrue(vm.errorProperty().get().contains("not 12"), vm.errorProperty().get());
    }

    /** Keeps submitted jobs until the test runs them, in any order, as a slow disk would. */
    static final class HeldExecutor implements org.vaeexplorer.ui.common.BackgroundExecutor {
        final java.util.List<Runnable> jobs = new java.util.ArrayList<>();

        @Override
        public <T> Job submit(String description, org.vaeexplorer.ui.common.BackgroundWork<T> work,
                              java.util.function.Consumer<T> onSuccess,
                              java.util.function.Consumer<Throwable> onFailure) {
            jobs.add(() -> InlineExecutor.runNow(work, onSuccess, onFailure));
            // Cancelling does nothing: the job has already finished and its result is on its way.
            return () -> { };
        }
    }

    @Test
    void aLoadThatFinishesAfterAnotherDatasetWasChosenIsIgnored() {
        HeldExecutor held = new HeldExecutor();
        DatasetViewModel slow = new DatasetViewModel(held, new DatasetCache(), status);
        slow.selectedProperty().set(slow.choices().get(0));
        slow.select("fashion-mnist");
        held.jobs.get(0).run();
        assertEquals(null, slow.dataProperty().get(), "MNIST arrived late and must not stand in for Fashion-MNIST");
        assertTrue(slow.loadingProperty().get());
        held.jobs.get(1).run();
        assertEquals(60000, slow.dataProperty().get().train().size());
        assertFalse(slow.loadingProperty().get());
    }
}
