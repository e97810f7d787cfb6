package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingFixtures;

/**
 * The How it works view's numbers are the model's own: for a test image and an epsilon (and Gumbel noise), the
 * reconstruction term, the KL per dimension and per categorical latent equal what {@link VaeModel#evaluate} reports
 * for that image with the same noise, to 1e-4 nats; a pass aimed at a point z lands on it; and the KL shown per
 * dimension is the formula printed beside it.
 */
class HowItWorksNumbersTest {
    private static final double NATS = 1e-4;

    static Stream<String> shipped() {
        return Stream.of("mnist-vae-2d.vaex", "mnist-conv-vae-2d.vaex", "mnist-cvae-2d.vaex", "mnist-joint-vae.vaex",
                "mnist-beta-vae.vaex");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theTermsAreTheModelsEvalTermsForTheSameImageAndEpsilon(String file) throws Exception {
        Checkpoint c = new CheckpointStore().load(Path.of("models", file));
        VaeModel model = c.model();
        ImageDataset test = TrainingFixtures.mnist().test();
        Schedules schedules = Schedules.at(model.spec(), c.manifest().iteration());
        LatentExplorer explorer = LatentExplorer.owning(model);
        SplittableRandom random = new SplittableRandom(file.hashCode());
        for (int image : new int[] {0, 7, 123}) {
            float[] x = test.image(image, c.manifest().dataset().scaling());
            int label = test.label(image);
            float[] eps = normals(random, model.spec().latentDim());
            float[] u = uniforms(random, model.spec().categoricalWidth());
            ForwardPass pass = explorer.forwardPassWith(x, label, eps, u, schedules);
            LossTerms eval = model.evaluate(new Batch(x, 1, new int[] {label}), given(eps, u), schedules, false);
            assertEquals(eval.recon(), pass.recon(), NATS, file + " image " + image + ": reconstruction term");
            assertEquals(eval.klContinuous(), pass.klContinuous(), NATS, file + ": continuous KL");
            assertEquals(eval.klDiscrete(), pass.klDiscrete(), NATS, file + ": discrete KL");
            assertEquals(eval.nelbo(), pass.nelbo(), 2 * NATS, file + ": negative ELBO");
            for (int d = 0; d < pass.dims(); d++) {
                assertEquals(eval.klPerDim()[d], pass.klPerDim()[d], NATS, file + ": KL of dimension " + d);
                double formula = -0.5 * (1 + pass.logVar()[d] - pass.mu()[d] * pass.mu()[d]
                        - Math.exp(pass.logVar()[d]));
                assertEquals(formula, pass.klPerDim()[d], NATS, file + ": KL_j as the view writes it");
                assertEquals(pass.mu()[d] + pass.sigma(d) * eps[d], pass.z()[d], 1e-5, "z = mu + sigma * eps");
            }
            assertTrue(pass.recon() > 0 && pass.kl() > 0, file + ": both terms are positive nats");
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void aPassAimedAtAPointLandsOnItWithTheEpsilonThatGivesIt(String file) throws Exception {
        Checkpoint c = new CheckpointStore().load(Path.of("models", file));
        VaeModel model = c.model();
        ImageDataset test = TrainingFixtures.mnist().test();
        Schedules schedules = Schedules.at(model.spec(), c.manifest().iteration());
        float[] x = test.image(3, c.manifest().dataset().scaling());
        int label = test.label(3);
        SplittableRandom random = new SplittableRandom(11);
        float[] target = normals(random, model.spec().latentDim());
        float[] u = uniforms(random, model.spec().categoricalWidth());
        ForwardPass pass = LatentExplorer.owning(model).forwardPass(x, label, target, u, schedules);
        assertArrayEquals(target, pass.z(), 1e-4f, file + ": the sample is the point aimed at");
        LossTerms eval = model.evaluate(new Batch(x, 1, new int[] {label}), given(pass.eps(), u), schedules, false);
        assertEquals(eval.recon(), pass.recon(), NATS, file + ": reconstruction term at that epsilon");
    }

    /** Noise that hands out exactly these values, as a test's own independent source of the eval's noise. */
    private static NoiseSource given(float[] eps, float[] u) {
        return new NoiseSource() {
            @Override
            public void fillNormal(float[] target) {
                assertEquals(eps.length, target.length, "the eval draws one epsilon per dimension of one image");
                System.arraycopy(eps, 0, target, 0, eps.length);
            }

            @Override
            public void fillUniform(float[] target) {
                assertEquals(u.length, target.length, "the eval draws one u per category of one image");
                System.arraycopy(u, 0, target, 0, u.length);
            }
        };
    }

    private static float[] normals(SplittableRandom r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    private static float[] uniforms(SplittableRandom r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextDouble(0.01, 0.99);
        }
        return v;
    }
}
