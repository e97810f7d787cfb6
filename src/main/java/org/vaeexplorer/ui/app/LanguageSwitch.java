package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.ExploreView;

/**
 * Switches the window's language without a restart. Views are thin: their FXML texts come from the bundle when
 * loaded, and what they show comes from the view models. So a switch reloads the whole window from its FXML with
 * the new bundle, handing the new views the same view models (the open model, a running training run, the form,
 * the page, the point on the plane all live there), and asks the view models to redo the texts they composed
 * themselves ({@link AppContext#retranslate()}). The little that lives only in a view (the Explore page's view
 * tab) is carried over by hand.
 */
final class LanguageSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageSwitch.class);
    private final AppContext context;
    private final Scene scene;
    private final LanguageStore store;

    private LanguageSwitch(AppContext context, Scene scene, LanguageStore store) {
        this.context = context;
        this.scene = scene;
        this.store = store;
    }

    /** From now on, a change of {@code context}'s window language rebuilds {@code scene}'s root in it. */
    static void install(AppContext context, Scene scene, LanguageStore store) {
        LanguageSwitch s = new LanguageSwitch(context, scene, store);
        context.mainWindow().languageProperty().addListener((o, was, now) -> {
            if (!now.equals(was)) {
                // Later, not inside the menu item's own action: the menu bar that fired it is about to be replaced.
                Platform.runLater(() -> s.switchTo(now));
            }
        });
    }

    private void switchTo(Locale locale) {
        if (locale.equals(I18n.locale())) {
            return;
        }
        long started = System.nanoTime();
        String exploreView = context.exploreView().map(ExploreView::shownView).orElse(null);
        Locale before = I18n.locale();
        I18n.setLocale(locale);
        Parent root;
        try {
            root = VaeExplorerApp.loadMainWindow(context);
        } catch (IOException | RuntimeException e) {
            // A broken FXML file is a bug, but the window must stay usable: keep it as it was.
            LOG.error("could not rebuild the window in {}; it stays in {}", locale, before, e);
            I18n.setLocale(before);
            context.mainWindow().languageProperty().set(before);
            return;
        }
        context.retranslate();
        scene.setRoot(root);
        if (exploreView != null) {
            context.restoreExploreView(exploreView);
        }
        if (scene.getWindow() instanceof Stage stage) {
            stage.setTitle(I18n.text("app.title"));
        }
        store.save(locale);
        context.mainWindow().status().show(I18n.text("app.status.language"));
        LOG.info("switched the window to {} in {} ms", locale, (System.nanoTime() - started) / 1_000_000);
    }
}
