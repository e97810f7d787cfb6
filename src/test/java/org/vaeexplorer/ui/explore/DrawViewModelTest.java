package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.explore.DrawnPosterior;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

class DrawViewModelTest {
    @TempDir
    Path dir;
    private ExploreViewModel explore;
    private DrawViewModel draw;

    private void open(Path checkpoint) {
        explore = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        draw = DrawViewModel.of(explore, Runnable::run);
        explore.open(checkpoint);
        assertEquals("", explore.errorProperty().get());
    }

    @AfterEach
    void close() {
        if (draw != null) {
            draw.close();
            explore.close();
        }
    }

    @Test
    void aDrawnOneLandsNearerTheTestOnesThanTheZerosAndUndoEmptiesThePad() throws Exception {
        open(ExploreFixtures.SHIPPED);
        // A "1": one upright stroke down the middle of the pad.
        draw.beginStroke(0.52, 0.12);
        for (int i = 1; i <= 10; i++) {
            draw.extendStroke(0.52 - 0.006 * i, 0.12 + 0.075 * i);
        }
        draw.endStroke();
        DrawnDigit one = awaitLatest();
        assertFalse(one.isEmpty());
        EncodedImages codes = explore.codesProperty().get();
        double[] mu = {one.posterior().mu()[0], one.posterior().mu()[1]};
        double toOnes = distance(mu, classMean(codes, 1));
        double toZeros = distance(mu, classMean(codes, 0));
        assertTrue(toOnes < toZeros, "the drawn 1 at (" + mu[0] + ", " + mu[1] + ") is " + toOnes
                + " from the 1s and " + toZeros + " from the 0s");
        assertEquals(DrawViewModel.SAMPLES, one.posterior().sampleCount(784));
        assertTrue(one.posterior().sigma(0) > 0 && one.posterior().sigma(0) < 1, "a confident posterior");

        draw.undo();
        assertTrue(draw.strokesProperty().get().isEmpty());
        assertTrue(awaitLatest().isEmpty(), "with the stroke undone the pad is empty again");
    }

    @Test
    void theJointVaesCategoryProbabilitiesSumToOne() throws Exception {
        open(Path.of("models", "mnist-joint-vae.vaex"));
        draw.beginStroke(0.3, 0.3);
        draw.extendStroke(0.7, 0.3);
        draw.extendStroke(0.4, 0.85);
        draw.endStroke();
        DrawnPosterior p = awaitLatest().posterior();
        assertEquals(10, p.categoryProbs().length);
        double sum = 0;
        for (float q : p.categoryProbs()) {
            assertTrue(q >= 0 && q <= 1);
            sum += q;
        }
        assertEquals(1.0, sum, 1e-4);
        assertEquals(0, p.perLabel().length, "not a CVAE: no per-label row");
    }

    /**
     * Issue 27, defect 1: a 7 and then a 3 drawn in sequence; the bars the view shows (the latest result's q(c|x))
     * are the 3's, as a pad that only ever saw the 3 gives them, and its reconstruction comes from the same result.
     */
    @Test
    void theJointVaesBarsBelongToTheLatestDrawingNotThePreviousOne() throws Exception {
        open(Path.of("models", "mnist-joint-vae.vaex"));
        drawSeven(draw);
        float[] seven = awaitLatest().posterior().categoryProbs();
        draw.clear();
        awaitLatest();
        drawThree(draw);
        DrawnDigit three = awaitLatest();

        try (DrawViewModel fresh = DrawViewModel.of(explore, Runnable::run)) {
            drawThree(fresh);
            await(fresh::isUpToDate);
            DrawnPosterior alone = fresh.resultProperty().get().posterior();
            assertArrayEquals(alone.categoryProbs(), three.posterior().categoryProbs(), 1e-6f,
                    "the bars after a 7 and a 3 are those of the 3 alone");
            assertArrayEquals(alone.reconstruction(), three.posterior().reconstruction(), 1e-6f);
        }
        assertTrue(argmax(seven) != argmax(three.posterior().categoryProbs()),
                "the 7 and the 3 fall in different categories, so stale bars would be seen");
    }

    private static void drawSeven(DrawViewModel pad) throws InterruptedException {
        stroke(pad, new double[][] {{0.25, 0.2}, {0.75, 0.2}, {0.45, 0.9}});
    }

    private static void drawThree(DrawViewModel pad) throws InterruptedException {
        stroke(pad, new double[][] {{0.3, 0.2}, {0.5, 0.12}, {0.68, 0.22}, {0.6, 0.4}, {0.45, 0.5}, {0.65, 0.6},
                {0.7, 0.75}, {0.55, 0.88}, {0.3, 0.85}});
    }

