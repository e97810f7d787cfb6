package org.vaeexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.profiler.OpProfiler;
import org.nd4j.linalg.profiler.ProfilerConfig;

/**
 * Counts the native operations ND4J's executioner runs while it is open, by name: the graph's own ops and the ones
 * Java code runs around them (the optimiser's updates, copies, {@code toDoubleMatrix}'s row by row {@code dup}s),
 * which a SameDiff listener does not see. Each costs its Java bookkeeping besides its arithmetic, so the count per
 * training step is the figure to bring down (docs/performance.md). ND4J's profiler is one for the process: ops other
 * threads run meanwhile are counted too. For measuring, not for production runs.
 */
public final class OpCounter implements AutoCloseable {
    /** One line of the profiler's counter: "name  >>> [count] perc: [..]". */
    private static final Pattern LINE = Pattern.compile("^(\\S+)  >>> \\[(\\d+)]", Pattern.MULTILINE);
    private final ProfilerConfig before;
    private Map<String, Long> counts;

    private OpCounter() {
        OpProfiler profiler = OpProfiler.getInstance();
        before = profiler.getConfig();
        profiler.reset();
        profiler.setConfig(ProfilerConfig.builder().checkElapsedTime(true).checkWorkspaces(false).build());
    }

    /** Starts counting (and restarts the profiler's counts). */
    public static OpCounter start() {
        return new OpCounter();
    }

    /** Stops counting; the counts stay readable. */
    @Override
    public void close() {
        if (counts == null) {
            counts = read();
            OpProfiler.getInstance().setConfig(before);
        }
    }

    /** Ops by name, most frequent first (the counts so far while open). */
    public Map<String, Long> counts() {
        return counts != null ? counts : read();
    }

    public long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> read() {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = LINE.matcher(OpProfiler.getInstance().getOpCounter().asString());
        while (m.find()) {
            out.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        return out;
    }
}
