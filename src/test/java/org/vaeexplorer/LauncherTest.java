package org.vaeexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");
    private static final String[] ARGS = {"--open", "my model.vaex"};

    @Test
    void startWithoutTheFlagRelaunchesTheSameJvmWithItAndTheSameArguments() {
        List<String> command = Launcher.relaunchCommand(List.of("-Xmx1g", "-Dprism.order=sw"), null, JAVA,
                "target/vae-explorer.jar", List.of(), ARGS).orElseThrow();

        assertEquals(List.of("/usr/bin/java", "-XX:+ExplicitGCInvokesConcurrent", "-Xmx1g", "-Dprism.order=sw",
                "-cp", "target/vae-explorer.jar", "org.vaeexplorer.Launcher", "--open", "my model.vaex"), command);
    }

    @Test
    void noRelaunchWhenTheUserChoseEitherWay() {
        assertTrue(Launcher.relaunchCommand(List.of("-XX:+ExplicitGCInvokesConcurrent"), null, JAVA, "a.jar", List.of(), ARGS)
                .isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of("-XX:-ExplicitGCInvokesConcurrent"), null, JAVA, "a.jar", List.of(), ARGS)
                .isEmpty());
    }

    private static final List<String> CDS = List.of("-XX:SharedArchiveFile=/home/u/.cache/vae-explorer/cds/app-1.jsa",
            "-Xlog:cds=off");

    @Test
    void theClassArchiveIsPassedEvenWhenTheGcFlagIsAlreadySet() {
        List<String> command = Launcher.relaunchCommand(List.of("-XX:+ExplicitGCInvokesConcurrent"), null, JAVA,
                "a.jar", CDS, ARGS).orElseThrow();
        assertEquals(List.of("/usr/bin/java", CDS.get(0), CDS.get(1), "-XX:+ExplicitGCInvokesConcurrent", "-cp",
                "a.jar", "org.vaeexplorer.Launcher", "--open", "my model.vaex"), command);
    }

    @Test
    void aUsersOwnClassSharingChoiceIsLeftAlone() {
        assertTrue(Launcher.wantsArchive(List.of("-Xmx1g")));
        assertFalse(Launcher.wantsArchive(List.of("-Xshare:off")));
        assertFalse(Launcher.wantsArchive(List.of("-XX:SharedArchiveFile=/tmp/mine.jsa")));
        assertFalse(Launcher.wantsArchive(List.of("-XX:ArchiveClassesAtExit=/tmp/mine.jsa")));
        assertFalse(Launcher.wantsArchive(List.of("-Djdk.module.path=/m2/javafx-controls.jar")));
    }

    /** The packaged launcher passes the class path as a property and is no java binary: its runtime's java is. */
    @Test
    void thePackagedAppRestartsWithItsRuntimesJavaAndTheClassPathOnce(@TempDir Path runtime) throws Exception {
        Path javaBin = Files.createDirectories(runtime.resolve("bin")).resolve("java");
        Files.writeString(javaBin, "#!/bin/sh\n");
        Files.setPosixFilePermissions(javaBin, PosixFilePermissions.fromString("rwxr-xr-x"));
        Optional<String> binary = Launcher.javaBinary("/opt/vae-explorer/bin/vae-explorer", runtime.toString(),
                Optional.of("/opt/vae-explorer/bin/vae-explorer"));
        assertEquals(Optional.of(javaBin.toString()), binary);
        assertEquals(JAVA, Launcher.javaBinary(null, runtime.toString(), JAVA));
        assertTrue(Launcher.javaBinary("/opt/x", "/nonexistent", JAVA).isEmpty());

        List<String> command = Launcher.relaunchCommand(List.of("-Djava.class.path=/opt/a.jar", "-Xmx2g",
                "-XX:+ExplicitGCInvokesConcurrent"), null, binary, "/opt/a.jar", CDS, ARGS).orElseThrow();
        assertEquals(List.of(javaBin.toString(), CDS.get(0), CDS.get(1), "-Xmx2g", "-XX:+ExplicitGCInvokesConcurrent",
                "-cp", "/opt/a.jar", "org.vaeexplorer.Launcher", "--open", "my model.vaex"), command);
    }

    @Test
    void theRelaunchedProcessNeverRelaunchesAgain() {
        assertTrue(Launcher.relaunchCommand(List.of(), "1", JAVA, "a.jar", List.of(), ARGS).isEmpty());
    }

    @Test
    void noRelaunchWithAnAgentOrWithoutAJavaBinaryOrClassPath() {
        assertTrue(Launcher.relaunchCommand(List.of("-agentlib:jdwp=transport=dt_socket,address=5005"), null, JAVA,
                "a.jar", List.of(), ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of("-javaagent:jfr.jar"), null, JAVA, "a.jar", List.of(), ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of(), null, Optional.empty(), "a.jar", List.of(), ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of(), null, JAVA, "", List.of(), ARGS).isEmpty());
    }
}
