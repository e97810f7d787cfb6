package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;

/**
 * The encoded test set against its factors on synthetic codes where the answer is known: a latent that copies a
 * factor has that factor's top cell; latents are named after their factor, mixed or unused by {@link LatentRole}'s
 * rules.
 */
class FactorCodesTest {
    private static final int[] SIZES = {3, 6, 10, 16, 16};
    private static final int N = 500;

    /** Random factors and a code whose latent d is {@code latent[d].apply(factors, noise)}. */
    private static FactorCodes codes(Random r, int[][] values, java.util.function.BiFunction<int[], Random, float[]> z) {
        int dim = z.apply(values[0], new Random(0)).length;
        float[] mu = new float[N * dim];
        for (int i = 0; i < N; i++) {
            System.arraycopy(z.apply(values[i], r), 0, mu, i * dim, dim);
        }
        EncodedImages c = new EncodedImages(N, dim, mu, new float[N * dim], new int[N], new int[0][]);
        return FactorCodes.of(c, new Factors(SpriteSpace.NAMES, SIZES, values));
    }

    private static int[][] factors(Random r) {
        int[][] values = new int[N][SIZES.length];
        for (int[] row : values) {
            for (int k = 0; k < SIZES.length; k++) {
                row[k] = r.nextInt(SIZES[k]);
            }
        }
        return values;
    }

    @Test
    void aLatentThatCopiesAFactorHasItsTopCellAndIsNamedAfterIt() {
        Random r = new Random(1);
        int[][] values = factors(r);
        // z0 = x (with a little noise), z1 = noise, z2 = scale
        FactorCodes f = codes(r, values, (v, g) -> new float[] {v[3] + 0.05f * (float) g.nextGaussian(),
                (float) g.nextGaussian(), v[1] + 0.05f * (float) g.nextGaussian()});
        assertEquals(3, f.latents());
        assertEquals(5, f.factorCount());
        for (int j : new int[] {1, 2}) {
            assertTrue(f.mi()[0][3] > f.mi()[j][3], "z1 knows x best, not z" + (j + 1));
        }
        assertTrue(f.normalised(0, 3) > 0.9, "a copy removes nearly all of x's entropy: " + f.normalised(0, 3));
        assertEquals(Math.log(16), f.entropy()[3], 0.1, "x is near uniform over its 16 values");
        assertEquals(new LatentRole(LatentRole.Kind.FACTOR, 3, LatentRole.of(f, 0).second(), LatentRole.of(f, 0)
                .score()), LatentRole.of(f, 0));
        assertEquals(LatentRole.Kind.FACTOR, LatentRole.of(f, 2).kind());
        assertEquals(1, LatentRole.of(f, 2).factor(), "z3 copies the scale");
    }

    @Test
    void aLatentOfNoiseIsUnusedAndOneOfTwoFactorsAlikeIsMixed() {
        Random r = new Random(2);
        int[][] values = factors(r);
        // z0 = noise; z1 = x + y (both 16-valued, so it tells as much of either)
        FactorCodes f = codes(r, values, (v, g) -> new float[] {(float) g.nextGaussian(), v[3] + v[4]});
        LatentRole noise = LatentRole.of(f, 0);
        assertEquals(LatentRole.Kind.UNUSED, noise.kind(), "noise scores " + noise.score());
        assertTrue(f.mi()[0][3] > 0.1, "the plug-in MI of noise is biased above zero: " + f.mi()[0][3]);
        assertEquals(f.mi()[0][3], f.chance()[0][3], 0.05, "and the shuffled chance level measures that bias");
        LatentRole sum = LatentRole.of(f, 1);
        assertEquals(LatentRole.Kind.MIXED, sum.kind(), "x + y scores " + sum.score());
        assertEquals(java.util.Set.of(3, 4), java.util.Set.of(sum.factor(), sum.second()));
    }

    @Test
    void theSpritesTestFactorsAreTheStandardTestSetsWithoutDrawingIt() {
        Factors quick = SpriteDataset.standardTestFactors(SpriteSpace.SMALL);
        Factors drawn = SpriteDataset.standard(SpriteSpace.SMALL).test();
        assertEquals(drawn.count(), quick.count());
        for (int i = 0; i < drawn.count(); i++) {
            assertEquals(List.of(java.util.Arrays.stream(drawn.of(i)).boxed().toArray()),
                    List.of(java.util.Arrays.stream(quick.of(i)).boxed().toArray()));
        }
        assertTrue(KnownFactors.ofTestSet("sprites-small").isPresent());
        assertTrue(KnownFactors.ofTestSet("mnist").isEmpty());
    }

    @Test
    void factorsArePairedOnlyWithTheTestImagesTheyDraw() {
        var standard = SpriteDataset.standard(SpriteSpace.SMALL).splits().test();
        assertTrue(KnownFactors.ofTestImages("sprites-small", standard).isPresent());
        assertTrue(KnownFactors.ofTestImages("sprites-small", standard.head(50)).isPresent(), "a run's first images");
        // Another sample of the same space under the same name: its images are not the standard test set's.
        var other = SpriteDataset.generate(SpriteSpace.SMALL, 5, 10, 20).splits().test();
        assertTrue(KnownFactors.ofTestImages("sprites-small", other).isEmpty());
        assertTrue(KnownFactors.ofTestImages("sprites-small:0", standard).isEmpty(), "a class subset is refused");
    }
}
