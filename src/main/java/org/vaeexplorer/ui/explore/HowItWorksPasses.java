package org.vaeexplorer.ui.explore;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.Schedules;

/**
 * The How it works view's forward passes on its worker, kept from slowing a drag (issue 33): at most one pass per
 * {@link #MIN_GAP_NANOS} (a request that waited out the gap and finds a newer one behind it gives way to it), and
 * one graph pass per move instead of two, the image's mean and log-variance being kept while the image stays the
 * same, so epsilon = (z - mu) / sigma is computed here.
 */
final class HowItWorksPasses {
    /** About 20 refreshes a second while dragging: smooth to watch, and the decoder keeps the processor. */
    static final long MIN_GAP_NANOS = 50_000_000L;

    /** Which image (and label) a pass is of; the drawing by identity, as each change of it is a new array. */
    record Key(ExploreSession session, HowItWorksViewModel.Source source, int index, float[] drawing, int label) {
    }

    private record Means(Key key, float[] mu, float[] logVar) {
    }

    private final AtomicLong tickets = new AtomicLong();
    private volatile long lastStart;
    private volatile Means means;

    /** A request's number, taken on the FX thread as it is made. */
    long ticket() {
        return tickets.incrementAndGet();
    }

    /**
     * On the worker: waits until {@link #MIN_GAP_NANOS} after the last pass began; false when a newer request was
     * made meanwhile (it follows, and this one is skipped).
     */
    boolean paced(long ticket) {
        long wait = lastStart + MIN_GAP_NANOS - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (ticket != tickets.get()) {
            return false;
        }
        lastStart = System.nanoTime();
        return true;
    }

    /** The pass of the image of {@code key} whose sample is {@code z}. */
    ForwardPass reaching(Key key, float[] image, int label, float[] z, float[] u, Schedules schedules) {
        Means m = means;
        if (m != null && m.key().equals(key) && m.mu().length == z.length) {
            float[] eps = ForwardPass.epsilonFor(z, m.mu(), m.logVar());
            return kept(key, key.session().explorer().forwardPassWith(image, label, eps, u, schedules));
        }
        return kept(key, key.session().explorer().forwardPass(image, label, z, u, schedules));
    }

    /** The pass of the image of {@code key} with epsilon {@code eps}. */
    ForwardPass with(Key key, float[] image, int label, float[] eps, float[] u, Schedules schedules) {
        return kept(key, key.session().explorer().forwardPassWith(image, label, eps, u, schedules));
    }

    private ForwardPass kept(Key key, ForwardPass p) {
        means = new Means(key, p.mu(), p.logVar());
        return p;
    }
}
