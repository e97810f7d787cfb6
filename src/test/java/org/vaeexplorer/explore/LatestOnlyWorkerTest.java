package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestOnlyWorkerTest {
    @Test
    void requestsThatArriveDuringWorkAreReplacedByTheNewest() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoDone = new CountDownLatch(2);
        List<Integer> worked = new CopyOnWriteArrayList<>();
        try (LatestOnlyWorker<Integer, Integer> worker = new LatestOnlyWorker<>("test-decoder", q -> {
            worked.add(q);
            if (q == 0) {
                firstStarted.countDown();
                await(release);
            }
            return q * 10;
        }, r -> twoDone.countDown(), e -> { })) {
            worker.submit(0);
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            for (int i = 1; i <= 100; i++) {
                worker.submit(i);
            }
            release.countDown();
            assertTrue(twoDone.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(0, 100), worked, "only the first and the newest request are worked on");
            assertEquals(101, worker.submitted());
        }
    }

    @Test
    void aFailingRequestIsReportedAndTheWorkerGoesOn() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (LatestOnlyWorker<Integer, Integer> worker = new LatestOnlyWorker<>("test-decoder", q -> {
            if (q < 0) {
                throw new IllegalStateException("bad");
            }
            return q;
        }, r -> done.countDown(), e -> failed.countDown())) {
            worker.submit(-1);
            assertTrue(failed.await(5, TimeUnit.SECONDS));
            worker.submit(1);
            assertTrue(done.await(5, TimeUnit.SECONDS));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
