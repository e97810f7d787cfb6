package org.vaeexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vaeexplorer.model.graph.GraphFamily;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * Batch means of the per-image terms, in nats (unless the likelihood is a plain squared error):
 * {@code nelbo = recon + klContinuous + klDiscrete}. {@code objective} is what training minimised.
 *
 * @param klPerDim         mean KL of each continuous dimension
 * @param klPerCategorical mean KL of each categorical latent
 * @param own              batch means of the terms only its kind reports (CVAE-GAN's players' losses and D's mean
 *                         outputs), by their graph names in the graph family's order; empty for most kinds
 */
public record LossTerms(double objective, double recon, double klContinuous, double klDiscrete, float[] klPerDim,
                        float[] klPerCategorical, int count, Map<String, Double> own) {
    public LossTerms {
        own = Collections.unmodifiableMap(new LinkedHashMap<>(own));
    }

    public LossTerms(double objective, double recon, double klContinuous, double klDiscrete, float[] klPerDim,
                     float[] klPerCategorical, int count) {
        this(objective, recon, klContinuous, klDiscrete, klPerDim, klPerCategorical, count, Map.of());
    }

    public double kl() {
        return klContinuous + klDiscrete;
    }

    public double nelbo() {
        return recon + kl();
    }

    public boolean isFinite() {
        return Double.isFinite(objective) && Double.isFinite(nelbo())
                && own.values().stream().allMatch(Double::isFinite);
    }

    /** Combines batches into a dataset mean, weighting each by its size. */
    public static final class Accumulator {
        private double objective;
        private double recon;
        private double klc;
        private double kld;
        private double[] perDim;
        private double[] perCat;
        private final Map<String, Double> own = new LinkedHashMap<>();
        private int count;

        public void add(LossTerms t) {
            if (perDim == null) {
                perDim = new double[t.klPerDim.length];
                perCat = new double[t.klPerCategorical.length];
            }
            objective += t.objective * t.count;
            recon += t.recon * t.count;
            klc += t.klContinuous * t.count;
            kld += t.klDiscrete * t.count;
            for (int i = 0; i < perDim.length; i++) {
                perDim[i] += t.klPerDim[i] * t.count;
            }
            for (int i = 0; i < perCat.length; i++) {
                perCat[i] += t.klPerCategorical[i] * t.count;
            }
            t.own.forEach((name, v) -> own.merge(name, v * t.count, Double::sum));
            count += t.count;
        }

        public LossTerms mean() {
            if (count == 0) {
                throw new IllegalStateException("no batches were added");
            }
            float[] d = new float[perDim.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) (perDim[i] / count);
            }
            float[] c = new float[perCat.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (float) (perCat[i] / count);
            }
            Map<String, Double> means = new LinkedHashMap<>();
            own.forEach((name, sum) -> means.put(name, sum / count));
            return new LossTerms(objective / count, recon / count, klc / count, kld / count, d, c, count, means);
        }
    }

    /** The terms of one batch from the graph's outputs: the loss, the mean reconstruction term and the mean KLs. */
    static LossTerms of(Map<String, org.nd4j.linalg.api.ndarray.INDArray> out, int n, ModelSpec spec) {
        float[] perDim = spec.latentDim() > 0 ? columnMeans(out.get(GraphNames.KL_DIMS)) : new float[0];
        float[] perCat = spec.hasCategorical() ? columnMeans(out.get(GraphNames.KL_DISC)) : new float[0];
        double klc = 0;
        for (float v : perDim) {
            klc += v;
        }
        double kld = 0;
        for (float v : perCat) {
            kld += v;
        }
        Map<String, Double> own = new LinkedHashMap<>();
        for (String name : GraphFamily.of(spec).reportedTerms(spec)) {
            own.put(name, out.get(name).meanNumber().doubleValue());
        }
        return new LossTerms(out.get(GraphNames.LOSS).getDouble(0),
                out.get(GraphNames.RECON).meanNumber().doubleValue(), klc, kld, perDim, perCat, n, own);
    }

    private static float[] columnMeans(org.nd4j.linalg.api.ndarray.INDArray a) {
        return a.mean(0).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatVector();
    }
}
