package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.platform.UserFolders;
import org.vaeexplorer.ui.common.I18n;

/** The JavaFX application: builds the main window, opens the first model and hands the start options on. */
public final class VaeExplorerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(VaeExplorerApp.class);
    private AppContext context;

    /**
     * Checks the start options before the toolkit starts, so a bad one prints the usage and exits with 2 instead
     * of failing inside {@link #start}; then opens the window.
     */
    public static void launchGui(String[] args) {
        try {
            StartOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("vae-explorer: " + e.getMessage());
            System.err.println(StartOptions.usage());
            System.exit(2);
            return;
        }
        Application.launch(VaeExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        LanguageStore languages = LanguageStore.inUserHome();
        I18n.setLocale(languages.startLanguage(SystemLanguage.of(java.util.Locale.getDefault(), System.getenv())));
        context = new AppContext();
        context.setStage(stage);
        context.setDocumentOpener(getHostServices()::showDocument);
        // The model is read on a worker while the window is built; its result reaches the window after start().
        boolean modelOpened;
        boolean session = options.open() != null && StartOptions.isSession(options.open());
        if (session) {
            // Opened once the window is up: a session sets the page, the view and perhaps the language.
            modelOpened = true;
        } else if (options.open() != null) {
            context.explore().open(options.open());
            modelOpened = true;
        } else {
            modelOpened = options.openDefaultModel() && context.openDefaultModel();
        }
        // Chosen before the window is built: only the page shown first is built now (MainWindowView).
        context.mainWindow().showPage(options.initialPage(modelOpened));
        Scene scene = new Scene(loadMainWindow(context));
        scene.getStylesheets().add(resource("app.css").toExternalForm());
        stage.setTitle(I18n.text("app.title"));
        LanguageSwitch.install(context, scene, languages);
        setIconWhenLoaded(stage);
        WindowStateStore windowState = new WindowStateStore(UserFolders.current().windowFile());
        new MainStage(windowState).place(stage, scene);
        rememberZoom(windowState, context.mainWindow().presentation(), stage);
        if (session) {
            javafx.application.Platform.runLater(() -> context.sessions().open(options.open()));
        }
        if (options.exploreView() != null || options.draw() != null) {
            // A picture for the pad is shown on the Draw tab unless another view is asked for.
            String view = options.exploreView() != null ? options.exploreView() : "draw";
            context.restoreExploreView(view);
        }
        if (options.lesson() > 0) {
            context.lessons().choose(options.lesson());
        }
        stage.setOnCloseRequest(event -> new CloseGuard(context).confirm(event, stage));
        stage.show();
        new Automation(context, scene).start(options);
    }

    /**
     * Decodes the window's icon on JavaFX's image loader thread and sets it once decoded: decoded here it took
     * 35-70 ms of the FX thread before the first frame, and a window manager takes an icon at any time.
     */
    private static void setIconWhenLoaded(Stage stage) {
        Image icon = new Image(resource("/assets/icons/vae-explorer.png").toExternalForm(), true);
        icon.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= 1 && !icon.isError()) {
                stage.getIcons().add(icon);
            }
        });
        icon.errorProperty().addListener((o, was, failed) -> {
            if (failed) {
                LOG.warn("The window icon could not be read", icon.getException());
            }
        });
    }

    private static void rememberZoom(WindowStateStore store, PresentationViewModel zoom, Stage stage) {
        store.loadZoom().ifPresent(z -> zoom.restoreZoom(z.normal(), z.presentation()));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> store.saveZoom(
                new WindowStateStore.Zoom(zoom.normalZoom(), zoom.presentationZoom())));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * Loads {@code MainWindow.fxml} in the UI's language; views are built by the context so each receives its view
     * model. Chinese text gets the CJK font the Debian package installs (style class {@code lang-zh} in app.css).
     */
    public static Parent loadMainWindow(AppContext context) throws IOException {
        Parent root = load(context, "MainWindow.fxml");
        root.getStyleClass().add("lang-" + I18n.locale().getLanguage());
        return root;
    }

    /** Loads an FXML resource in the UI's language, its views made by the context's controller factory. */
    static <T> T load(AppContext context, String fxml) throws IOException {
        FXMLLoader loader = new FXMLLoader(resource(fxml), I18n.bundle());
        loader.setControllerFactory(context::createView);
        return loader.load();
    }

    static URL resource(String name) {
        URL url = VaeExplorerApp.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return url;
    }
}
