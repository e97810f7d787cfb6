package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DatasetCacheTest {
    @Test
    void aBundledTestSplitReadAloneIsTheSameAsTheOneReadWithTheTrainingSplit() throws IOException {
        ImageDataset alone = new DatasetCache().test("fashion-mnist");
        DatasetCache both = new DatasetCache();
        ImageDataset withTrain = both.get("fashion-mnist").test();

        assertEquals(withTrain.size(), alone.size());
        assertEquals(withTrain.classNames(), alone.classNames());
        assertArrayEquals(withTrain.labels(), alone.labels());
        for (int i : new int[] {0, 4321, withTrain.size() - 1}) {
            assertArrayEquals(withTrain.image(i, PixelScaling.GREY), alone.image(i, PixelScaling.GREY), 0f);
        }
        assertSame(withTrain, both.test("fashion-mnist"), "splits already loaded are shared, not read again");
    }

    @Test
    void aTestSplitReadAloneIsKept() throws IOException {
        DatasetCache cache = new DatasetCache();
        assertSame(cache.test("mnist"), cache.test("mnist"));
    }
}
