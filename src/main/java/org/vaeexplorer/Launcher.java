package org.vaeexplorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.platform.ClassDataArchive;
import org.vaeexplorer.platform.NativeInit;
import org.vaeexplorer.platform.UserFolders;
import org.vaeexplorer.ui.app.VaeExplorerApp;

/**
 * Entry point of the jar. A plain class (not an {@code Application}) so that JavaFX on the class path starts;
 * a first argument naming a subcommand runs headless, anything else opens the window.
 *
 * <p>The window needs {@value #CONCURRENT_GC}: the memory guard calls {@code System.gc()} during training, and
 * without the flag each call is a stop-the-world collection that froze the UI (longest pulse gap per window
 * 145-270 ms, against 66-96 ms with it). The packaged launcher and {@code mvn javafx:run} pass it; a plain
 * {@code java -jar} start of the window re-executes the same JVM with it, since the flag cannot be set at run time
 * (HotSpot reports it read-only). The same restart maps the user's class archive ({@link ClassDataArchive}), which
 * takes about a third off the time to the first decoded image. The installed package needs neither: its launcher
 * passes the flag and maps the class archive its post-install step recorded ({@code packaging/linux/
 * class-archive.sh}), so it starts in one JVM.
 */
public final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    static final String CONCURRENT_GC = "-XX:+ExplicitGCInvokesConcurrent";
    /** Set in the child's environment so that a child which still lacks the flag never relaunches again. */
    static final String RELAUNCHED_ENV = "VAE_EXPLORER_RELAUNCHED";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything reads user.home: JavaCPP's and JavaFX's caches follow it, and so does a restarted JVM.
        UserFolders.adoptHome(System.getenv());
        if (VaeExplorerCli.isSubcommand(args)) {
            Backend.configure();
            System.exit(VaeExplorerCli.run(args));
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        ClassDataArchive.unmapped(jvmArgs, System.getProperty("java.vm.info")).ifPresent(a -> LOG.info(
                "The class archive {} was not used (missing, or made for other files): the window starts slower", a));
        Optional<ClassDataArchive> archive = System.getenv(RELAUNCHED_ENV) == null && wantsArchive(jvmArgs)
                ? ClassDataArchive.forThisProcess() : Optional.empty();
        archive.ifPresent(ClassDataArchive::prepare);
        List<String> cds = archive.map(ClassDataArchive::jvmOptions).orElse(List.of());
        Optional<List<String>> relaunch = relaunchCommand(jvmArgs, System.getenv(RELAUNCHED_ENV),
                javaBinary(System.getProperty("jpackage.app-path"), System.getProperty("java.home"),
                        ProcessHandle.current().info().command()),
                System.getProperty("java.class.path"), cds, args);
        if (relaunch.isPresent()) {
            try {
                long started = System.nanoTime();
                int exit = runChild(relaunch.get());
                if (exit == JVM_DID_NOT_START && System.nanoTime() - started < 5_000_000_000L && !cds.isEmpty()) {
                    // The JVM refuses to record when it could not map the JDK's own archive this time (rare);
                    // the user gets the window all the same, without the archive.
                    LOG.warn("The window's JVM did not start with the class archive options; starting without them");
                    archive.ifPresent(a -> a.publish(exit));
                    System.exit(runChild(relaunch.get().stream().filter(o -> !cds.contains(o)).toList()));
                }
                archive.ifPresent(a -> a.publish(exit));
                System.exit(exit);
            } catch (IOException e) {
                LOG.warn("Could not restart with {} ({}); the window may pause while training", CONCURRENT_GC,
                        e.getMessage());
            }
        }
        Backend.configure();
        NativeInit.loadLibrariesNow();
        VaeExplorerApp.launchGui(args);
    }

    /** What the java launcher returns when the JVM cannot be created (a usage error of the app returns 2). */
    private static final int JVM_DID_NOT_START = 1;

    /** Whether the user left class sharing to us (no archive option, no {@code -Xshare:off}, no module path). */
    static boolean wantsArchive(List<String> jvmArgs) {
        // A module path (mvn javafx:run) reaches the JVM as a property a second JVM may not be given.
        return jvmArgs.stream().noneMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
                || a.contains("ArchiveClassesAtExit") || a.contains("DumpLoadedClassList")
                || a.startsWith("-Djdk.module."));
    }

    /**
     * The java binary of this JVM. Under the packaged launcher (jpackage) the process is the launcher itself, which
     * would read its .cfg again and take JVM options for the app's: its runtime's {@code bin/java} is used instead.
     */
    static Optional<String> javaBinary(String packagedLauncher, String javaHome, Optional<String> processCommand) {
        if (packagedLauncher == null) {
            return processCommand;
        }
        Path java = Path.of(javaHome, "bin", "java");
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }

    /**
     * The command that re-executes this JVM with {@value #CONCURRENT_GC} and the class archive's options
     * {@code cds}, or empty when neither is wanted: the user set the flag either way and no archive is used, this
     * already is the restarted process, the java binary or class path is unknown, or an agent (debugger, profiler)
     * is attached, which a second JVM would collide with.
     */
    static Optional<List<String>> relaunchCommand(List<String> jvmArgs, String relaunchedEnv,
                                                  Optional<String> javaBinary, String classPath, List<String> cds,
                                                  String[] args) {
        boolean gcSet = jvmArgs.stream().anyMatch(a -> a.contains("ExplicitGCInvokesConcurrent"));
        if (relaunchedEnv != null || gcSet && cds.isEmpty()) {
            return Optional.empty();
        }
        if (hasAgent(jvmArgs)) {
            LOG.info("An agent is attached: not restarting with {}; add it yourself", CONCURRENT_GC);
            return Optional.empty();
        }
        if (javaBinary.isEmpty() || classPath == null || classPath.isEmpty()) {
            LOG.info("Java binary or class path unknown: not restarting with {}", CONCURRENT_GC);
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary.get());
        if (!gcSet) {
            command.add(CONCURRENT_GC);
        }
        command.addAll(cds);
        // The class path goes once, as -cp (the packaged launcher passes it as a property).
        jvmArgs.stream().filter(a -> !a.startsWith("-Djava.class.path=")).forEach(command::add);
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    private static boolean hasAgent(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.startsWith("-agentlib") || a.startsWith("-agentpath")
                || a.startsWith("-javaagent") || a.startsWith("-Xrunjdwp") || a.startsWith("-Xdebug"));
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
