package org.vaeexplorer.model;

import java.util.List;
import org.vaeexplorer.model.family.Capabilities;

/**
 * Everything needed to rebuild a model's graph: stored verbatim in every checkpoint.
 *
 * @param hidden        hidden layer widths of the MLP encoder (the decoder mirrors them); empty for the conv nets
 * @param latentDim     number of continuous latent dimensions (may be 0 for a purely discrete Joint VAE)
 * @param categories    sizes of the categorical latents (Joint VAE), e.g. [10]; empty otherwise
 * @param gaussianSigma the fixed standard deviation of {@link Likelihood#GAUSSIAN_FIXED}
 * @param conditional   whether a one-hot class label is fed to encoder and decoder (CVAE)
 * @param temperature   the Gumbel-softmax schedule when there are categorical latents, else null
 * @param structured    the settings of a structured-output CVAE, else null; checkpoints written before that kind
 *                      existed have none. Only its family reads them.
 */
public record ModelSpec(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim,
                        List<Integer> categories, Likelihood likelihood, double gaussianSigma,
                        KlEstimator klEstimator, boolean conditional, int numClasses, int rows, int cols,
                        Objective objective, TemperatureSchedule temperature,
                        StructuredOutput structured) {
    /** Written out rather than compact so that the kind's own rules can be checked on the finished record. */
    public ModelSpec(ModelKind kind, Backbone backbone, List<Integer> hidden, int latentDim, List<Integer> categories,
                     Likelihood likelihood, double gaussianSigma, KlEstimator klEstimator, boolean conditional,
                     int numClasses, int rows, int cols, Objective objective, TemperatureSchedule temperature,
                     StructuredOutput structured) {
        hidden = List.copyOf(hidden);
        categories = List.copyOf(categories);
        if (latentDim < 0 || latentDim > 512) {
            throw new IllegalArgumentException("latent size must be 0..512, got " + latentDim);
        }
        if (latentDim == 0 && categories.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one latent variable");
        }
        for (int k : categories) {
            if (k < 2 || k > 1000) {
                throw new IllegalArgumentException("a categorical latent needs 2..1000 categories, got " + k);
            }
        }
        if (!categories.isEmpty() && temperature == null) {
            throw new IllegalArgumentException("categorical latents need a temperature schedule");
        }
        for (int h : hidden) {
            if (h < 1 || h > 8192) {
                throw new IllegalArgumentException("hidden layer width must be 1..8192, got " + h);
            }
        }
        if (backbone == Backbone.MLP && hidden.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs at least one hidden layer");
        }
        if (backbone == Backbone.CONV && (rows % 4 != 0 || cols % 4 != 0 || rows < 8 || cols < 8)) {
            throw new IllegalArgumentException("the conv net needs image sides divisible by 4, got " + rows + "x" + cols);
        }
        if (backbone == Backbone.DUPONT && (conditional || rows < 8 || cols < 8 || rows > 64 || cols > 64)) {
            throw new IllegalArgumentException("Dupont's conv net takes no label and images of 8x8 to 64x64, got "
                    + rows + "x" + cols + (conditional ? " with a label" : ""));
        }
        if (conditional && numClasses < 2) {
            throw new IllegalArgumentException("a conditional model needs at least 2 classes");
        }
        // Kept by every spec (the Gaussian likelihood reads it): never NaN, infinite or negative.
        if (!(gaussianSigma > 0) || Double.isInfinite(gaussianSigma)) {
            throw new IllegalArgumentException("the Gaussian sigma must be a positive number, got " + gaussianSigma);
        }
        this.kind = kind;
        this.backbone = backbone;
        this.hidden = hidden;
        this.latentDim = latentDim;
        this.categories = categories;
        this.likelihood = likelihood;
        this.gaussianSigma = gaussianSigma;
        this.klEstimator = klEstimator;
        this.conditional = conditional;
        this.numClasses = numClasses;
        this.rows = rows;
        this.cols = cols;
        this.objective = objective;
        this.temperature = temperature;
        this.structured = structured;
        if (kind != null) {
            // A manifest without a kind is refused by ManifestCheck with its own message.
            kind.family().validate(this);
        }
        if (objective.type() == ObjectiveType.JOINT_CAPACITY && (categories.isEmpty() || latentDim == 0)) {
            throw new IllegalArgumentException("the joint capacity objective needs continuous and discrete latents");
        }
    }

    /** What a model of this spec can do. */
    public Capabilities capabilities() {
        return kind.family().capabilities(this);
    }

    public int pixels() {
        return rows * cols;
    }

    /** Total width of the concatenated one-hot codes of all categorical latents. */
    public int categoricalWidth() {
        return categories.stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasCategorical() {
        return !categories.isEmpty();
    }
}
