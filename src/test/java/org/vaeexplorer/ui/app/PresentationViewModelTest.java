package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/** Zoom steps, clamping and presentation mode, without the toolkit. */
class PresentationViewModelTest {
    private static final double EPS = 1e-9;

    @Test
    void zoomWalksTheStepsAndStopsAtTheEnds() {
        PresentationViewModel vm = new PresentationViewModel();
        assertEquals(13, vm.fontSizeProperty().get(), EPS);
        vm.zoomIn();
        assertEquals(1.1, vm.zoomProperty().get(), EPS);
        assertEquals(13 * 1.1, vm.fontSizeProperty().get(), EPS);
        vm.zoomOut();
        vm.zoomOut();
        assertEquals(0.9, vm.zoomProperty().get(), EPS);
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertEquals(PresentationViewModel.MAX_ZOOM, vm.zoomProperty().get(), EPS);
        assertFalse(vm.canZoomInProperty().get());
        assertTrue(vm.canZoomOutProperty().get());
        for (int i = 0; i < 20; i++) {
            vm.zoomOut();
        }
        assertEquals(PresentationViewModel.MIN_ZOOM, vm.zoomProperty().get(), EPS);
        assertFalse(vm.canZoomOutProperty().get());
        vm.resetZoom();
        assertEquals(1, vm.zoomProperty().get(), EPS);
        assertEquals(13, vm.fontSizeProperty().get(), EPS);
    }

    @Test
    void aZoomBetweenStepsGoesToTheNeighbouringStepAndOddValuesAreClamped() {
        PresentationViewModel vm = new PresentationViewModel();
        vm.setZoom(1.3);
        vm.zoomIn();
        assertEquals(1.5, vm.zoomProperty().get(), EPS);
        vm.setZoom(1.3);
        vm.zoomOut();
        assertEquals(1.25, vm.zoomProperty().get(), EPS);
        vm.setZoom(40);
        assertEquals(PresentationViewModel.MAX_ZOOM, vm.zoomProperty().get(), EPS);
        vm.setZoom(-2);
        assertEquals(PresentationViewModel.MIN_ZOOM, vm.zoomProperty().get(), EPS);
        vm.restoreZoom(Double.NaN, 99);
        assertEquals(1, vm.normalZoom(), EPS);
        assertEquals(PresentationViewModel.MAX_ZOOM, vm.presentationZoom(), EPS);
    }

    @Test
    void presentationScalesTypeWithTheScreenAndKeepsItsOwnZoom() {
        PresentationViewModel vm = new PresentationViewModel();
        vm.setScreenSize(1280, 720);
        vm.setZoom(2);
        vm.togglePresentation();
        assertTrue(vm.presentationProperty().get());
        assertEquals(1, vm.zoomProperty().get(), EPS, "presentation mode has its own zoom");
        assertEquals(13 * 1.5, vm.fontSizeProperty().get(), EPS);
        vm.setScreenSize(1920, 1080);
        assertEquals(13 * 1.5 * 1.5, vm.fontSizeProperty().get(), EPS, "a bigger screen, the same picture");
        vm.setScreenSize(3840, 1080);
        assertEquals(13 * 1.5 * 1.5, vm.fontSizeProperty().get(), EPS, "the smaller side of a wide screen counts");
        vm.setScreenSize(800, 600);
        assertEquals(13, vm.fontSizeProperty().get(), EPS, "never smaller than normal type");
        vm.setScreenSize(1280, 720);
        vm.zoomIn();
        assertEquals(13 * 1.5 * 1.1, vm.fontSizeProperty().get(), EPS);
        vm.togglePresentation();
        assertFalse(vm.presentationProperty().get());
        assertEquals(2, vm.zoomProperty().get(), EPS, "normal mode's zoom came back");
        assertEquals(26, vm.fontSizeProperty().get(), EPS);
        assertEquals(1.1, vm.presentationZoom(), EPS);
    }
}
