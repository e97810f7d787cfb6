package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.training.TrainingFixtures;

/**
 * Latent arithmetic (issue 33): an attribute vector between two classes separates their codes, also of images that
 * did not define it; the coordinate along a vector and moves along it; analogies and lassoes on known codes.
 */
class AttributeVectorTest {
    private static final Path SHIPPED = Path.of("models", "mnist-vae-2d.vaex");

    @Test
    void aVectorBetweenTwoClassesOrdersHeldOutImagesOfThoseClasses() throws Exception {
        Checkpoint c = new CheckpointStore().load(SHIPPED);
        ImageDataset test = TrainingFixtures.mnist().test();
        EncodedImages codes = LatentExplorer.owning(c.model()).encode(test, c.manifest().dataset().scaling(), 0);
        int half = codes.count() / 2;
        // Defined by the first half's ones and sevens only; the second half's are images the vector never saw.
        AttributeVector oneToSeven = AttributeVector.between("1 to 7", ImageGroup.ofImages(ofClass(codes, 1, 0, half)),
                ImageGroup.ofImages(ofClass(codes, 7, 0, half)), codes, null);
        double[] t = oneToSeven.coordinates(codes);
        double ones = mean(t, ofClass(codes, 1, half, codes.count()));
        double sevens = mean(t, ofClass(codes, 7, half, codes.count()));
        assertTrue(ones < sevens, "held-out ones " + ones + " before held-out sevens " + sevens);
        assertTrue(ones < 0.5 && sevens > 0.5, "each on its own side of the midpoint: " + ones + ", " + sevens);

        AttributeVector reversed = AttributeVector.between("", ImageGroup.ofClass(7), ImageGroup.ofClass(1), codes,
                null);
        ProjectionHistogram h = ProjectionHistogram.of(reversed, codes, null, 40);
        assertTrue(h.fromMean() < h.toMean(), "the sevens (from) before the ones (to): " + h);
        assertEquals(0, h.fromMean(), 1e-4, "a group's mean coordinate is that of its mean code: 0");
        assertEquals(1, h.toMean(), 1e-4, "and 1 for the second group");
        int sevensCount = ofClass(codes, 7, 0, codes.count()).length;
        int onesCount = ofClass(codes, 1, 0, codes.count()).length;
        assertEquals(sevensCount, Arrays.stream(h.from()).sum(), "every seven in one bin");
        assertEquals(onesCount, Arrays.stream(h.to()).sum());
        assertEquals(codes.count() - sevensCount - onesCount, Arrays.stream(h.others()).sum());
        assertTrue(h.separated() > 0.75, "most of the two classes on their own side: " + h.separated());
    }

    @Test
    void theCoordinateIsZeroAndOneAtTheMeansAndMovesKeepTheOtherDirections() {
        EncodedImages codes = codes(new float[][] {{0, 0, 1}, {2, 0, 1}, {4, 2, 1}, {6, 2, 1}}, new int[] {0, 0, 1, 1});
        AttributeVector v = AttributeVector.between("", ImageGroup.ofClass(0), ImageGroup.ofClass(1), codes, null);
        assertArrayEquals(new float[] {1, 0, 1}, v.fromMean());
        assertArrayEquals(new float[] {5, 2, 1}, v.toMean());
        assertArrayEquals(new float[] {4, 2, 0}, v.direction());
        assertEquals(0, v.coordinate(v.fromMean()), 1e-9);
        assertEquals(1, v.coordinate(v.toMean()), 1e-9);
        assertEquals(0.5, v.coordinate(new float[] {3, 1, 7}), 1e-9, "the third dimension is not on the vector");
        float[] z = {0, 5, -2};
        float[] moved = v.movedTo(z, 2);
        assertEquals(2, v.coordinate(moved), 1e-6);
        float[] step = {moved[0] - z[0], moved[1] - z[1], moved[2] - z[2]};
        assertEquals(0, step[0] * 2 - step[1] * 4, 1e-5, "moved along d = (4, 2, 0) only");
        assertEquals(0, step[2], 0);
        assertFalse(AttributeVector.between("", ImageGroup.ofClass(0), ImageGroup.ofClass(0), codes, null)
                .hasDirection());
        assertThrows(IllegalArgumentException.class, () -> AttributeVector.between("", ImageGroup.ofClass(0),
                ImageGroup.ofClass(9), codes, null), "a class without images has no mean code");
    }

