package org.vaeexplorer.model;

/**
 * The rules every {@link ModelSpec} obeys whatever its kind, checked by each kind's record when it is made (from the
 * builder or a manifest), in the order they were always checked so that a spec breaking two rules names the same.
 */
final class SpecRules {
    private SpecRules() {
    }

    /**
     * The network's own rules and those it shares with the label input.
     *
     * @throws IllegalArgumentException with a sentence naming the first rule broken
     */
    static void checkNetwork(Network n, boolean conditional) {
        int latentDim = n.latentDim();
        if (latentDim < 0 || latentDim > 512) {
            throw SpecException.of("spec.latentRange", "latent size must be 0..512, got " + latentDim,
                    String.valueOf(latentDim));
        }
        if (latentDim == 0 && n.categories().isEmpty()) {
            throw SpecException.of("spec.noLatent", "a model needs at least one latent variable");
        }
        for (int k : n.categories()) {
            if (k < 2 || k > 1000) {
                throw SpecException.of("spec.categoriesRange", "a categorical latent needs 2..1000 categories, got "
                        + k, String.valueOf(k));
            }
        }
        if (!n.categories().isEmpty() && n.temperature() == null) {
            throw SpecException.of("spec.noTemperature", "categorical latents need a temperature schedule");
        }
        for (int h : n.hidden()) {
            if (h < 1 || h > 8192) {
                throw SpecException.of("spec.hiddenRange", "hidden layer width must be 1..8192, got " + h,
                        String.valueOf(h));
            }
        }
        Backbone backbone = n.backbone();
        int rows = n.rows();
        int cols = n.cols();
        if (n.channels() != 1 && n.channels() != 3) {
            throw SpecException.of("spec.channels", "images have 1 channel (grey) or 3 (colour), got "
                    + n.channels(), String.valueOf(n.channels()));
        }
        if (n.extraStages() < 0 || n.extraStages() > 1 || backbone == Backbone.MLP && n.extraStages() != 0
                || backbone == Backbone.CONV && n.extraStages() == 1 && (rows % 8 != 0 || cols % 8 != 0)) {
            throw SpecException.of("spec.extraStages", "a conv net gains at most one stage (for sides divisible by"
                    + " 8 in the conv net), an MLP none; got " + n.extraStages(), String.valueOf(n.extraStages()));
        }
        if (backbone == Backbone.MLP && n.hidden().isEmpty()) {
            throw SpecException.of("spec.mlpNoHidden", "an MLP needs at least one hidden layer");
        }
        if (backbone == Backbone.CONV && (rows % 4 != 0 || cols % 4 != 0 || rows < 8 || cols < 8)) {
            throw SpecException.of("spec.convSides", "the conv net needs image sides divisible by 4, got " + rows
                    + "x" + cols, String.valueOf(rows), String.valueOf(cols));
        }
        if (backbone == Backbone.DUPONT && (conditional || rows < 8 || cols < 8 || rows > 64 || cols > 64)) {
            throw SpecException.of(conditional ? "spec.dupontWithLabel" : "spec.dupont",
                    "Dupont's conv net takes no label and images of 8x8 to 64x64, got " + rows + "x" + cols
                            + (conditional ? " with a label" : ""), String.valueOf(rows), String.valueOf(cols));
        }
        if (conditional && n.numClasses() < 2) {
            throw SpecException.of("spec.conditionalClasses", "a conditional model needs at least 2 classes to pick"
                    + " its label from (a folder of pictures without class subfolders has none: put each class in a"
                    + " subfolder of its own)");
        }
        // Kept by every spec (the Gaussian likelihood reads it): never NaN, infinite or negative.
        if (!(n.gaussianSigma() > 0) || Double.isInfinite(n.gaussianSigma())) {
            throw SpecException.of("spec.sigma", "the Gaussian sigma must be a positive number, got "
                    + n.gaussianSigma(), String.valueOf(n.gaussianSigma()));
        }
    }

    /**
     * The objective's rules on the latents.
     *
     * @throws IllegalArgumentException when the objective needs latents the network does not have
     */
    static void checkObjective(Network n, Objective objective) {
        if (objective.type() == ObjectiveType.JOINT_CAPACITY && (n.categories().isEmpty() || n.latentDim() == 0)) {
            throw SpecException.of("spec.jointLatents",
                    "the joint capacity objective needs continuous and discrete latents");
        }
    }

    /** Both, for a kind with no rules of its own. */
    static void check(Network n, boolean conditional, Objective objective) {
        checkNetwork(n, conditional);
        checkObjective(n, objective);
    }
}
