package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partial files of a save killed mid-write go when the next command that writes into the folder starts. */
class CliLeftoversTest {
    @TempDir
    Path dir;

    @Test
    void eachWritingCommandRemovesStalePartialsAtStartUpEvenWhenItThenFails() throws Exception {
        String missing = dir.resolve("missing.vaex").toString();
        String[][] commands = {
            {"train", "--model", "vae", "--dataset", dir.resolve("no-such-data").toString(), "--epochs", "1",
                "--out", dir.resolve("o.vaex").toString()},
            {"export", "--checkpoint", missing, "--out", dir.resolve("e.vaex").toString()},
            {"decode", "--checkpoint", missing, "--out", dir.resolve("d.png").toString()}};
        for (String[] args : commands) {
            // A process id above Linux's limit (2^22): its process has certainly ended.
            Path stale = Files.write(dir.resolve(".o.vaex.99999999.4242.partial"), new byte[1024]);
            Path live = Files.write(dir.resolve(".o.vaex." + ProcessHandle.current().pid() + ".7.partial"),
                    new byte[16]);
            CliRun.error(1, args);
            assertFalse(Files.exists(stale), args[0] + " removes a partial whose process has ended");
            assertTrue(Files.exists(live), args[0] + " leaves a partial being written by a live process");
        }
    }
}
