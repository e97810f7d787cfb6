package org.vaeexplorer.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and, in snapshot mode, renders one page to a PNG and exits. */
public final class VaeExplorerApp extends Application {
    public static final String TITLE = "VAE Explorer";
    private AppContext context;

    public static void launchGui(String[] args) {
        Application.launch(VaeExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartOptions options;
        try {
            options = StartOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("vae-explorer: " + e.getMessage());
            System.err.println(StartOptions.USAGE);
            Platform.exit();
            System.exit(2);
            return;
        }
        context = new AppContext();
        Parent root;
        try {
            root = loadMainWindow(context);
        } catch (IOException e) {
            throw new IllegalStateException("the main window's FXML could not be loaded", e);
        }
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(resource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.getIcons().add(new Image(resource("/assets/icons/vae-explorer.png").toExternalForm()));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        context.mainWindow().showPage(options.page());
        stage.show();
        options.snapshot().ifPresent(file -> new SnapshotWriter(context, scene).writeAndExit(file));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Loads {@code MainWindow.fxml}; views are built by the context so each receives its view model. */
    public static Parent loadMainWindow(AppContext context) throws IOException {
        FXMLLoader loader = new FXMLLoader(resource("MainWindow.fxml"));
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

    /** The GUI's own options: {@code [--page NAME] [--snapshot FILE.png]}. */
    record StartOptions(Page page, Optional<Path> snapshot) {
        static final String USAGE = "usage: vae-explorer [--page train|explore|models] [--snapshot FILE.png]";

        static StartOptions parse(java.util.List<String> args) {
            Page page = Page.TRAIN;
            Path snapshot = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--page" -> {
                        String name = value(args, ++i, a);
                        page = Page.parse(name).orElseThrow(() ->
                                new IllegalArgumentException("unknown page '" + name + "'"));
                    }
                    case "--snapshot" -> snapshot = Path.of(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return new StartOptions(page, Optional.ofNullable(snapshot));
        }

        private static String value(java.util.List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
