package org.vaeexplorer.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.imports.converters.DifferentialFunctionClassHolder;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's one-time start (native libraries unpacked and loaded, op registry read) on a thread of its own. A UI job
 * that is cancelled is interrupted; when that happened inside {@code Nd4j}'s static initialiser (a cold start: the
 * Lessons menu or a second file replacing the default model being opened), the class failed to initialise for good
 * and nothing could be opened until a restart ("Could not initialize class org.nd4j.linalg.factory.Nd4j"). Jobs now
 * wait for this thread instead, and only the waiting is interrupted. Call after {@link Backend#configure}.
 */
public final class NativeInit {
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private NativeInit() {
    }

    /**
     * Starts the initialisation in the background, once; later calls do nothing. After the native library, SameDiff's
     * op registry (read before the first graph is; the import descriptors it used to parse then are shadowed by the
     * jar's empty {@code ops.proto} and {@code onnxops.json}) is read on the same thread, so no job can interrupt
     * either (see above).
     */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Nd4j.getExecutioner();
                DifferentialFunctionClassHolder.getInstance();
                READY.complete(null);
            } catch (Throwable e) {
                READY.completeExceptionally(e);
            }
        }, "nd4j-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Loads ND4J's native libraries on the calling thread, then starts the rest ({@link #start}). The window calls
     * this before JavaFX starts: ND4J looks up BLAS symbols with {@code dlsym} inside {@code dl_iterate_phdr}
     * (JavaCPP's {@code Loader.addressof}), which takes glibc's two loader locks in the opposite order from a
     * {@code dlopen}; a start-up hung for good when JavaFX loaded its font library at that moment (seen twice in
     * about forty starts; both threads' native stacks in the note of 2026-11-22).
     */
    public static void loadLibrariesNow() {
        Nd4j.getExecutioner();
        start();
    }

    /** Returns once ND4J is ready; an interrupt ends the wait, never the initialisation. */
    public static void await() throws InterruptedException {
        start();
        try {
            READY.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the numeric library could not start: " + e.getCause(), e.getCause());
        }
    }
}
