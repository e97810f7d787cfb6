package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class NativeInitTest {
    /** An interrupted wait (a cancelled UI job) leaves ND4J usable: the interrupt never reaches its initialiser. */
    @Test
    void anInterruptedWaitLeavesTheLibraryUsable() throws Exception {
        Thread waiter = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                NativeInit.await();
            } catch (InterruptedException expected) {
                // what a cancelled job sees
            }
        });
        waiter.start();
        waiter.join();
        NativeInit.await();
        assertEquals(6.0, Nd4j.create(new float[] {1, 2, 3}).sumNumber().doubleValue(), 1e-6);
    }
}
