package org.vaeexplorer.run;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.metrics.DisentanglementScores;
import org.vaeexplorer.metrics.FactorEncoder;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochScorer;

/**
 * The disentanglement metrics of a model trained on a dataset with known factors ({@code sprites},
 * {@code sprites-small}), on the encoder means of images drawn for a seeded sample of factor combinations: what
 * {@code eval} prints, and, as an {@link EpochScorer}, what a run records after every epoch and the Train page
 * charts.
 *
 * <p>After every epoch the sample is {@link DisentanglementScores.SampleSizes#PER_EPOCH} drawn with seed
 * {@link #EPOCH_SAMPLE_SEED}: the same 20,200 sprites every epoch and in every run, so that a curve moves with the
 * model and two runs are scored on the same images. Its cost, measured on this project's two-core machine at a load
 * of about 20 (other engineers' builds and trainings), for an MLP VAE with 10 latents: 2.1-2.3 s an epoch on
 * {@code sprites-small} (6.3 s the first time, while the JIT warms up) and 2.9-4.4 s on {@code sprites}, nearly all
 * of it drawing and encoding the sprites; an epoch of that model on {@code sprites-small} trains in 1.0-1.5 s, so
 * scoring roughly doubles or triples a {@code sprites-small} run ({@code train --no-factor-scores} skips it). A
 * pause or Stop waits for the scoring to end.
 */
public final class FactorScoring implements EpochScorer {
    private static final Logger LOG = LoggerFactory.getLogger(FactorScoring.class);
    /** The per-epoch sample's seed: one fixed sample for every epoch of every run. */
    public static final long EPOCH_SAMPLE_SEED = 0;
    private static final int ENCODE_CHUNK = 256;
    private final SpriteSpace space;
    private final PixelScaling scaling;
    private final DisentanglementScores.SampleSizes sizes;
    private final long seed;

    private FactorScoring(SpriteSpace space, PixelScaling scaling, DisentanglementScores.SampleSizes sizes,
                          long seed) {
        this.space = space;
        this.scaling = scaling;
        this.sizes = sizes;
        this.seed = seed;
    }

    /**
     * The scoring of a model of {@code spec} trained on {@code datasetSource}, or empty when that dataset has no
     * known factors, is a class subset (the metrics need every factor's whole range), or has other images than the
     * model's, or when the model has fewer than two continuous latents (MIG compares the best latent with the
     * runner-up).
     */
    public static Optional<FactorScoring> of(String datasetSource, ModelSpec spec, PixelScaling scaling,
                                             DisentanglementScores.SampleSizes sizes, long seed) {
        if (datasetSource == null || spec.latentDim() < 2) {
            return Optional.empty();
        }
        DatasetSource parsed = DatasetSource.parse(datasetSource);
        return SpriteSpace.byId(parsed.base())
                .filter(space -> parsed.classes().isEmpty() && spec.channels() == 1
                        && spec.pixels() == space.side() * space.side())
                .map(space -> new FactorScoring(space, scaling, sizes, seed));
    }

    /** The per-epoch scoring of a run, or empty for a dataset without factors. */
    public static Optional<FactorScoring> perEpoch(String datasetSource, ModelSpec spec, PixelScaling scaling) {
        return of(datasetSource, spec, scaling, DisentanglementScores.SampleSizes.PER_EPOCH, EPOCH_SAMPLE_SEED);
    }

    public DisentanglementScores scores(VaeModel model) {
        long started = System.nanoTime();
        DisentanglementScores s = DisentanglementScores.compute(encoder(model), seed, sizes);
        LOG.debug("disentanglement metrics on {} images of {}: {} s", sizes.images(), space.id(),
                (System.nanoTime() - started) / 1e9);
        return s;
    }

    @Override
    public Map<String, Double> score(VaeModel model) {
        return scores(model).named();
    }

    /** Draws the images of the asked factors and encodes them, a few hundred at a time; the code is the mean. */
    FactorEncoder encoder(VaeModel model) {
        return new FactorEncoder() {
            @Override
            public int[] factorSizes() {
                return space.sizes();
            }

            @Override
            public double[][] codes(int[][] factors) {
                double[][] out = new double[factors.length][];
                for (int start = 0; start < factors.length; start += ENCODE_CHUNK) {
                    int[][] part = Arrays.copyOfRange(factors, start, Math.min(factors.length, start + ENCODE_CHUNK));
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
