package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class SpriteSpaceTest {
    private static final SpriteSpace FULL = SpriteSpace.FULL;

    @Test
    void theFullSpaceHasDspritesFactorCounts() {
        assertArrayEquals(new int[] {3, 6, 40, 32, 32}, FULL.sizes());
        assertEquals(737_280L, FULL.combinations());
        assertEquals(46_080L, SpriteSpace.SMALL.combinations());
    }

    @Test
    void indexAndFactorsRoundTrip() {
        for (long i : new long[] {0, 1, 12_345, 737_279}) {
            assertEquals(i, FULL.indexOf(FULL.factorsOf(i)));
        }
        assertArrayEquals(new int[] {2, 5, 39, 31, 31}, FULL.factorsOf(737_279));
    }

    @Test
    void theSameFactorsGiveTheSamePixels() {
        int[] f = {2, 3, 17, 9, 21};
        byte[] a = FULL.render(f);
        byte[] b = FULL.render(FULL.factorsOf(FULL.indexOf(f)));
        assertArrayEquals(a, b);
        for (byte v : a) {
            assertTrue(v == 0 || v == (byte) 255, "binary pixels");
        }
        assertTrue(count(a) > 50, "the shape is drawn");
    }

    @Test
    void movingXByOnePositionShiftsTheShapeByOneStep() {
        for (int shape = 0; shape < 3; shape++) {
            byte[] at = FULL.render(new int[] {shape, 5, 7, 10, 12});
            byte[] right = FULL.render(new int[] {shape, 5, 7, 11, 12});
            byte[] down = FULL.render(new int[] {shape, 5, 7, 10, 13});
            assertArrayEquals(shifted(at, FULL.step(), 0), right, "x + 1, shape " + shape);
            assertArrayEquals(shifted(at, 0, FULL.step()), down, "y + 1, shape " + shape);
            assertNotEquals(count(at), 0);
        }
    }

    @Test
    void areaGrowsWithTheSquareOfTheScale() {
        for (int shape = 0; shape < 3; shape++) {
            int previous = 0;
            for (int s = 0; s < 6; s++) {
                int c = count(FULL.render(new int[] {shape, s, 0, 16, 16}));
                assertTrue(c > previous, "scale " + s + " of shape " + shape + " covers more pixels");
                previous = c;
            }
            double ratio = count(FULL.render(new int[] {shape, 5, 0, 16, 16}))
                    / (double) count(FULL.render(new int[] {shape, 0, 0, 16, 16}));
            assertEquals(4.0, ratio, 0.4, "scale 1 against 0.5 quadruples the area, shape " + shape);
        }
    }

    @Test
    void aQuarterTurnTransposesTheEllipse() {
        byte[] flat = FULL.render(new int[] {1, 5, 0, 16, 16});
        byte[] turned = FULL.render(new int[] {1, 5, 10, 16, 16});
        byte[] eighth = FULL.render(new int[] {1, 5, 5, 16, 16});
        assertEquals(count(flat), count(turned), 0.03 * count(flat), "a turn keeps the area");
        assertEquals(count(flat), count(eighth), 0.05 * count(flat));
        int side = FULL.side();
        int differ = 0;
        int transposedDiffer = 0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                differ += flat[y * side + x] != turned[y * side + x] ? 1 : 0;
                transposedDiffer += flat[y * side + x] != turned[x * side + y] ? 1 : 0;
            }
        }
        assertTrue(differ > count(flat) / 2, "a quarter turn moves most of the ellipse: " + differ);
        assertTrue(transposedDiffer < count(flat) / 20, "and is nearly its transpose: " + transposedDiffer);
    }

    @Test
    void theDatasetIsByteIdenticalAcrossGenerations() throws Exception {
        SpriteDataset a = SpriteDataset.generate(SpriteSpace.SMALL, 7, 300, 40);
        SpriteDataset b = SpriteDataset.generate(SpriteSpace.SMALL, 7, 300, 40);
        assertArrayEquals(digest(a.splits().train()), digest(b.splits().train()));
        assertArrayEquals(digest(a.splits().test()), digest(b.splits().test()));
        assertArrayEquals(a.test().values(), b.test().values());
        assertArrayEquals(a.splits().train().labels(), b.splits().train().labels());
        for (int i = 0; i < 40; i++) {
            assertEquals(a.test().of(i)[0], a.splits().test().label(i), "the class is the shape");
        }
        SpriteDataset other = SpriteDataset.generate(SpriteSpace.SMALL, 8, 300, 40);
        assertNotEquals(java.util.Arrays.toString(digest(a.splits().train())),
                java.util.Arrays.toString(digest(other.splits().train())));
    }

    @Test
    void theLoaderKnowsBothIds() throws Exception {
        LabelledSplits small = DatasetLoader.load("sprites-small");
        assertEquals(32, small.rows());
        assertEquals(SpriteDataset.SMALL_TRAIN, small.train().size());
        assertEquals(3, small.train().numClasses());
        assertTrue(DatasetLoader.bundledIds().contains("sprites-small"));
    }

    private static byte[] digest(ImageDataset d) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < d.size(); i++) {
            for (float v : d.image(i, PixelScaling.GREY)) {
                md.update((byte) Math.round(v * 255));
            }
        }
        return md.digest();
    }

    private static byte[] shifted(byte[] image, int dx, int dy) {
        int side = FULL.side();
        byte[] out = new byte[image.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int sx = x - dx;
                int sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < side && sy < side) {
                    out[y * side + x] = image[sy * side + sx];
                }
            }
        }
        return out;
    }

    private static int count(byte[] image) {
        int c = 0;
        for (byte v : image) {
            c += v != 0 ? 1 : 0;
        }
        return c;
    }
}
