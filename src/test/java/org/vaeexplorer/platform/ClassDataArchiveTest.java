package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    private static final String JVM = "17.0.15|/usr/lib/jvm/java-17";
    @TempDir
    Path dir;

    private ClassDataArchive archive(Path jar, long pid) {
        return ClassDataArchive.of(null, dir.resolve("cache").toString(), "/nowhere", JVM, jar.toString(), pid)
                .orElseThrow();
    }

    private static Path recording(ClassDataArchive a) {
        String option = a.jvmOptions().get(0);
        assertTrue(option.startsWith("-XX:ArchiveClassesAtExit="), option);
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    @Test
    void theFirstStartRecordsAndLaterStartsMapTheArchiveOnceItExitedCleanly() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        ClassDataArchive first = archive(jar, 41);
        first.prepare();
        Path pending = recording(first);

        // What the JVM writes at exit; a failed run's recording is thrown away.
        Files.writeString(pending, "archive");
        first.publish(1);
        assertFalse(Files.exists(pending));
        recording(archive(jar, 42));

        Files.writeString(pending, "archive");
        first.publish(0);
        assertEquals("-XX:SharedArchiveFile=" + first.archive(), archive(jar, 43).jvmOptions().get(0));
        assertTrue(first.jvmOptions().containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
    }

    /** The JVM refuses an archive made from other jars: a rebuilt jar or a changed dependency gets a new name. */
    @Test
    void aRebuiltJarOrAChangedDependencyGetsANewArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path dep = Files.writeString(lib.resolve("dep.jar"), "dep");
        String before = ClassDataArchive.key(JVM, jar.toString());
        assertEquals(before, ClassDataArchive.key(JVM, jar.toString()));
        Files.setLastModifiedTime(dep, FileTime.fromMillis(Files.getLastModifiedTime(dep).toMillis() + 5000));
        String depChanged = ClassDataArchive.key(JVM, jar.toString());
        assertNotEquals(before, depChanged);
        Files.writeString(jar, "jar, rebuilt");
        assertNotEquals(depChanged, ClassDataArchive.key(JVM, jar.toString()));
        assertNotEquals(before, ClassDataArchive.key("21.0.1|/opt/jdk21", jar.toString()));
    }

    @Test
    void publishingANewArchiveRemovesTheOlderBuildsOne() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        ClassDataArchive first = archive(jar, 41);
        first.prepare();
        Path older = Files.writeString(first.archive().resolveSibling("app-0123456789abcdef.jsa"), "old");
        Files.writeString(recording(first), "archive");
        first.publish(0);
        assertTrue(Files.exists(first.archive()));
        assertFalse(Files.exists(older));
    }

    @Test
    void aClassFolderOnTheClassPathMeansNoArchive() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        assertTrue(ClassDataArchive.of(null, "/tmp/c", "/home/u", JVM, jar + java.io.File.pathSeparator + classes, 1)
                .isEmpty());
    }

    @Test
    void switchedOffOrWithoutACacheFolderThereIsNone() {
        assertTrue(ClassDataArchive.of("off", "/tmp/c", "/home/u", JVM, "a.jar", 1).isEmpty());
        assertTrue(ClassDataArchive.of(null, null, null, JVM, "a.jar", 1).isEmpty());
        assertEquals(Path.of("/home/u/.cache/vae-explorer/cds"),
                ClassDataArchive.of(null, "", "/home/u", JVM, "a.jar", 1).orElseThrow().archive().getParent());
    }

    @Test
    void anArchiveOptionTheJvmDidNotMapIsReportedAndAMappedOneIsNot() {
        List<String> installed = List.of("-Xmx2g", "-XX:SharedArchiveFile=/var/cache/vae-explorer/classes.jsa");
        assertEquals(Optional.of("/var/cache/vae-explorer/classes.jsa"),
                ClassDataArchive.unmapped(installed, "mixed mode"));
        assertEquals(Optional.empty(), ClassDataArchive.unmapped(installed, "mixed mode, sharing"));
        assertEquals(Optional.empty(), ClassDataArchive.unmapped(List.of("-Xmx2g"), "mixed mode"));
    }
}
