package org.vaeexplorer.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.data.BundledDataset;

/**
 * The window's own start options, all checked before any window is built: a bad one is a usage error (exit 2),
 * never an exception from the toolkit's start method.
 */
record StartOptions(Page page, Optional<Path> snapshot, double snapshotAfterSeconds, int trainEpochs,
                    int trainImages, String trainDataset, double pulseReportSeconds, double exploreDragSeconds,
                    boolean openDefaultModel, Path open, String exploreView, boolean follow) {
    /** The Explore page's views, as its tabs are named ({@code planeTab}...). */
    static final List<String> EXPLORE_VIEWS = List.of("plane", "grid", "traversal", "interpolation", "clusters");
    static final String USAGE = "usage: vae-explorer [--page train|explore|models] [--snapshot FILE.png "
            + "[--snapshot-after SECONDS]] [--train-epochs N [--train-images N] [--train-dataset ID|FOLDER]] "
            + "[--pulse-report SECONDS] [--explore-drag SECONDS] [--no-default-model] [--open FILE.vaex] "
            + "[--explore-view " + String.join("|", EXPLORE_VIEWS) + "] [--follow]";

    /** @throws IllegalArgumentException with a one-line message naming the option, for any bad option */
    static StartOptions parse(List<String> args) {
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
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new StartOptions(page, Optional.ofNullable(snapshot), after, epochs, images, dataset, pulses, drag,
                openDefault, open, view, follow);
    }

    /**
     * The page the window opens on: the one asked for; else the Train page when a run is started from the command
     * line (so {@code --train-epochs ... --snapshot} photographs the training); else Explore when a model was
     * opened; else Train.
     */
    Page initialPage(boolean modelOpened) {
        if (page != null) {
            return page;
        }
        if (trainEpochs > 0) {
            return Page.TRAIN;
        }
        return modelOpened ? Page.EXPLORE : Page.TRAIN;
    }

    private static String exploreView(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (!EXPLORE_VIEWS.contains(n)) {
            throw new IllegalArgumentException("unknown Explore view '" + name + "' (one of "
                    + String.join(", ", EXPLORE_VIEWS) + ")");
        }
        return n;
    }

    private static String dataset(String idOrFolder) {
        if (BundledDataset.byId(idOrFolder).isEmpty() && !Files.isDirectory(Path.of(idOrFolder))) {
            throw new IllegalArgumentException("--train-dataset '" + idOrFolder + "' is neither a bundled dataset ("
                    + String.join(", ", java.util.Arrays.stream(BundledDataset.values()).map(BundledDataset::id)
                    .toList()) + ") nor a folder");
        }
        return BundledDataset.byId(idOrFolder).map(BundledDataset::id).orElse(idOrFolder);
    }

    private static Path existingFile(String text, String option) {
        Path p = Path.of(text);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(option + ": no file '" + text + "'");
        }
        return p;
    }

    private static int count(String text, String option) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 0) {
                throw new IllegalArgumentException(option + " needs a whole number of at least 0, got '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + text + "'");
        }
    }

    private static double nonNegative(String text, String option) {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + text + "'");
        }
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(option + " needs a number of at least 0, got '" + text + "'");
        }
        return d;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
