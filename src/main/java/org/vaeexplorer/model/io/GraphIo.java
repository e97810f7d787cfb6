package org.vaeexplorer.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import org.nd4j.autodiff.execution.conf.ExecutionMode;
import org.nd4j.autodiff.execution.conf.ExecutorConfiguration;
import org.nd4j.autodiff.execution.conf.OutputMode;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;

/** SameDiff's graph to and from bytes, and its gradient graph, without the side effects of SameDiff's own calls. */
public final class GraphIo {
    private GraphIo() {
    }

    /**
     * SameDiff's own {@code load(InputStream)} and {@code save(OutputStream)} go through a temporary file in the
     * system's temp folder, which other users may read and which a kill leaves behind; the flat buffers are built
     * and parsed in memory instead (the same bytes: {@code save(File)} writes {@code asFlatBuffers}), with the
     * optimiser state. SameDiff hands the graph's arrays to native code as their headers say: only for bytes this
     * process wrote itself (a snapshot to roll back to); a file goes through {@link SavedModelReader}.
     */
    public static SameDiff fromBytes(byte[] saved) throws IOException {
        return SameDiff.fromFlatBuffers(ByteBuffer.wrap(saved), true);
    }

    public static byte[] toBytes(SameDiff sd) {
        return toBytes(sd, true);
    }

    /** Without the optimiser's state the bytes are about a third: enough to explore, not to continue training. */
    public static byte[] toBytes(SameDiff sd, boolean withOptimizerState) {
        return toBytes(sd, withOptimizerState, 0);
    }

    /**
     * @param graphId written in the graph's id field (SameDiff's own save writes 0); the configuration is the one
     *                {@code asFlatBuffers(boolean)} uses
     */
    public static byte[] toBytes(SameDiff sd, boolean withOptimizerState, long graphId) {
        ExecutorConfiguration configuration = ExecutorConfiguration.builder().outputMode(OutputMode.VARIABLE_SPACE)
                .executionMode(ExecutionMode.SEQUENTIAL).profilingMode(OpExecutioner.ProfilingMode.DISABLED)
                .gatherTimings(true).build();
        ByteBuffer buffer = sd.asFlatBuffers(graphId, configuration, withOptimizerState);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /**
     * SameDiff prints "Added differentiated op ..." with {@code System.out.println} for every op while it builds
     * the gradient graph, which would drown the command line's key=value output. Built with stdout muted for just
     * that call (a lock keeps two models from swapping the stream at once).
     */
    public static void createGradientsQuietly(SameDiff graph) {
        if (graph.getTrainingConfig() == null) {
            return;
        }
        synchronized (GraphIo.class) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                graph.createGradFunction();
            } finally {
                System.setOut(out);
            }
        }
    }
}
