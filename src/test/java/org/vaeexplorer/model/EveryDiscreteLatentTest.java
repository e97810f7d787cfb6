package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A Joint VAE with two discrete latents ({@code --discrete 10,2}) through the typed boundary: the posterior has a
 * probability block per latent, and the decoder reads every block, the second as well as the first.
 */
class EveryDiscreteLatentTest {
    private static final ModelSpec SPEC = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(4, 4, 10)
            .hidden(List.of(8)).latent(2).categories(List.of(10, 2))
            .objective(Objective.jointCapacity(new CapacitySchedule(0, 5, 100, 30),
                    new CapacitySchedule(0, 2, 100, 30)))
            .temperature(new TemperatureSchedule(0.67, 0.67, 0)).build();

    @Test
    void thePosteriorHasAProbabilityBlockPerDiscreteLatent() {
        VaeModel model = VaeModel.create(SPEC, 4, 1e-3);
        int n = 5;
        Posterior q = model.encode(TinyModels.batch(SPEC, n, 2));
        assertEquals(n, q.count());
        assertEquals(2, q.latentDim());
        assertEquals(n * 2, q.means().length);
        assertEquals(n * 2, q.logVariances().length);
        assertEquals(2, q.discreteLatents());
        assertEquals(n * 10, q.categoryProbabilities().get(0).length);
        assertEquals(n * 2, q.categoryProbabilities().get(1).length);
        for (int l = 0; l < 2; l++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (float p : q.probabilities(l, i)) {
                    assertTrue(p >= 0 && p <= 1, "a probability: " + p);
                    sum += p;
                }
                assertEquals(1.0, sum, 1e-5, "latent " + l + ", image " + i);
            }
        }
    }

    @Test
    void theDecodedImageChangesWithTheSecondLatentsCategory() {
        for (DataType precision : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            // Single precision decodes on the fast path, double on the graph's decoding entry.
            VaeModel model = VaeModel.create(SPEC, 4, 1e-3, precision);
            float[] z = {0.4f, -0.7f};
            float[] second0 = model.decode(LatentCodes.builder(SPEC, 1).set(0, z, new int[] {3, 0}, 0).build());
            float[] second1 = model.decode(LatentCodes.builder(SPEC, 1).set(0, z, new int[] {3, 1}, 0).build());
            float[] first7 = model.decode(LatentCodes.builder(SPEC, 1).set(0, z, new int[] {7, 0}, 0).build());
            assertEquals(SPEC.pixels(), second0.length);
            assertTrue(largestDifference(second0, second1) > 1e-4, precision + ": the second latent is read");
            assertTrue(largestDifference(second0, first7) > 1e-4, precision + ": the first latent is read");
        }
    }

    @Test
    void theFastPathAndTheGraphDecodeBothBlocksAlike() {
        VaeModel model = VaeModel.create(SPEC, 4, 1e-3);
        LatentCodes codes = LatentCodes.builder(SPEC, 3).set(0, new float[] {1, 0}, new int[] {2, 1}, 0)
                .set(1, new float[] {-1, 2}, new int[] {9, 0}, 0)
                .set(2, new float[] {0, -1}, new float[][] {new float[10], {0.25f, 0.75f}}, 0).build();
        float[] categories = new float[3 * 12];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(codes.categories().get(0), i * 10, categories, i * 12, 10);
            System.arraycopy(codes.categories().get(1), i * 2, categories, i * 12 + 10, 2);
        }
        assertArrayEquals(DecoderImages.graphImages(model, SPEC, codes.continuous(), categories, new float[0], 3),
                model.decode(codes), 1e-5f);
    }

    @Test
    void aReconstructionIsTheDecodeOfThePosteriorMeanAndMostProbableCategories() {
        VaeModel model = VaeModel.create(SPEC, 4, 1e-3);
        Batch images = TinyModels.batch(SPEC, 4, 7);
        Posterior q = model.encode(images);
        LatentCodes.Builder codes = LatentCodes.builder(SPEC, 4);
        for (int i = 0; i < 4; i++) {
            codes.set(i, q.mean(i), q.mostProbableCategories(i), 0);
        }
        assertArrayEquals(model.reconstruct(images), model.decode(codes.build()), 1e-5f);
    }

    @Test
    void codesWithoutTheSecondBlockAreRefused() {
        VaeModel model = VaeModel.create(SPEC, 4, 1e-3);
        LatentCodes full = LatentCodes.builder(SPEC, 1).build();
        LatentCodes firstOnly = new LatentCodes(1, full.continuous(), List.of(full.categories().get(0)),
                full.labels());
        assertThrows(IllegalArgumentException.class, () -> model.decode(firstOnly));
    }

    private static double largestDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
