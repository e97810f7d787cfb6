package org.vaeexplorer.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses ND4J's native build before ND4J loads. The oneDNN/AVX2 build was measured about 5x faster on the conv
 * VAE than the generic one; but on a CPU without AVX2, ND4J calls {@code System.exit(1)} from its feature check
 * with no exception to catch, so the CPU's flags are read first and the generic build forced when AVX2 is missing.
 *
 * <p>It also sets {@code OMP_WAIT_POLICY=PASSIVE} in the process environment (libc {@code setenv}, read by OpenMP
 * when ND4J's library loads): with the default spinning policy, ND4J's and OpenBLAS's threads fought over the two
 * cores and the MLP trained at 900-6,000 samples/s instead of about 8,600.
 *
 * <p>And it sets JavaCPP's {@code maxbytes}, of which SameDiff keeps a quarter as its array cache, to 1 GB instead
 * of the JVM's maximum heap (6 GB on a 24 GB machine). The rest of the memory bound is the trainer's
 * {@code NativeMemoryReclaimer}. Pinning glibc's mmap threshold was tried and halved the conv VAE's speed.
 */
public final class Backend {
    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

    private Backend() {
    }

    /** Call before any ND4J class is used; an explicit {@code -D} choice of the user is kept. */
    public static void configure() {
        if (System.getProperty(EXTENSION_PROPERTY) == null && !cpuHasAvx2()) {
            System.setProperty(EXTENSION_PROPERTY, "");
        }
        setEnvIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
        String threads = System.getProperty(THREADS_PROPERTY);
        if (threads != null && threads.matches("[1-9][0-9]*")) {
            setEnvIfAbsent("OMP_NUM_THREADS", threads);
        }
        boundNativeMemory();
    }

    /** {@code -Dvae.threads=N}: ND4J's OpenMP threads (default: one per core). */
    public static final String THREADS_PROPERTY = "vae.threads";

    static final String MAX_BYTES_PROPERTY = "org.bytedeco.javacpp.maxbytes";
    static final String MAX_PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxphysicalbytes";

    private static void boundNativeMemory() {
        if (System.getProperty(MAX_BYTES_PROPERTY) == null) {
            System.setProperty(MAX_BYTES_PROPERTY, "1g");
        }
        if (System.getProperty(MAX_PHYSICAL_BYTES_PROPERTY) == null) {
            // 0 = no hard cap: JavaCPP would otherwise throw OutOfMemoryError at 2 x maxbytes of resident memory.
            System.setProperty(MAX_PHYSICAL_BYTES_PROPERTY, "0");
        }
    }

    /** What OpenMP will see; {@link System#getenv} caches the environment at start-up and would not. */
    public static String nativeEnv(String name) {
        try {
            return LibC.INSTANCE.getenv(name);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.debug("no libc to ask for {} ({}); reading the start-up environment", name, e.toString());
            return System.getenv(name);
        }
    }

    private static void setEnvIfAbsent(String name, String value) {
        try {
            LibC.INSTANCE.setenv(name, value, 0);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            // No libc to call (not Linux): ND4J runs with OpenMP's defaults, only slower.
            LOG.info("could not set {}={} ({}); OpenMP keeps its defaults", name, value, e.toString());
        }
    }

    /**
     * Hands glibc's free heap pages back to the system ({@code malloc_trim(0)}): ND4J's freed buffers otherwise stay
     * resident. Does nothing where there is no glibc.
     */
    public static void trimNativeHeap() {
        try {
            LibC.INSTANCE.malloc_trim(0);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.debug("no malloc_trim here ({}); freed native memory stays with the allocator", e.toString());
        }
    }

    /**
     * The bytes glibc's allocator holds free in its arenas ({@code mallinfo2().fordblks}, glibc 2.33 and later):
     * freed by ND4J but still resident. -1 where it cannot be asked.
     */
    public static long mallocFreeBytes() {
        try {
            return LibC.INSTANCE.mallinfo2().fordblks;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.debug("no mallinfo2 here ({})", e.toString());
            return -1;
        }
    }

    private interface LibC extends com.sun.jna.Library {
        LibC INSTANCE = com.sun.jna.Native.loadLibrary("c", LibC.class);

        int malloc_trim(long pad);

        MallInfo2 mallinfo2();

        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /** glibc's {@code struct mallinfo2}: ten {@code size_t} counters. */
    public static class MallInfo2 extends com.sun.jna.Structure implements com.sun.jna.Structure.ByValue {
        public long arena;
        public long ordblks;
        public long smblks;
        public long hblks;
        public long hblkhd;
        public long usmblks;
        public long fsmblks;
        public long uordblks;
        public long fordblks;
        public long keepcost;

        @Override
        protected java.util.List<String> getFieldOrder() {
            return java.util.List.of("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                    "uordblks", "fordblks", "keepcost");
        }
    }

    static boolean cpuHasAvx2() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return (" " + line.toLowerCase(Locale.ROOT) + " ").contains(" avx2 ");
                }
            }
        } catch (IOException | SecurityException e) {
            LOG.info("could not read the CPU flags ({}); using ND4J's generic build", e.toString());
            return false;
        }
        return false;
    }

    /** A one-line description of the loaded backend, for provenance and benchmark output. */
    public static String describe() {
        org.nd4j.linalg.factory.Nd4j.getExecutioner(); // loads the backend, which NativeOpsHolder relies on
        String info = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        String build = info != null && info.contains("HAVE_ONEDNN") ? "onednn-avx2" : "generic";
        return "nd4j-native-1.0.0-M2.1 " + build + " threads=" + threads() + " omp_wait_policy="
                + nativeEnv("OMP_WAIT_POLICY");
    }

    /** The native backend's thread count (the benchmark reports its figures per thread setting). */
    public static int threads() {
        return org.nd4j.linalg.factory.Nd4j.getEnvironment().maxMasterThreads();
    }
}
