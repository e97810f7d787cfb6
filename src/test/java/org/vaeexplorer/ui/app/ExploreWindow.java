package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the Explore page's UI tests start from: the main window on a fresh context, showing Explore. */
public final class ExploreWindow {
    private ExploreWindow() {
    }

    /** Shows the main window, {@code width} x {@code height}, on {@code stage}; its runs go under {@code runs}. */
    public static AppContext show(Stage stage, Path runs, int width, int height) throws IOException {
        AppContext context = new AppContext(runs);
        Parent root = VaeExplorerApp.loadMainWindow(context);
        stage.setScene(new Scene(root, width, height));
        stage.show();
        context.mainWindow().showPage(Page.EXPLORE);
        return context;
    }

    /** Opens {@code model} on Explore and waits until its test images are encoded and nothing is busy. */
    public static void open(FxRobot robot, AppContext context, Path model, long seconds) throws TimeoutException {
        robot.interact(() -> context.explore().open(model));
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> context.explore().codesProperty().get() != null
                && context.explore().codesProperty().get().count() > 0 && !context.explore().busyProperty().get());
    }
}
