package org.vaeexplorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.model.VaeModel;

/**
 * Keeps a run's resident memory near a budget. ND4J frees an array's off-heap buffer only when its small Java
 * wrapper is garbage-collected; with a multi-gigabyte default heap that is rare, and a conv VAE on Fashion-MNIST
 * (about 100 MB of fresh buffers per iteration) reached 9.3 GB in one epoch. After each batch this reads the
 * process's resident size from {@code /proc/self/statm} (microseconds) and collects only when it is over budget,
 * so models that make little garbage rarely pay for a collection. Measured on the conv VAE: collecting every 2, 4,
 * 10 batches gave 1.5, 1.8, 2.2 GB at 767, 912, 965 samples/s.
 *
 * <p>The budget adapts to what a collection cannot free: a process whose floor is already above the budget (the
 * GUI, with JavaFX's textures and caches) would otherwise collect after every batch, which made training in the
 * app 3-4x slower than on the command line. After each collection the threshold becomes at least that floor plus
 * {@link #HEADROOM_BYTES}. The floor is measured again at the next batch: the buffers a collection releases are
 * freed by ND4J's deallocator threads after {@code System.gc()} returns. And glibc keeps freed pages resident, so a
 * floor read as the resident size was close to the peak and the threshold ratcheted up collection by collection
 * (3.2 GB peak on the conv VAE, Fashion-MNIST, 60,000 images). What is measured is therefore the memory in use:
 * the resident size less what glibc holds free ({@code mallinfo2}). Handing the free pages back instead
 * ({@code malloc_trim}) also bounded the peak, but the next batches page-faulted them in again and the conv VAE
 * trained 16% slower; the trim is kept only where glibc cannot say what it holds free.
 */
public final class NativeMemoryReclaimer implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMemoryReclaimer.class);
    public static final long DEFAULT_BUDGET_BYTES = 1_000L << 20;
    private static final Path STATM = Path.of("/proc/self/statm");
    private static final long PAGE_BYTES = 4096;
    /** Growth allowed above the resident size a collection leaves behind. */
    static final long HEADROOM_BYTES = 512L << 20;
    /** Without /proc the size is unknown: collect every this many batches instead. */
    private static final int BLIND_INTERVAL = 10;
    private final long budgetBytes;
    private final java.util.function.LongSupplier resident;
    private final java.util.function.LongSupplier heapFree;
    private final Runnable trim;
    private long thresholdBytes;
    private int collections;
    private int batches;
    private boolean settling;

    public NativeMemoryReclaimer(long budgetBytes) {
        this(budgetBytes, NativeMemoryReclaimer::residentBytes, org.vaeexplorer.platform.Backend::mallocFreeBytes,
                org.vaeexplorer.platform.Backend::trimNativeHeap);
    }

    /** @param resident the process's resident bytes (-1 if unknown); @param trim returns free heap pages to the OS */
    NativeMemoryReclaimer(long budgetBytes, java.util.function.LongSupplier resident, Runnable trim) {
        this(budgetBytes, resident, () -> -1, trim);
    }

    /** @param heapFree bytes the allocator holds free but resident (-1 if unknown: then {@code trim} is used) */
    NativeMemoryReclaimer(long budgetBytes, java.util.function.LongSupplier resident,
                          java.util.function.LongSupplier heapFree, Runnable trim) {
        this.budgetBytes = budgetBytes;
        this.thresholdBytes = budgetBytes;
        this.resident = resident;
        this.heapFree = heapFree;
        this.trim = trim;
    }

    @Override
    public void batchEnded(BatchEvent event) {
        reclaimIfOverBudget();
    }

    @Override
    public void evaluationBatchEnded() {
        reclaimIfOverBudget();
    }

    private void reclaimIfOverBudget() {
        if (settling) {
            settling = false;
            long free = heapFree.getAsLong();
            if (free < 0) {
                trim.run();
            }
            raiseThresholdAbove(inUse(resident.getAsLong(), free));
            return;
        }
        long rss = resident.getAsLong();
        boolean blind = rss < 0 && ++batches % BLIND_INTERVAL == 0;
        // The resident size bounds the memory in use from above: only when it is over is the allocator asked.
        if (blind || rss > thresholdBytes && inUse(rss, heapFree.getAsLong()) > thresholdBytes) {
            collect();
        }
    }

    /** Resident bytes less the allocator's free ones; the resident size where either is unknown. */
    private static long inUse(long rss, long free) {
        return rss < 0 || free < 0 ? rss : Math.max(0, rss - free);
    }

    private void collect() {
        System.gc();
        collections++;
        settling = true;
        raiseThresholdAbove(inUse(resident.getAsLong(), heapFree.getAsLong()));
    }

    private void raiseThresholdAbove(long floor) {
        if (floor >= 0) {
            thresholdBytes = Math.max(budgetBytes, floor + HEADROOM_BYTES);
        }
    }

    /** Collects now: after a failed run whose references were dropped, so its native buffers go back at once. */
    public void reclaimNow() {
        collect();
    }

    /** The resident size above which the next collection happens. */
    public long thresholdBytes() {
        return thresholdBytes;
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        collect();
    }

    public int collections() {
        return collections;
    }

    /** The resident set size, or -1 where {@code /proc} is not available (then every batch collects). */
    static long residentBytes() {
        try {
            String[] fields = Files.readString(STATM).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            LOG.debug("resident size unknown ({}); collecting every {} batches instead", e.toString(), BLIND_INTERVAL);
            return -1;
        }
    }
}
