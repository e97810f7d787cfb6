package org.vaeexplorer.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;

/**
 * The fuzz test's child process: opens each case file as the app does (the Models page's quick look, then a full
 * load, then a decode) and reports one line per case on stdout, so that a case that kills the JVM (a native crash)
 * or hangs is seen by the parent, which starts a new child after it. Arguments: the folder of case files, the
 * list file (one file name per line, with whether it must be refused), the index to start at.
 *
 * <p>Protocol: {@code @@start i} before case i (also on stderr, so what the case printed there is attributed to
 * it), then {@code @@done i <tab> outcome <tab> peak RSS in kB <tab> ms}; {@code @@end} after the last.
 */
public final class CheckpointFuzzChild {
    private CheckpointFuzzChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> list = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        CheckpointStore store = new CheckpointStore();
        for (int i = Integer.parseInt(args[2]); i < list.size(); i++) {
            String[] line = list.get(i).split("\t");
            Path file = dir.resolve(line[0]);
            boolean mustRefuse = Boolean.parseBoolean(line[1]);
            System.err.println("@@start " + i);
            System.err.flush();
            System.out.println("@@start " + i);
            System.out.flush();
            resetPeakRss();
            long t0 = System.nanoTime();
            String outcome = outcome(store, file, mustRefuse);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("@@done " + i + "\t" + outcome + "\t" + peakRssKb() + "\t" + ms);
            System.out.flush();
        }
        System.out.println("@@end");
        System.out.flush();
    }

    /** "refused", "accepted", or "bad: why". */
    static String outcome(CheckpointStore store, Path file, boolean mustRefuse) {
        try {
            store.peekManifest(file);
        } catch (CheckpointException e) {
            if (!clear(e.getMessage(), file)) {
                return "bad: unclear refusal of the quick look '" + oneLine(e.getMessage()) + "'";
            }
        } catch (Throwable t) {
            return "bad: quick look: " + oneLine(String.valueOf(t));
        }
        try {
            Checkpoint c = store.load(file);
            store.readManifest(file);
            ModelSpec s = c.model().spec();
            float[] pixels = FlatCodes.decode(c.model(), new float[s.latentDim()], new float[s.categoricalWidth()],
                    s.conditional() ? VaeModel.oneHot(new int[] {0}, s.numClasses()) : new float[0], 1);
            if (pixels.length != s.pixels()) {
                return "bad: loaded, but decodes " + pixels.length + " pixels for a " + s.pixels() + "-pixel model";
            }
            for (float p : pixels) {
                if (!(p >= 0 && p <= 1)) {
                    return "bad: loaded, but decodes a pixel of " + p;
                }
            }
            return mustRefuse ? "bad: accepted (it must be refused)" : "accepted";
        } catch (CheckpointException e) {
            return clear(e.getMessage(), file) ? "refused" : "bad: unclear refusal '" + oneLine(e.getMessage()) + "'";
        } catch (Throwable t) {
            return "bad: " + oneLine(String.valueOf(t));
        }
    }

    /** One line, naming the file, without exception names or "(null)". */
    static boolean clear(String m, Path file) {
        return m != null && !m.contains("\n") && m.contains(file.getFileName().toString()) && !m.contains("(null)")
                && !m.contains("Exception") && m.length() <= 400;
    }

    private static String oneLine(String s) {
        String t = String.valueOf(s).replaceAll("[\\r\\n\\t]+", " ");
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /** Linux: writing 5 to clear_refs resets the peak resident size (VmHWM) of this process. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not allowed: the peak then covers the cases before too (an upper bound).
        }
    }

    private static long peakRssKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
