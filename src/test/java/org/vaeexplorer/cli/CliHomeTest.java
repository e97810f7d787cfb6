package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, defect 15: the command line run with {@code HOME} set to a fresh folder keeps everything there. Java's
 * user.home comes from the password database; the launcher replaces it by $HOME before JavaCPP reads it.
 */
class CliHomeTest {
    @TempDir
    Path dir;

    @Test
    void withHomeSetTheNativeCacheAndTheAppsFoldersAreUnderItAndTheRealHomeIsUntouched() throws Exception {
        Path home = Files.createDirectories(dir.resolve("demo-home"));
        Path realHome = Path.of(System.getProperty("user.home"));
        Set<String> before = entries(realHome);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Launcher", "paths")
                .redirectErrorStream(false);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CONFIG_HOME");
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().remove("XDG_CACHE_HOME");
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + Files.readString(dir.resolve("err.txt")));
        assertTrue(out.contains("home=" + home + "\n"), out);
        assertTrue(out.contains("runs=" + home.resolve(".vae-explorer").resolve("runs") + "\n"), out);
        assertTrue(out.contains("native_cache=" + home.resolve(".javacpp").resolve("cache")), out);
        assertTrue(Files.isDirectory(home.resolve(".javacpp")), "JavaCPP's cache is made in the demo home");
        assertEquals(before, entries(realHome), "nothing new in the real home " + realHome);
    }

    private static Set<String> entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
