package org.vaeexplorer.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A per-user class-data-sharing archive for the window's JVM (JEP 350, dynamic CDS): the first start records the
 * classes it loaded when it exits, every later start maps them instead of loading, verifying and linking ND4J's,
 * JavaFX's and the app's classes one by one. Measured with the jar under Xvfb (three alternating pairs, the
 * machine loaded with other work): first decoded image 25-34 s with the archive against 37-52 s without, about
 * 30% less; user CPU 11.8-15.6 s against 15.7-20.0 s.
 *
 * <p>JDK 17 checks an archive's class path by absolute path, size and modification time and cannot move it (JDK
 * 19's {@code -XX:+AutoCreateSharedArchive} does all of this itself), so the archive is made on the user's
 * machine, under the user's cache folder, named by a hash of the JVM and of every jar it was made from: a new
 * build or JDK gets a new archive instead of one the JVM would refuse. {@value #SWITCH_ENV}{@code =off} turns it off.
 */
public final class ClassDataArchive {
    public static final String SWITCH_ENV = "VAE_EXPLORER_CDS";
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    /** The JVM's own CDS messages (a class it skipped, a changed jar) are not the user's concern. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private final Path archive;
    private final Path pending;

    ClassDataArchive(Path archive, long pid) {
        this.archive = archive;
        this.pending = archive.resolveSibling(archive.getFileName() + "." + pid + ".tmp");
    }

    /**
     * The archive for this JVM and class path, or empty when switched off, when there is no cache folder, or when
     * this JVM shares no classes itself: an application archive extends the JDK's own, and a JVM asked to record
     * one without it refuses to start ("DynamicDumpSharedSpaces is unsupported when base CDS archive is not loaded",
     * e.g. the packaged app image, whose jlinked runtime is made without {@code --generate-cds-archive}).
     */
    public static Optional<ClassDataArchive> forThisProcess() {
        if (!String.valueOf(System.getProperty("java.vm.info")).contains("sharing")) {
            return Optional.empty();
        }
        return of(System.getenv(SWITCH_ENV), System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"),
                System.getProperty("java.vm.version") + "|" + System.getProperty("java.home"),
                System.getProperty("java.class.path"), ProcessHandle.current().pid());
    }

    /**
     * The archive named by a {@code -XX:SharedArchiveFile} option that this JVM did not map, if any: the installed
     * package's launcher names the archive its post-install step recorded, and a JVM that finds it missing or made
     * for other files starts without it, silently and slower. {@code vmInfo} is {@code java.vm.info}, which says
     * "sharing" when an archive is mapped.
     */
    public static Optional<String> unmapped(List<String> jvmArgs, String vmInfo) {
        if (String.valueOf(vmInfo).contains("sharing")) {
            return Optional.empty();
        }
        return jvmArgs.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile="))
                .map(a -> a.substring("-XX:SharedArchiveFile=".length())).reduce((first, last) -> last);
    }

    static Optional<ClassDataArchive> of(String switchEnv, String xdgCache, String userHome, String jvm,
                                         String classPath, long pid) {
        if ("off".equalsIgnoreCase(switchEnv) || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        // CDS archives only jars: a class folder (a development run, target/classes) makes the recording fail.
        if (java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .anyMatch(e -> Files.isDirectory(Path.of(e)))) {
            return Optional.empty();
        }
        Path cache = xdgCache != null && !xdgCache.isBlank() ? Path.of(xdgCache)
                : userHome != null ? Path.of(userHome, ".cache") : null;
        if (cache == null) {
            return Optional.empty();
        }
        String key = key(jvm, classPath);
        return Optional.of(new ClassDataArchive(cache.resolve("vae-explorer").resolve("cds")
                .resolve("app-" + key + ".jsa"), pid));
    }

    /** Options for the next JVM: map the archive when it exists, else record one when that JVM exits. */
    public List<String> jvmOptions() {
        String option = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + pending;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(option), QUIET.stream()).toList();
    }

    /**
     * Called once the JVM started with {@link #jvmOptions} has exited. Only a clean exit's recording is kept, and it
     * is moved into place in one step, so a start at the same moment never maps half a file; archives of older
     * builds are removed.
     */
    public void publish(int exitCode) {
        try {
            if (!Files.isRegularFile(pending)) {
                return;
            }
            if (exitCode != 0) {
                Files.delete(pending);
                return;
            }
            Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOthers();
            LOG.info("Recorded the classes of this start in {}: later starts are faster", archive);
        } catch (IOException e) {
            LOG.warn("Could not keep the class archive {} ({}); the next start records it again", archive,
                    e.getMessage());
        }
    }

    /** Creates the folder the JVM writes the recording into (it does not create folders itself). */
    public void prepare() {
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            LOG.warn("Could not create {} ({}); starting without a class archive", archive.getParent(),
                    e.getMessage());
        }
    }

    Path archive() {
        return archive;
    }

    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), "app-*.jsa")) {
            for (Path f : files) {
                if (!f.equals(archive)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * A hash of the JVM and, for each class-path entry and each jar in a {@code lib} folder beside it (where the
     * jar's manifest finds its dependencies), the absolute path, size and modification time the JVM will check.
     */
    static String key(String jvm, String classPath) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha.update(jvm.getBytes(StandardCharsets.UTF_8));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            describe(sha, p);
            Path lib = p.getParent() == null ? null : p.getParent().resolve("lib");
            if (lib != null && Files.isDirectory(lib)) {
                try (var jars = Files.list(lib)) {
                    jars.sorted().forEach(j -> describe(sha, j));
                } catch (IOException e) {
                    LOG.debug("could not list {}", lib, e);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void describe(MessageDigest sha, Path p) {
        sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            sha.update((a.size() + "|" + a.lastModifiedTime().toMillis() + ";").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            sha.update("missing;".getBytes(StandardCharsets.UTF_8));
        }
    }
}
