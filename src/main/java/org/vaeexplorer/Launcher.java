package org.vaeexplorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.ui.app.VaeExplorerApp;

/**
 * Entry point of the jar. A plain class (not an {@code Application}) so that JavaFX on the class path starts;
 * a first argument naming a subcommand runs headless, anything else opens the window.
 *
 * <p>The window needs {@value #CONCURRENT_GC}: the memory guard calls {@code System.gc()} during training, and
 * without the flag each call is a stop-the-world collection that froze the UI (longest pulse gap per window
 * 145-270 ms, against 66-96 ms with it). The packaged launcher and {@code mvn javafx:run} pass it; a plain
 * {@code java -jar} start of the window re-executes the same JVM with it, since the flag cannot be set at run time
 * (HotSpot reports it read-only).
 */
public final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    static final String CONCURRENT_GC = "-XX:+ExplicitGCInvokesConcurrent";
    /** Set in the child's environment so that a child which still lacks the flag never relaunches again. */
    static final String RELAUNCHED_ENV = "VAE_EXPLORER_RELAUNCHED";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (VaeExplorerCli.isSubcommand(args)) {
            Backend.configure();
            System.exit(VaeExplorerCli.run(args));
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> relaunch = relaunchCommand(jvmArgs, System.getenv(RELAUNCHED_ENV),
                ProcessHandle.current().info().command(), System.getProperty("java.class.path"), args);
        if (relaunch.isPresent()) {
            try {
                System.exit(runChild(relaunch.get()));
            } catch (IOException e) {
                LOG.warn("Could not restart with {} ({}); the window may pause while training", CONCURRENT_GC,
                        e.getMessage());
            }
        }
        Backend.configure();
        VaeExplorerApp.launchGui(args);
    }

    /**
     * The command that re-executes this JVM with {@value #CONCURRENT_GC}, or empty when no restart is wanted: the
     * user set the flag either way, this already is the restarted process, the java binary or class path is
     * unknown, or an agent (debugger, profiler) is attached, which a second JVM would collide with.
     */
    static Optional<List<String>> relaunchCommand(List<String> jvmArgs, String relaunchedEnv,
                                                  Optional<String> javaBinary, String classPath, String[] args) {
        if (relaunchedEnv != null || jvmArgs.stream().anyMatch(a -> a.contains("ExplicitGCInvokesConcurrent"))) {
            return Optional.empty();
        }
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-agentlib") || a.startsWith("-agentpath")
                || a.startsWith("-javaagent") || a.startsWith("-Xrunjdwp") || a.startsWith("-Xdebug"))) {
            LOG.info("An agent is attached: not restarting with {}; add it yourself", CONCURRENT_GC);
            return Optional.empty();
        }
        if (javaBinary.isEmpty() || classPath == null || classPath.isEmpty()) {
            LOG.info("Java binary or class path unknown: not restarting with {}", CONCURRENT_GC);
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary.get());
        command.add(CONCURRENT_GC);
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    private static int runChild(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED_ENV, "1");
        Process child = builder.start();
        // A SIGTERM/Ctrl+C to this process must reach the window's process too.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-relaunched-window"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                LOG.warn("Interrupted while waiting for the window's process; still waiting", e);
            }
        }
    }
}
