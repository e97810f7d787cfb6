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
     * Starts the initialisation in the background, once; later calls do nothing. Two threads: the native library,
     * and SameDiff's op registry (the TensorFlow and ONNX op descriptors it parses before the first graph is read:
     * a third of a checkpoint's first load), which need not wait for each other.
     */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> library = startThread("nd4j-start", Nd4j::getExecutioner);
        CompletableFuture<Void> ops = startThread("nd4j-op-registry", DifferentialFunctionClassHolder::getInstance);
        CompletableFuture.allOf(library, ops).whenComplete((v, e) -> {
            if (e == null) {
                READY.complete(null);
            } else {
                READY.completeExceptionally(e instanceof java.util.concurrent.CompletionException ? e.getCause() : e);
            }
        });
    }

    private static CompletableFuture<Void> startThread(String name, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return done;
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
