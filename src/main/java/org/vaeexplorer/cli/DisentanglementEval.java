package org.vaeexplorer.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.metrics.DisentanglementScores;
import org.vaeexplorer.metrics.FactorEncoder;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.VaeModel;

/**
 * {@code eval}'s disentanglement metrics, for a dataset with known factors ({@code sprites}, {@code sprites-small}):
 * computed on the encoder means of images drawn for a sample of factor combinations seeded by {@code --seed}, with
 * {@link DisentanglementScores.SampleSizes#EVAL}'s sizes (2,000 shared points; 300 + 200 votes and points of 64;
 * about 60,000 images drawn and encoded, about 15 s for a small MLP VAE on sprites-small on this machine).
 */
final class DisentanglementEval {
    private DisentanglementEval() {
    }

    /** Prints {@code mig=}, {@code factorvae_score=}, {@code betavae_score=}, {@code dci_disentanglement=} when
     * {@code source} names a dataset with factors whose whole range the model saw; otherwise prints nothing. */
    static void printIfFactors(VaeModel model, String source, PixelScaling scaling, long seed) throws Exception {
        DatasetSource parsed = DatasetSource.parse(source);
        Optional<SpriteSpace> space = SpriteSpace.byId(parsed.base());
        if (space.isEmpty() || !parsed.classes().isEmpty() || model.spec().pixels() != space.get().side()
                * space.get().side()) {
            return;
        }
        int latents = model.encode(new Batch(space.get().images(new int[][] {new int[5]}, scaling), 1,
                new int[1])).latentDim();
        if (latents < 2) {
            return; // MIG compares the best latent with the runner-up: one latent has no runner-up
        }
        DisentanglementScores s = DisentanglementScores.compute(encoder(model, space.get(), scaling), seed,
                DisentanglementScores.SampleSizes.EVAL);
        System.out.printf(Locale.ROOT, "mig=%.4f%nfactorvae_score=%.4f%nbetavae_score=%.4f%n"
                + "dci_disentanglement=%.4f%n", s.mig(), s.factorVae(), s.betaVae(), s.dciDisentanglement());
    }

    /** Draws the images of the asked factors and encodes them, a few hundred at a time; the code is the mean. */
    static FactorEncoder encoder(VaeModel model, SpriteSpace space, PixelScaling scaling) {
        return new FactorEncoder() {
            @Override
            public int[] factorSizes() {
                return space.sizes();
            }

            @Override
            public double[][] codes(int[][] factors) {
                double[][] out = new double[factors.length][];
                int chunk = 256;
                for (int start = 0; start < factors.length; start += chunk) {
                    int[][] part = Arrays.copyOfRange(factors, start, Math.min(factors.length, start + chunk));
                    int[] shapes = new int[part.length];
                    for (int i = 0; i < part.length; i++) {
                        shapes[i] = part[i][0];
                    }
                    var posterior = model.encode(new Batch(space.images(part, scaling), part.length, shapes));
                    int d = posterior.latentDim();
                    float[] means = posterior.means();
                    for (int i = 0; i < part.length; i++) {
                        double[] row = new double[d];
                        for (int j = 0; j < d; j++) {
                            row[j] = means[i * d + j];
                        }
                        out[start + i] = row;
                    }
                }
                return out;
            }
        };
    }
}
