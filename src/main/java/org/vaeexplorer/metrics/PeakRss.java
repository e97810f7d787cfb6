package org.vaeexplorer.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process's peak resident set size, as Linux counts it ({@code VmHWM} in {@code /proc/<pid>/status}). The
 * benchmark resets this process's peak before each model so every model gets its own figure.
 */
public final class PeakRss {
    private static final Logger LOG = LoggerFactory.getLogger(PeakRss.class);

    private PeakRss() {
    }

    /** This process's peak resident size in MB, or -1 where {@code /proc} does not say. */
    public static long selfMb() {
        return ofMb(Path.of("/proc/self/status"));
    }

    /** Process {@code pid}'s peak resident size in MB, or -1 (not Linux, or the process is gone). */
    public static long ofPidMb(long pid) {
        return ofMb(Path.of("/proc", Long.toString(pid), "status"));
    }

    /**
     * Starts this process's peak over from its current resident size (writing 5 to {@code clear_refs}, Linux 4.0+);
     * returns whether it could.
     */
    public static boolean resetSelf() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            LOG.info("could not reset the peak resident size ({}); peaks then cover the whole process", e.toString());
            return false;
        }
    }

    private static long ofMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    // "VmHWM:   123456 kB"
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("no peak resident size in {} ({})", status, e.toString());
        }
        return -1;
    }
}
