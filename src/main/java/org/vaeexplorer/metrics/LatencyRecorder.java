package org.vaeexplorer.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations in nanoseconds, summarised as median, 99th percentile and maximum (nearest-rank percentiles). Used by
 * the benchmark (decode latency), the app's pulse monitor (frame gaps) and the explorer (mouse to pixels).
 * Thread-safe: one thread may record while another reads the summary.
 */
public final class LatencyRecorder {
    private long[] samples = new long[1024];
    private int count;

    public synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /** Moves every duration recorded so far into {@code other} and clears this one. */
    public void moveTo(LatencyRecorder other) {
        long[] taken;
        synchronized (this) {
            taken = Arrays.copyOf(samples, count);
            count = 0;
        }
        for (long v : taken) {
            other.record(v);
        }
    }

    public synchronized void clear() {
        count = 0;
    }

    /** The nearest-rank percentile {@code p} in [0, 100], in milliseconds; NaN when nothing was recorded. */
    public synchronized double percentileMillis(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is outside [0, 100]");
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    /** {@code <prefix>_n=… <prefix>_median_ms=… <prefix>_p99_ms=… <prefix>_max_ms=…}, the CLI's key=value style. */
    public String summary(String prefix) {
        return String.format(Locale.ROOT, "%1$s_n=%2$d %1$s_median_ms=%3$.3f %1$s_p99_ms=%4$.3f %1$s_max_ms=%5$.3f",
                prefix, count(), medianMillis(), p99Millis(), maxMillis());
    }
}
