package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vaeexplorer.platform.AtomicFiles;

/**
 * What a command may write over. Never the file it reads ({@code decode --out c.vaex} would turn a checkpoint into a
 * PNG, {@code export} a resumable file into one that is not); an existing file that is not the run's own only with
 * {@code --force}. Both are usage errors, refused before anything is loaded.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    static void requireNotInput(Path out, Path input, String inputOption) {
        if (input != null && sameFile(out, input)) {
            throw new IllegalArgumentException("--out " + out + " is the file given as " + inputOption
                    + "; writing there would replace it: give another file");
        }
    }

    static void requireForceToReplace(Path out, boolean force) {
        if (!force && Files.exists(out)) {
            throw new IllegalArgumentException("--out " + out + " already exists; give --force to replace it, or"
                    + " another file");
        }
    }

    /**
     * Removes what saves killed mid-write left in {@code out}'s folder ({@code .NAME.PID.*.partial} of processes
     * that have ended), at start-up rather than at the next save, which may be an epoch away or never come.
     */
    static void removeLeftovers(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            AtomicFiles.removeStalePartials(dir);
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Unreadable: compared by name below.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
