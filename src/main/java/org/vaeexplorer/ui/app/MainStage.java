package org.vaeexplorer.ui.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Sizes and places the main window on the screen it fits ({@link WindowPlacement}) and remembers its normal
 * bounds and maximised state when it closes ({@link WindowStateStore}).
 */
final class MainStage {
    private final WindowStateStore store;
    private WindowPlacement.Bounds normalBounds;

    MainStage(WindowStateStore store) {
        this.store = store;
    }

    /** Gives the stage its scene, minimum size, bounds and (restored) maximised state; call before showing. */
    void place(Stage stage, Scene scene) {
        place(stage, scene, visualBounds());
    }

    /** As {@link #place(Stage, Scene)} on the given screens' visual bounds, the primary first. */
    void place(Stage stage, Scene scene, List<WindowPlacement.Bounds> screens) {
        Optional<WindowStateStore.Saved> saved = store.load();
        WindowPlacement.Bounds b = WindowPlacement.place(screens,
                saved.map(WindowStateStore.Saved::bounds));
        stage.setScene(scene);
        setBounds(stage, b);
        normalBounds = b;
        boolean maximised = saved.map(WindowStateStore.Saved::maximised).orElse(false);
        if (maximised) {
            stage.setMaximized(true);
        }
        // Under a window manager (openbox, GTK) a minimum size given before the window exists became its initial
        // size, with the scene still laid out for the bounds asked for: the minimum and the bounds are given
        // again once it shows.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            stage.setMinWidth(WindowPlacement.minimumWidth(screens.get(0)));
            stage.setMinHeight(WindowPlacement.minimumHeight(screens.get(0)));
            if (!stage.isMaximized()) {
                setBounds(stage, b);
            }
        });
        // Only the normal bounds are worth remembering: a maximised window's bounds are the screen's.
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener((o, was, now) -> {
                if (!stage.isMaximized() && !stage.isIconified()) {
                    normalBounds = new WindowPlacement.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                            stage.getHeight());
                }
            });
        }
        stage.setOnHidden(e -> store.save(new WindowStateStore.Saved(normalBounds, stage.isMaximized())));
    }

    private static void setBounds(Stage stage, WindowPlacement.Bounds b) {
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
    }

    static List<WindowPlacement.Bounds> visualBounds() {
        Screen primary = Screen.getPrimary();
        List<Screen> screens = new java.util.ArrayList<>(Screen.getScreens());
        screens.remove(primary);
        screens.add(0, primary);
        return screens.stream().map(Screen::getVisualBounds).map(MainStage::bounds).toList();
    }

    private static WindowPlacement.Bounds bounds(Rectangle2D r) {
        return new WindowPlacement.Bounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
