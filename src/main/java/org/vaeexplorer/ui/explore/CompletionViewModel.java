package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.explore.DigitCompleter;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.model.QuadrantMask;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The completion view of a structured-output CVAE (Sohn et al. 2015): a test digit, which of its 2x2 quadrants are
 * given, and what the model makes of the rest: the baseline's single guess and a grid of completions sampled
 * from the prior network p(z|x). Completions are computed on the explorer's worker ({@link AsyncView}); a redraw
 * draws fresh samples with the next seed.
 */
public final class CompletionViewModel implements AutoCloseable {
    /** Completions per redraw: a 4x4 grid. */
    static final int SAMPLES = 16;
    static final int GRID_COLUMNS = 4;
    /** Test digits shown at once in the strip to pick from. */
    static final int STRIP = 10;
    /** How the hidden part of the visible image is drawn: a light grey, so it reads as "not shown", not as ink. */
    static final float HIDDEN_SHADE = 0.12f;
    private final BooleanProperty[] given = new BooleanProperty[4];
    private final IntegerProperty digit = new SimpleIntegerProperty(0);
    private final AsyncView<Pictures> pictures;
    private final AsyncView<GreyImage> strip;
    private ExploreSession session;
    private long seed = 1;

    /** What the view shows for one request. */
    public record Pictures(int digit, GreyImage original, GreyImage visible, GreyImage baseline, GreyImage samples,
                           long seed) {
    }

    public CompletionViewModel(ReadOnlyObjectProperty<ExploreSession> sessions, Executor fx,
                               Consumer<String> onError) {
        pictures = new AsyncView<>("complete-digit", fx, onError);
        strip = new AsyncView<>("completion-strip", fx, onError);
        // Pyro's one-quadrant setting to start with (the bottom-left given): where completions differ most.
        int start = QuadrantMask.pyro(1);
        for (int q = 0; q < 4; q++) {
            given[q] = new SimpleBooleanProperty((start >> q & 1) == 1);
            given[q].addListener((o, was, now) -> render());
        }
        digit.addListener((o, was, now) -> {
            render();
            renderStrip();
        });
        sessions.addListener((o, was, now) -> setSession(now));
        setSession(sessions.get());
    }

    private void setSession(ExploreSession s) {
        session = s != null && s.spec().capabilities().completes() ? s : null;
        if (session != null) {
            digit.set(Math.min(digit.get(), session.test().size() - 1));
            render();
            renderStrip();
        }
    }

    /** Fresh completions of the same digit and quadrants. */
    public void redraw() {
        seed++;
        render();
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (session != null) {
            int n = session.test().size();
            digit.set(Math.floorMod(digit.get() + by, n));
        }
    }

    /** Picks the digit at {@code position} (0..STRIP-1) of the strip. */
    public void pickFromStrip(int position) {
        if (session != null && position >= 0 && position < STRIP) {
            digit.set(Math.min(stripStart() + position, session.test().size() - 1));
        }
    }

    /** The strip shows the page of STRIP digits holding the current one. */
    int stripStart() {
        return digit.get() / STRIP * STRIP;
    }

    public void toggle(int quadrant) {
        given[quadrant].set(!given[quadrant].get());
    }

    private void render() {
        ExploreSession s = session;
        if (s == null) {
            return;
        }
        int index = digit.get();
        boolean[] mask = new boolean[4];
        for (int q = 0; q < 4; q++) {
            mask[q] = given[q].get();
        }
        long drawSeed = seed;
        float[] image = s.test().image(index, s.scaling());
        pictures.request(() -> toPictures(index, s.explorer().complete(image, mask, SAMPLES, drawSeed), drawSeed));
    }

    private void renderStrip() {
        ExploreSession s = session;
        if (s == null) {
            return;
        }
        int first = stripStart();
        int count = Math.min(STRIP, s.test().size() - first);
        int p = s.test().pixelsPerImage();
        strip.request(() -> {
            float[] images = new float[STRIP * p];
            for (int i = 0; i < count; i++) {
                s.test().copyImage(first + i, s.scaling(), images, i * p);
            }
            ImageTiles t = ImageTiles.of(images, STRIP, STRIP, s.test().rows(), s.test().cols());
            return new GreyImage(t.rows(), t.cols(), t.pixels());
        });
    }

    private static Pictures toPictures(int index, DigitCompleter.Completion c, long seed) {
        int rows = c.rows();
        int cols = c.cols();
        float[] visible = c.visible().clone();
        for (int j = 0; j < visible.length; j++) {
            visible[j] = Float.isNaN(visible[j]) ? HIDDEN_SHADE : visible[j];
        }
        ImageTiles grid = ImageTiles.of(c.samples(), c.count(), GRID_COLUMNS, rows, cols);
        return new Pictures(index, new GreyImage(rows, cols, c.original()), new GreyImage(rows, cols, visible),
                new GreyImage(rows, cols, c.baselineGuess()), new GreyImage(grid.rows(), grid.cols(), grid.pixels()),
                seed);
    }

    /** Given quadrant {@code q}: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
    public BooleanProperty givenProperty(int q) {
        return given[q];
    }

    /** The test digit (its index in the test set). */
    public IntegerProperty digitProperty() {
        return digit;
    }

    public ReadOnlyObjectProperty<Pictures> picturesProperty() {
        return pictures.resultProperty();
    }

    public ReadOnlyObjectProperty<GreyImage> stripProperty() {
        return strip.resultProperty();
    }

    /** Completion requests made and computed (the rest were dropped as stale while toggling fast). */
    long requested() {
        return pictures.submitted();
    }

    @Override
    public void close() {
        pictures.close();
        strip.close();
    }
}