    /** A stroke through {@code points} in small steps, slowly enough that analyses run while it is drawn. */
    private static void stroke(DrawViewModel pad, double[][] points) throws InterruptedException {
        pad.beginStroke(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            for (int j = 1; j <= 5; j++) {
                double t = j / 5.0;
                pad.extendStroke(points[i - 1][0] + t * (points[i][0] - points[i - 1][0]),
                        points[i - 1][1] + t * (points[i][1] - points[i - 1][1]));
                Thread.sleep(8);
            }
        }
        pad.endStroke();
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** For a structured-output CVAE the drawing is the given part: inked quadrants are kept, the rest completed. */
    @Test
    void aStructuredOutputCvaeCompletesTheQuadrantsTheDrawingLeftEmpty() throws Exception {
        open(Path.of("models", "mnist-scvae.vaex"));
        // A flat stroke with a short hook: framed as MNIST was (centred by mass), it does not fill all four quadrants.
        draw.beginStroke(0.15, 0.2);
        draw.extendStroke(0.85, 0.2);
        draw.extendStroke(0.85, 0.32);
        draw.endStroke();
        DrawnDigit d = awaitLatest();
        assertFalse(d.isEmpty());
        assertEquals(null, d.posterior(), "no posterior plane for this kind");
        var c = d.completion();
        float[] x = d.input().pixels();
        boolean[] inked = DrawViewModel.inkedQuadrants(x, 28, 28);
        assertArrayEquals(inked, c.givenQuadrants());
        assertFalse(inked[0] && inked[1] && inked[2] && inked[3], "something is left to complete");
        assertEquals(DrawViewModel.COMPLETIONS, c.count());
        float[] mask = org.vaeexplorer.model.QuadrantMask.pixels(org.vaeexplorer.model.QuadrantMask.of(inked), 28, 28);
        boolean completedSomething = false;
        for (int i = 0; i < c.count(); i++) {
            float[] one = c.sample(i);
            for (int j = 0; j < x.length; j++) {
                if (mask[j] == 1f) {
                    assertEquals(x[j], one[j], 1e-6, "a given pixel is kept");
                } else if (one[j] > 0.3f) {
                    completedSomething = true;
                }
            }
        }
        assertTrue(completedSomething, "the hidden quadrants get ink from the model");
    }

    @Test
    void whileAStrokeIsDrawnAnalysesAreThrottledAndItsEndIsAlwaysAnalysed() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        var session = new SimpleObjectProperty<ExploreSession>();
        try (DrawViewModel pad = new DrawViewModel(session, new SimpleIntegerProperty(0), Runnable::run, e -> { },
                now::get)) {
            // Without a model nothing is analysed, but the strokes are kept.
            pad.beginStroke(0.1, 0.1);
            pad.endStroke();
            assertEquals(0, pad.analysesRequested());
            assertEquals(1, pad.strokesProperty().get().size());
            pad.clear();
            assertTrue(pad.strokesProperty().get().isEmpty());

            session.set(stubSession());
            long before = pad.analysesRequested();
            pad.beginStroke(0.2, 0.2);
            for (int i = 0; i < 10; i++) {
                now.addAndGet(DrawViewModel.THROTTLE_NANOS / 4);
                pad.extendStroke(0.2 + i * 0.01, 0.3);
            }
            long during = pad.analysesRequested() - before;
            // 10 moves over 2.5 throttle periods: the press, then at most one per period.
            assertTrue(during >= 2 && during <= 4, during + " analyses for the press and 10 moves");
            pad.endStroke();
            assertEquals(before + during + 1, pad.analysesRequested(), "the stroke's end is analysed");
            assertEquals(11, pad.strokesProperty().get().get(0).points());
        }
    }

    /** A session whose model is never reached: the analysis fails on the worker, which this test does not await. */
    private static ExploreSession stubSession() {
        return new ExploreSession("stub", null, null, null, null, null);
    }

    private DrawnDigit awaitLatest() throws InterruptedException {
        await(() -> draw.isUpToDate());
        return draw.resultProperty().get();
    }

    private static double[] classMean(EncodedImages c, int label) {
        double[] m = new double[2];
        int n = 0;
        for (int i = 0; i < c.count(); i++) {
            if (c.labels()[i] == label) {
                m[0] += c.mu(i, 0);
                m[1] += c.mu(i, 1);
                n++;
            }
        }
        return new double[] {m[0] / n, m[1] / n};
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
