package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ResealedCheckpoint;
import org.vaeexplorer.checkpoint.ShippedModels;

/** A refused file is one line on the console; its stack trace is for the log at debug level, never the user. */
class CliQuietRefusalTest {
    @TempDir
    Path dir;

    @Test
    void weightsThatCannotBeParsedGiveOneLineAndNoTraceOnEitherStream() throws Exception {
        Path bad = ResealedCheckpoint.withHalfTheWeights(ShippedModels.defaultModel().orElseThrow(),
                dir.resolve("resealed.vaex"));
        String png = dir.resolve("x.png").toString();
        String[][] commands = {{"info", "--checkpoint", bad.toString()}, {"eval", "--checkpoint", bad.toString()},
                {"decode", "--checkpoint", bad.toString(), "--out", png},
                {"export", "--checkpoint", bad.toString(), "--out", dir.resolve("e.vaex").toString()}};
        for (String[] args : commands) {
            CliRun.Captured c = CliRun.captured(args);
            assertEquals(1, c.code(), String.join(" ", args) + " -> " + c.err());
            assertEquals(1, c.err().strip().lines().count(), c.err());
            assertTrue(c.err().contains("resealed.vaex"), c.err());
            for (String stream : new String[] {c.out(), c.err()}) {
                assertFalse(stream.contains("\tat ") || stream.contains("Exception"), args[0] + ": " + stream);
            }
        }
    }
}