    @Test
    void anAnalogyAddsTheVectorFromAToBToC() {
        EncodedImages codes = codes(new float[][] {{1, 2}, {4, -1}, {0.5f, 0.25f}}, new int[] {3, 8, 3});
        float[] answer = new LatentAnalogy(0, 1, 2).answer(codes);
        assertArrayEquals(new float[] {0.5f + 4 - 1, 0.25f - 1 - 2}, answer, 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0.25f}, new LatentAnalogy(0, 0, 2).answer(codes), 0f,
                "a is to a as c is to c");
        assertArrayEquals(codes.code(1), new LatentAnalogy(0, 1, 0).answer(codes), 1e-6f, "a is to b as a is to b");
        assertFalse(new LatentAnalogy(0, 1, 3).fits(codes));
    }

    @Test
    void aLassoSelectsTheCodesInsideItsOutline() {
        EncodedImages codes = codes(new float[][] {{0, 0, 9}, {1, 1, 9}, {3, 0, 9}, {0.5f, 1.5f, 9}},
                new int[] {0, 0, 0, 0});
        Lasso square = new Lasso(new double[] {-1, 2, 2, -1}, new double[] {-1, -1, 2, 2});
        assertArrayEquals(new int[] {0, 1, 3}, square.select(codes, 0, 1));
        Lasso triangle = new Lasso(new double[] {-1, 2, -1}, new double[] {-1, -1, 2});
        assertArrayEquals(new int[] {0}, triangle.select(codes, 0, 1), "(1, 1) and (0.5, 1.5) lie beyond x + y = 1");
        assertArrayEquals(new int[0], new Lasso(new double[] {0, 1}, new double[] {0, 1}).select(codes, 0, 1),
                "two points enclose nothing");
    }

    @Test
    void aFactorsGroupIsTheImagesShowingThatValue() {
        EncodedImages codes = codes(new float[][] {{0}, {1}, {2}, {3}}, new int[] {0, 0, 0, 0});
        Factors factors = new Factors(List.of("shape", "x"), new int[] {3, 4},
                new int[][] {{0, 3}, {1, 3}, {2, 0}, {0, 3}});
        assertArrayEquals(new int[] {0, 1, 3}, ImageGroup.ofFactor(1, 3).members(codes, factors));
        assertArrayEquals(new int[] {2}, ImageGroup.ofFactor(0, 2).members(codes, factors));
        assertArrayEquals(new int[0], ImageGroup.ofFactor(1, 3).members(codes, null), "no factors, no members");
        assertArrayEquals(new int[] {1, 2}, ImageGroup.ofImages(new int[] {2, 1, 2, 7}).members(codes, null),
                "known images once each, in order");
    }

    private static EncodedImages codes(float[][] means, int[] labels) {
        int dim = means[0].length;
        float[] mu = new float[means.length * dim];
        for (int i = 0; i < means.length; i++) {
            System.arraycopy(means[i], 0, mu, i * dim, dim);
        }
        return new EncodedImages(means.length, dim, mu, new float[mu.length], labels, new int[0][]);
    }

    private static int[] ofClass(EncodedImages codes, int label, int from, int to) {
        return IntStream.range(from, to).filter(i -> codes.labels()[i] == label).toArray();
    }

    private static double mean(double[] t, int[] images) {
        return Arrays.stream(images).mapToDouble(i -> t[i]).average().orElseThrow();
    }
}
