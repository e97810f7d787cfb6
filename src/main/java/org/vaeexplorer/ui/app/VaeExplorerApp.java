package org.vaeexplorer.ui.app;

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
import org.vaeexplorer.ui.common.I18n;

/** The JavaFX application: builds the main window and, in snapshot mode, renders one page to a PNG and exits. */
public final class VaeExplorerApp extends Application {
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
        context.setStage(stage);
        context.setDocumentOpener(getHostServices()::showDocument);
        Parent root;
        try {
            root = loadMainWindow(context);
        } catch (IOException e) {
            throw new IllegalStateException("the main window's FXML could not be loaded", e);
        }
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(resource("app.css").toExternalForm());
        stage.setTitle(I18n.text("app.title"));
        stage.getIcons().add(new Image(resource("/assets/icons/vae-explorer.png").toExternalForm()));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        boolean shippedModel;
        if (options.open() != null) {
            context.explore().open(options.open());
            shippedModel = true;
        } else {
            shippedModel = options.openDefaultModel() && context.openDefaultModel();
        }
        if (options.exploreView() != null) {
            context.exploreView().ifPresent(v -> v.showView(options.exploreView()));
        }
        context.mainWindow().showPage(options.page() != null ? options.page() : shippedModel ? Page.EXPLORE : Page.TRAIN);
        stage.setOnCloseRequest(event -> new CloseGuard(context).confirm(event, stage));
        stage.show();
        if (options.pulseReportSeconds() > 0) {
            PulseMonitor pulses = new PulseMonitor();
            pulses.attach(scene);
            pulses.reportEvery(options.pulseReportSeconds(), System.out);
        }
        if (options.exploreDragSeconds() > 0) {
            context.exploreView().ifPresent(v -> v.startDragDemo(options.exploreDragSeconds(), System.out::println));
        }
        if (options.trainDataset() != null) {
            context.train().dataset().select(options.trainDataset());
        }
        if (options.trainEpochs() > 0) {
            context.train().form().epochsProperty().set(Integer.toString(options.trainEpochs()));
            context.train().form().trainLimitProperty().set(Integer.toString(options.trainImages()));
            context.train().startWhenDataLoaded();
            if (options.follow()) {
                context.explore().followingProperty().set(true);
            }
        }
        options.snapshot().ifPresent(file -> new SnapshotWriter(context, scene, options.snapshotAfterSeconds())
                .writeAndExit(file));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Loads {@code MainWindow.fxml}; views are built by the context so each receives its view model. */
    public static Parent loadMainWindow(AppContext context) throws IOException {
        FXMLLoader loader = new FXMLLoader(resource("MainWindow.fxml"), I18n.bundle());
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
    record StartOptions(Page page, Optional<Path> snapshot, double snapshotAfterSeconds, int trainEpochs,
                        int trainImages, String trainDataset, double pulseReportSeconds, double exploreDragSeconds,
                        boolean openDefaultModel, Path open, String exploreView, boolean follow) {
        static final String USAGE = "usage: vae-explorer [--page train|explore|models] [--snapshot FILE.png "
                + "[--snapshot-after SECONDS]] [--train-epochs N [--train-images N] [--train-dataset ID]] "
                + "[--pulse-report SECONDS] [--explore-drag SECONDS] [--no-default-model] [--open FILE.vaex] "
                + "[--explore-view plane|grid|traversal|interpolation|clusters] [--follow]";

        static StartOptions parse(java.util.List<String> args) {
            Page page = null;
            double drag = 0;
            boolean openDefault = true;
            Path open = null;
            String view = null;
            boolean follow = false;
            Path snapshot = null;
            double after = -1;
            int epochs = 0;
            int images = 0;
            String dataset = null;
            double pulses = 0;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--page" -> {
                        String name = value(args, ++i, a);
                        page = Page.parse(name).orElseThrow(() ->
                                new IllegalArgumentException("unknown page '" + name + "'"));
                    }
                    case "--snapshot" -> snapshot = Path.of(value(args, ++i, a));
                    case "--snapshot-after" -> after = number(value(args, ++i, a), a);
                    case "--train-epochs" -> epochs = (int) number(value(args, ++i, a), a);
                    case "--train-images" -> images = (int) number(value(args, ++i, a), a);
                    case "--train-dataset" -> dataset = value(args, ++i, a);
                    case "--pulse-report" -> pulses = number(value(args, ++i, a), a);
                    case "--explore-drag" -> drag = number(value(args, ++i, a), a);
                    case "--no-default-model" -> openDefault = false;
                    case "--open" -> open = Path.of(value(args, ++i, a));
                    case "--explore-view" -> view = value(args, ++i, a);
                    case "--follow" -> follow = true;
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return new StartOptions(page, Optional.ofNullable(snapshot), after, epochs, images, dataset, pulses, drag,
                    openDefault, open, view, follow);
        }

        private static double number(String text, String option) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got '" + text + "'");
            }
        }

        private static String value(java.util.List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
