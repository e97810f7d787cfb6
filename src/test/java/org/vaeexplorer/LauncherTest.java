package org.vaeexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");
    private static final String[] ARGS = {"--open", "my model.vaex"};

    @Test
    void startWithoutTheFlagRelaunchesTheSameJvmWithItAndTheSameArguments() {
        List<String> command = Launcher.relaunchCommand(List.of("-Xmx1g", "-Dprism.order=sw"), null, JAVA,
                "target/vae-explorer.jar", ARGS).orElseThrow();

        assertEquals(List.of("/usr/bin/java", "-XX:+ExplicitGCInvokesConcurrent", "-Xmx1g", "-Dprism.order=sw",
                "-cp", "target/vae-explorer.jar", "org.vaeexplorer.Launcher", "--open", "my model.vaex"), command);
    }

    @Test
    void noRelaunchWhenTheUserChoseEitherWay() {
        assertTrue(Launcher.relaunchCommand(List.of("-XX:+ExplicitGCInvokesConcurrent"), null, JAVA, "a.jar", ARGS)
                .isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of("-XX:-ExplicitGCInvokesConcurrent"), null, JAVA, "a.jar", ARGS)
                .isEmpty());
    }

    @Test
    void theRelaunchedProcessNeverRelaunchesAgain() {
        assertTrue(Launcher.relaunchCommand(List.of(), "1", JAVA, "a.jar", ARGS).isEmpty());
    }

    @Test
    void noRelaunchWithAnAgentOrWithoutAJavaBinaryOrClassPath() {
        assertTrue(Launcher.relaunchCommand(List.of("-agentlib:jdwp=transport=dt_socket,address=5005"), null, JAVA,
                "a.jar", ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of("-javaagent:jfr.jar"), null, JAVA, "a.jar", ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of(), null, Optional.empty(), "a.jar", ARGS).isEmpty());
        assertTrue(Launcher.relaunchCommand(List.of(), null, JAVA, "", ARGS).isEmpty());
    }
}
