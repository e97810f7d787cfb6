package org.vaeexplorer.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.BundledDataset;
import org.vaeexplorer.ui.common.I18n;

/**
 * The window's own start options, all checked before any window is built: a bad one is a usage error (exit 2),
 * never an exception from the toolkit's start method.
 */
record StartOptions(Page page, Optional<Path> snapshot, double snapshotAfterSeconds, int trainEpochs,
                    int trainImages, String trainDataset, double pulseReportSeconds, double exploreDragSeconds,
                    boolean openDefaultModel, Path open, String exploreView, boolean follow, Path draw,
                    boolean presentation, double zoomPercent, int lesson, Path importFolder) {
    /** The Explore page's views, as its tabs are named ({@code planeTab}...). */
    static final List<String> EXPLORE_VIEWS = List.of("plane", "howitworks", "grid", "traversal", "interpolation",
            "arithmetic", "clusters", "factors", "overview", "draw", "completion");
    /** The synopsis; the option names are not translated, the word "usage" is. */
    static final String SYNOPSIS = "vae-explorer [--page train|explore|models] [--snapshot FILE.png "
            + "[--snapshot-after SECONDS]] [--train-epochs N [--train-images N] [--train-dataset ID|FOLDER]] "
            + "[--pulse-report SECONDS] [--explore-drag SECONDS] [--no-default-model] [--open FILE.vaex|FILE.vaexs] "
            + "[--explore-view " + String.join("|", EXPLORE_VIEWS) + "] [--follow] [--draw FILE.png]"
            + " [--presentation] [--zoom PERCENT] [--lesson N] [--import-folder FOLDER]";

    static String usage() {
        return I18n.text("app.start.usage", SYNOPSIS);
    }

    /** @throws IllegalArgumentException with a one-line message naming the option, for any bad option */
    static StartOptions parse(List<String> args) {
        Page page = null;
        double drag = 0;
        boolean openDefault = true;
        Path open = null;
        String view = null;
        boolean follow = false;
        Path draw = null;
        Path snapshot = null;
        double after = -1;
        int epochs = 0;
        int images = 0;
        String dataset = null;
        double pulses = 0;
        boolean presentation = false;
        double zoom = 0;
        int lesson = 0;
        Path importFolder = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--page" -> {
                    String name = value(args, ++i, a);
                    page = Page.parse(name).orElseThrow(() ->
                            new IllegalArgumentException(I18n.text("app.start.unknownPage", name)));
                }
                case "--snapshot" -> snapshot = Path.of(value(args, ++i, a));
                case "--snapshot-after" -> after = nonNegative(value(args, ++i, a), a);
                case "--train-epochs" -> epochs = count(value(args, ++i, a), a);
                case "--train-images" -> images = count(value(args, ++i, a), a);
                case "--train-dataset" -> dataset = dataset(value(args, ++i, a));
                case "--pulse-report" -> pulses = nonNegative(value(args, ++i, a), a);
                case "--explore-drag" -> drag = nonNegative(value(args, ++i, a), a);
                case "--no-default-model" -> openDefault = false;
                case "--open" -> open = existingFile(value(args, ++i, a), a);
                case "--explore-view" -> view = exploreView(value(args, ++i, a));
                case "--follow" -> follow = true;
                case "--draw" -> draw = existingFile(value(args, ++i, a), a);
                case "--presentation" -> presentation = true;
                case "--zoom" -> zoom = zoomPercent(value(args, ++i, a));
                case "--lesson" -> lesson = lesson(value(args, ++i, a));
                case "--import-folder" -> importFolder = existingFolder(value(args, ++i, a), a);
                default -> {
                    // A file manager or a Windows file association passes the checkpoint alone, with no option.
                    // A session file (.vaexs) the same way: the .deb registers both types.
                    if (a.startsWith("-") || !a.endsWith(CheckpointStore.EXTENSION)
                            && !isSession(Path.of(a)) || open != null) {
                        throw new IllegalArgumentException(I18n.text("app.start.unknownOption", a));
                    }
                    open = existingFile(a, "FILE.vaex");
                }
            }
        }
        return new StartOptions(page, Optional.ofNullable(snapshot), after, epochs, images, dataset, pulses, drag,
                openDefault, open, view, follow, draw, presentation, zoom, lesson, importFolder);
    }

    /**
     * The page the window opens on: the one asked for; else the Train page when a run is started from the command
     * line (so {@code --train-epochs ... --snapshot} photographs the training); else Explore when a model was
     * opened; else Train.
     */
    /** Whether {@code file} is a saved session rather than a checkpoint (by its extension, as a file manager does). */
    static boolean isSession(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(SessionFormat.EXTENSION);
    }

    Page initialPage(boolean modelOpened) {
        if (page != null) {
            return page;
        }
        if (draw != null) {
            return Page.EXPLORE;
        }
        if (trainEpochs > 0 || importFolder != null) {
            return Page.TRAIN;
        }
        return modelOpened ? Page.EXPLORE : Page.TRAIN;
    }

    private static String exploreView(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (!EXPLORE_VIEWS.contains(n)) {
            throw new IllegalArgumentException(I18n.text("app.start.unknownView", name,
                    String.join(", ", EXPLORE_VIEWS)));
        }
        return n;
    }

    /** A zoom in percent within the View menu's range (0 in the record: not given, the remembered zoom stays). */
    private static double zoomPercent(String text) {
        long min = Math.round(PresentationViewModel.MIN_ZOOM * 100);
        long max = Math.round(PresentationViewModel.MAX_ZOOM * 100);
        String bad = I18n.text("app.start.zoom", min, max, text);
        double z;
        try {
            z = Double.parseDouble(text.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad, e);
        }
        if (!(z >= min && z <= max)) {
            throw new IllegalArgumentException(bad);
        }
        return z;
    }

    /** A lesson of the Lessons menu by its number; it sets up its own page, model and view after the others. */
    private static int lesson(String text) {
        int count = org.vaeexplorer.ui.lessons.Lessons.FILES.size();
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > count) {
            throw new IllegalArgumentException(org.vaeexplorer.ui.lessons.LessonTexts.text(
                    "lessons.start.unknownLesson", text, Integer.toString(count)));
        }
        return n;
    }

    private static String dataset(String idOrFolder) {
        if (org.vaeexplorer.data.DatasetLoader.isGenerated(idOrFolder)) {
            return idOrFolder;
        }
        // A folder of pictures may carry its options after a '?' (photos?size=32&colour=rgb).
        int options = idOrFolder.lastIndexOf('?');
        String folder = options > 0 && !Files.isDirectory(Path.of(idOrFolder)) ? idOrFolder.substring(0, options)
                : idOrFolder;
        if (BundledDataset.byId(idOrFolder).isEmpty() && !Files.isDirectory(Path.of(folder))) {
            throw new IllegalArgumentException(I18n.text("app.start.unknownDataset", idOrFolder,
                    org.vaeexplorer.data.DatasetLoader.bundledIds()));
        }
        return BundledDataset.byId(idOrFolder).map(BundledDataset::id).orElse(idOrFolder);
    }

    private static Path existingFolder(String text, String option) {
        Path p = Path.of(text);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(I18n.text("app.start.noFolder", option, text));
        }
        return p;
    }

    private static Path existingFile(String text, String option) {
        Path p = Path.of(text);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(I18n.text("app.start.noFile", option, text));
        }
        return p;
    }

    private static int count(String text, String option) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 0) {
                throw new IllegalArgumentException(I18n.text("app.start.count", option, text));
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(I18n.text("app.start.count", option, text));
        }
    }

    private static double nonNegative(String text, String option) {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(I18n.text("app.start.number", option, text));
        }
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(I18n.text("app.start.number", option, text));
        }
        return d;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(I18n.text("app.start.noValue", option));
        }
        return args.get(i);
    }
}
