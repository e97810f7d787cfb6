package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    /** The disk fills after {@code room} bytes, as a real full disk refuses a write (ENOSPC). */
    private static AtomicFiles diskFullAfter(int room) {
        return new AtomicFiles(file -> new FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        });
    }

    @Test
    void aFullDiskNamesTheFileKeepsTheOldContentAndLeavesNothingBehind() throws Exception {
        Path target = Files.write(dir.resolve("picture.png"), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class,
                () -> diskFullAfter(10).replace(target, out -> out.write(new byte[100])));
        assertTrue(e.getMessage().contains("picture.png") && e.getMessage().contains("No space left on device"),
                e.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target), "the old file is untouched");
        Path fresh = dir.resolve("new.png");
        assertThrows(IOException.class, () -> diskFullAfter(0).replace(fresh, out -> out.write(new byte[100])));
        assertTrue(!Files.exists(fresh), "no empty file is left where the new one was to go");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left");
        }
    }

    @Test
    void aReadOnlyFolderNamesTheFileAskedForNotTheTemporaryOne() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeTrue(!Files.isWritable(locked), "root may write anywhere");
            IOException e = assertThrows(IOException.class,
                    () -> AtomicFiles.write(locked.resolve("out.vaex"), out -> out.write(1)));
            assertTrue(e.getMessage().startsWith("cannot write " + locked.resolve("out.vaex") + ": permission denied"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains(".partial"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theRunsFolderAndEachRunFolderLoseOnlyThePartialsOfEndedProcesses() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs").resolve("20260101-120000-vae"));
        // A process id above Linux's limit (2^22): its process has certainly ended.
        Path stale = Files.write(run.resolve(".epoch-3.vaex.99999999.17.partial"), new byte[64]);
        Path live = Files.write(run.resolve(".epoch-4.vaex." + ProcessHandle.current().pid() + ".5.partial"),
                new byte[64]);
        Path kept = Files.write(run.resolve("epoch-2.vaex"), new byte[64]);
        AtomicFiles.removeStalePartialsIn(dir.resolve("runs"));
        assertTrue(!Files.exists(stale) && Files.exists(live) && Files.exists(kept));
    }
}
