package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.DigitFraming;
import org.vaeexplorer.explore.DrawnPosterior;
import org.vaeexplorer.explore.Resample;
import org.vaeexplorer.explore.Stroke;
import org.vaeexplorer.explore.StrokeRaster;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The Draw tab: the strokes on the pad (undone one stroke at a time) and what the open model makes of the drawing.
 * Each change renders, frames and encodes the drawing on a latest-only worker, never on the FX thread; while a
 * stroke is being drawn at most one request per {@link #THROTTLE_NANOS} is made (and the worker drops any it has
 * not started), the stroke's end always makes one. Requests carry immutable copies of the strokes and the picture.
 */
public final class DrawViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DrawViewModel.class);
    /** The side of the raster the strokes are rendered into: 5 x 28, fine enough for the 20-pixel box. */
    public static final int PAD = 140;
    /** About 25 analyses a second while drawing: smooth to watch, and the FX thread gets one update per result. */
    static final long THROTTLE_NANOS = 40_000_000L;
    /** How many samples of q(z|x) are decoded. */
    public static final int SAMPLES = 6;
    /** The brush's default width (pad units): MNIST's strokes are about a tenth to a seventh of the digit's height. */
    static final double DEFAULT_BRUSH = 0.085;

    private final ObservableValue<ExploreSession> session;
    private final ObservableIntegerValue label;
    private final DoubleProperty brush = new SimpleDoubleProperty(DEFAULT_BRUSH);
    private final ReadOnlyObjectWrapper<List<Stroke>> strokes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<float[]> picture = new ReadOnlyObjectWrapper<>();
    private final AsyncView<DrawnDigit> result;
    private final LongSupplier clock;
    private List<Stroke> finished = List.of();
    private Stroke current;
    private long lastRequest;
    private long sampleSeed = 1;
    /** A structured-output CVAE's given quadrants as the user chose them; null: those holding ink. */
    private boolean[] chosenQuadrants;
    /** Analyses asked for so far; a result carries its number. Volatile: tests poll it from their own thread. */
    private volatile long requests;

    /**
     * @param session the Explore page's open model
     * @param label   the class a CVAE is told (the page's label picker)
     */
    DrawViewModel(ObservableValue<ExploreSession> session, ObservableIntegerValue label, Executor fx,
                  Consumer<String> onError) {
        this(session, label, fx, onError, System::nanoTime);
    }

    /**
     * The pad of {@code explore}'s page: its open model, and its label picker for a CVAE; failures are shown where
     * the page shows its errors. {@code fx} hands results to the FX thread.
     */
    public static DrawViewModel of(ExploreViewModel explore, Executor fx) {
        return new DrawViewModel(explore.sessionProperty(), explore.point().labelProperty(), fx, message -> {
            LOG.warn("could not analyse the drawing: {}", message);
            explore.errorProperty().set(message);
        });
    }

    DrawViewModel(ObservableValue<ExploreSession> session, ObservableIntegerValue label, Executor fx,
                  Consumer<String> onError, LongSupplier clock) {
        this.session = session;
        this.label = label;
        this.clock = clock;
        result = new AsyncView<>("analyse-drawing", fx, onError);
        session.addListener((o, was, now) -> analyse());
        label.addListener((o, was, now) -> analyse());
    }

    /** Starts a stroke at ({@code x}, {@code y}) in pad units (0..1, y down) with the current brush. */
    public void beginStroke(double x, double y) {
        current = new Stroke(new float[] {(float) x, (float) y}, (float) brush.get());
        publishStrokes();
        analyse();
    }

    /** Continues the stroke being drawn; analysed at most once per {@link #THROTTLE_NANOS}. */
    public void extendStroke(double x, double y) {
        if (current == null) {
            beginStroke(x, y);
            return;
        }
        current = current.plus(x, y);
        publishStrokes();
        if (clock.getAsLong() - lastRequest >= THROTTLE_NANOS) {
            analyse();
        }
    }

    /** Ends the stroke: it joins the drawing as one step of undo, and the whole drawing is analysed. */
    public void endStroke() {
        if (current == null) {
            return;
        }
        finished = strokes.get();
        current = null;
        analyse();
    }

    /** Takes back the last finished stroke. */
    public void undo() {
        if (current == null && !finished.isEmpty()) {
            finished = List.copyOf(finished.subList(0, finished.size() - 1));
            publishStrokes();
            analyse();
        }
    }

    /**
     * Makes quadrant {@code q} (top-left, top-right, bottom-left, bottom-right) given or not, for a structured-output
     * CVAE: from then on the user's choice, not the ink, says which quadrants are given, until the pad is cleared.
     */
    public void setGivenQuadrant(int q, boolean given) {
        boolean[] now = givenQuadrants();
        now[q] = given;
        chosenQuadrants = now;
        analyse();
    }

    /** The quadrants given now: those chosen, else those the latest result took from the ink (a copy). */
    public boolean[] givenQuadrants() {
        if (chosenQuadrants != null) {
            return chosenQuadrants.clone();
        }
        DrawnDigit shown = result.resultProperty().get();
        return shown != null && shown.completion() != null ? shown.completion().givenQuadrants().clone()
                : new boolean[4];
    }

    /** Whether the user chose the given quadrants (rather than the ink). */
    public boolean quadrantsChosen() {
        return chosenQuadrants != null;
    }

    /** Empties the pad, the loaded picture included. */
    public void clear() {
        chosenQuadrants = null;
        current = null;
        finished = List.of();
        picture.set(null);
        publishStrokes();
        analyse();
    }

    /**
     * Puts a picture on the pad (e.g. a PNG of a digit, ink in [0, 1], {@code width x height}), resized to the pad,
     * under any strokes drawn after it; clearing removes it.
     */
    public void load(float[] ink, int width, int height) {
        current = null;
        finished = List.of();
        picture.set(Resample.area(ink.clone(), width, height, PAD, PAD));
        publishStrokes();
        analyse();
    }

    /** Draws new samples from the same posterior. */
    public void newSamples() {
        sampleSeed++;
        analyse();
    }

    private void publishStrokes() {
        List<Stroke> all = new ArrayList<>(finished);
        if (current != null) {
            all.add(current);
        }
        strokes.set(List.copyOf(all));
    }

    /** Submits the drawing as it is now: strokes and picture are immutable or copied here, on the FX thread. */
    private void analyse() {
        ExploreSession s = session.getValue();
        if (s == null) {
            return;
        }
        lastRequest = clock.getAsLong();
        long requested = ++requests;
        List<Stroke> drawn = strokes.get();
        float[] base = picture.get() == null ? null : picture.get().clone();
        int chosen = label.get();
        long seed = sampleSeed;
        boolean[] quadrants = chosenQuadrants == null ? null : chosenQuadrants.clone();
        result.request(() -> compute(s, drawn, base, chosen, seed, quadrants, requested));
    }

    /** On the worker: render, frame as MNIST was, scale as the model was trained, encode and decode. */
    /** Completions shown for a structured-output CVAE, and the grey level from which a pixel counts as ink. */
    static final int COMPLETIONS = 8;
    private static final float INK = 0.2f;

    private static DrawnDigit compute(ExploreSession s, List<Stroke> drawn, float[] base, int label, long seed,
                                      boolean[] quadrants, long requested) {
        int rows = s.spec().rows();
        int cols = s.spec().cols();
        float[] raster = StrokeRaster.render(drawn, base, PAD);
        float[] x = DigitFraming.frame(raster, PAD, PAD, rows);
        if (cols != rows) {
            x = Resample.area(x, rows, rows, cols, rows);
        }
        if (s.scaling() == PixelScaling.BINARIZED) {
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] > 0.5f ? 1f : 0f;
            }
        }
        GreyImage input = new GreyImage(rows, cols, x);
        if (!DigitFraming.hasInk(raster) || !s.spec().capabilities().draws()) {
            // A colour model is not given a grey drawing; the Draw tab says so.
            return new DrawnDigit(input, null, requested);
        }
        if (s.spec().capabilities().completes()) {
            boolean[] given = quadrants != null ? quadrants : inkedQuadrants(x, rows, cols);
            return new DrawnDigit(input, null, s.explorer().complete(x, given, COMPLETIONS, seed), requested);
        }
        int chosen = s.spec().conditional() ? Math.min(label, s.spec().numClasses() - 1) : 0;
        return new DrawnDigit(input, DrawnPosterior.of(s.explorer(), x, chosen, SAMPLES, seed), requested);
    }

    /**
     * For a structured-output CVAE the drawing is the given part: the quadrants (top-left, top-right, bottom-left,
     * bottom-right) holding ink are given, the rest is completed. A digit drawn across all four gets its bottom-right
     * completed (Pyro's three-quadrant task), so there is always something to complete.
     */
    static boolean[] inkedQuadrants(float[] x, int rows, int cols) {
        boolean[] given = new boolean[4];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (x[r * cols + c] > INK) {
                    given[(r < rows / 2 ? 0 : 2) + (c < cols / 2 ? 0 : 1)] = true;
                }
            }
        }
        if (given[0] && given[1] && given[2] && given[3]) {
            given[3] = false;
        }
        return given;
    }

    public DoubleProperty brushProperty() {
        return brush;
    }

    /** The strokes on the pad, the one being drawn last; an immutable list. */
    public ReadOnlyObjectProperty<List<Stroke>> strokesProperty() {
        return strokes.getReadOnlyProperty();
    }

    /** The loaded picture ({@link #PAD} x {@link #PAD} ink), or null. */
    public ReadOnlyObjectProperty<float[]> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DrawnDigit> resultProperty() {
        return result.resultProperty();
    }

    /** Whether the result shown is that of the latest analysis asked for (none is pending). */
    public boolean isUpToDate() {
        DrawnDigit shown = result.resultProperty().get();
        return shown != null && shown.request() == requests;
    }

    /** Analyses asked for (those replaced by newer ones before they started are never done). */
    public long analysesRequested() {
        return result.submitted();
    }

    @Override
    public void close() {
        result.close();
    }
}
