package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that shows one scene after another (the tests' shared stage; a window whose page is rebuilt) lets go of
 * the earlier scene's presentation mode: its listeners on the window held every earlier window's pages, models and
 * datasets, until the UI tests ran out of a 2 GB heap.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeReleaseUiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aSceneReplacedOnItsWindowTakesItsPresentationModeWithIt() throws Exception {
        WeakReference<PresentationViewModel> earlier = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            PresentationViewModel viewModel = new PresentationViewModel();
            StackPane root = new StackPane();
            PresentationMode.install(new Menu(), root, viewModel);
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
            return new WeakReference<>(viewModel);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.setScene(new Scene(new StackPane(), 200, 100))));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && earlier.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertNull(earlier.get(), "the window still holds the earlier scene's presentation mode");
    }
}
