package org.vaeexplorer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.vaeexplorer.metrics.PeakRss;
import org.vaeexplorer.platform.Backend;

/**
 * Runs the benchmark's reference implementation (e.g. the PyTorch script with the same nets) for one model and
 * reads its per-epoch speed. The command is given by the user ({@code --reference}), never looked up: leading
 * {@code NAME=VALUE} words become its environment (by default it gets this process's thread count and OpenMP
 * wait policy), the rest its program and arguments, to which
 * {@code <mlp|conv> <data dir> epochs=<n> threads=<t>} are appended. Each epoch's line must contain
 * {@code samples_per_s=<number>}; lines with {@code RESULT} are the summary and are not counted.
 */
final class ReferenceRun {
    private static final long POLL_MILLIS = 200;

    /**
     * Samples per second of each epoch in order, the last epoch's test NELBO (NaN when not printed) and the
     * process's peak resident size (-1 when unknown).
     */
    record Result(List<Double> epochSpeeds, double testNelbo, long peakRssMb) {
    }

    private ReferenceRun() {
    }

    static Result run(String command, String model, Path dataDir, int epochs, int threads)
            throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
        ProcessBuilder builder = new ProcessBuilder();
        Map<String, String> env = builder.environment();
        while (!words.isEmpty() && words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            String w = words.remove(0);
            env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("--reference names no program: " + command);
        }
        // The same thread count and OpenMP wait policy as this process unless the command says otherwise: a ratio
        // of like with like. With the default (spinning) policy on a loaded machine, the reference's threads burn
        // their time slices waiting (PyTorch's conv VAE ran at 27 samples/s at a load of 20, about 1,000 quiet).
        env.putIfAbsent("OMP_NUM_THREADS", Integer.toString(threads));
        String waitPolicy = Backend.nativeEnv("OMP_WAIT_POLICY");
        if (waitPolicy != null) {
            env.putIfAbsent("OMP_WAIT_POLICY", waitPolicy);
        }
        words.addAll(List.of(model, dataDir.toString(), "epochs=" + epochs, "threads=" + threads));
        Process process = builder.command(words).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicLong peak = new AtomicLong(-1);
        // VmHWM only grows, so the last reading before the process exits is its peak (to within one poll).
        Thread poller = new Thread(() -> {
            while (process.isAlive()) {
                long mb = PeakRss.ofPidMb(process.pid());
                if (mb > 0) {
                    peak.set(mb);
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "reference-rss");
        poller.setDaemon(true);
        poller.start();
        List<Double> speeds = new ArrayList<>();
        double testNelbo = Double.NaN;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Double speed = valueOf(line, "samples_per_s=");
                if (speed != null) {
                    speeds.add(speed);
                    Double nelbo = valueOf(line, "test_nelbo=");
                    testNelbo = nelbo == null ? Double.NaN : nelbo;
                }
            }
        }
        int exit = process.waitFor();
        poller.interrupt();
        if (exit != 0) {
            throw new IOException("the reference command exited with status " + exit + ": " + String.join(" ", words));
        }
        if (speeds.isEmpty()) {
            throw new IOException("the reference command printed no samples_per_s= line: " + String.join(" ", words));
        }
        return new Result(List.copyOf(speeds), testNelbo, peak.get());
    }

    /** The number after {@code key} (e.g. {@code samples_per_s=}) in an epoch line, or null. */
    static Double valueOf(String line, String key) {
        if (line.startsWith("RESULT")) {
            return null;
        }
        for (String word : line.trim().split("\\s+")) {
            if (word.startsWith(key)) {
                try {
                    return Double.parseDouble(word.substring(key.length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
