package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The generated colour example: the same bytes from the same seed, balanced classes, colour that varies. */
class ColourShapesTest {
    @Test
    void twoGenerationsFromOneSeedAreByteIdenticalAndAnotherSeedDiffers() {
        LabelledSplits a = ColourShapes.generate(5, 40, 10);
        LabelledSplits b = ColourShapes.generate(5, 40, 10);
        LabelledSplits c = ColourShapes.generate(6, 40, 10);
        int[] all = java.util.stream.IntStream.range(0, a.train().size()).toArray();

        assertArrayEquals(a.train().batch(all, PixelScaling.GREY), b.train().batch(all, PixelScaling.GREY), 0f);
        assertArrayEquals(a.test().batch(new int[] {0, 49}, PixelScaling.GREY),
                b.test().batch(new int[] {0, 49}, PixelScaling.GREY), 0f);
        assertArrayEquals(a.train().labels(), b.train().labels());
        assertFalse(Arrays.equals(a.train().batch(all, PixelScaling.GREY), c.train().batch(all, PixelScaling.GREY)));
    }

    @Test
    void everyClassHasTheSameCountInEachSplitAndTheImagesAreColour() {
        LabelledSplits s = ColourShapes.generate(0, 40, 10);
        assertEquals(3, s.channels());
        assertEquals(32, s.rows());
        assertEquals(ColourShapes.CLASSES, s.train().classNames());
        int[] train = new int[ColourShapes.CLASSES.size()];
        int[] test = new int[ColourShapes.CLASSES.size()];
        Arrays.stream(s.train().labels()).forEach(l -> train[l]++);
        Arrays.stream(s.test().labels()).forEach(l -> test[l]++);
        assertArrayEquals(new int[] {40, 40, 40, 40, 40}, train);
        assertArrayEquals(new int[] {10, 10, 10, 10, 10}, test);
        int plane = 32 * 32;
        int coloured = 0;
        for (int i = 0; i < s.train().size(); i++) {
            float[] image = s.train().image(i, PixelScaling.GREY);
            float ink = 0;
            boolean notGrey = false;
            for (int p = 0; p < plane; p++) {
                ink += image[p] + image[plane + p] + image[2 * plane + p];
                notGrey |= Math.abs(image[p] - image[plane + p]) > 0.2f
                        || Math.abs(image[p] - image[2 * plane + p]) > 0.2f;
            }
            assertTrue(ink > 20, "image " + i + " shows a shape");
            coloured += notGrey ? 1 : 0;
        }
        assertTrue(coloured > s.train().size() * 9 / 10, coloured + " of " + s.train().size() + " are coloured");
    }

    @Test
    void theIdShapesLoadsTheStandardSetWithAClassSelection() throws IOException {
        LabelledSplits all = DatasetLoader.load(ColourShapes.ID);
        assertEquals(ColourShapes.TRAIN_PER_CLASS * 5, all.train().size());
        assertEquals(ColourShapes.TEST_PER_CLASS * 5, all.test().size());
        LabelledSplits stars = DatasetLoader.load("shapes:4", 100, 0);
        assertEquals(java.util.List.of("star"), stars.train().classNames());
        assertEquals(20, stars.train().size(), "the first 100 images hold 20 of each shape");
        assertEquals(3, stars.channels());
        assertTrue(DatasetLoader.bundledIds().contains("shapes"));
        assertEquals("dataset.shapes.star", ColourShapes.classKey(4));
    }
}
