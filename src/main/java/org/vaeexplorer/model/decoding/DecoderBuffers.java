package org.vaeexplorer.model.decoding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The native arrays of {@link ConvDecoderPath}, kept from one decode to the next for the batch sizes last used (the
 * explorer alternates between one point and runs of the grid; arrays of older sizes are freed, the rest go with the
 * model). Allocating them afresh took a quarter of a grid's decode (profiled: {@code allocateDataBuffer} 305
 * samples against 602 for the scatter and 226 for the products).
 */
public final class DecoderBuffers {
    private static final int BATCH_SIZES_KEPT = 3;
    private final LinkedHashMap<Integer, Map<String, INDArray>> bySize = new LinkedHashMap<>(4, 0.75f, true);

    /** The array named {@code slot} for a batch of {@code n}: rows x cols floats, c order, contents undefined. */
    public INDArray get(int n, String slot, long rows, long cols) {
        Map<String, INDArray> arrays = bySize.computeIfAbsent(n, k -> new HashMap<>());
        evictBeyondLimit();
        INDArray a = arrays.get(slot);
        if (a == null || a.rows() != rows || a.columns() != cols) {
            if (a != null) {
                release(a);
            }
            a = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, cols}, 'c');
            arrays.put(slot, a);
        }
        return a;
    }

    private void evictBeyondLimit() {
        while (bySize.size() > BATCH_SIZES_KEPT) {
            Integer eldest = bySize.keySet().iterator().next();
            bySize.remove(eldest).values().forEach(DecoderBuffers::release);
        }
    }

    /** Frees {@code a}'s native memory now rather than at some later collection. */
    private static void release(INDArray a) {
        if (a.closeable()) {
            a.close();
        }
    }
}
