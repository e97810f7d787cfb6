package org.vaeexplorer.training;

import java.util.Locale;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.EngineText;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelSpec;

/**
 * What most likely made a run's loss non-finite, in words a person can act on. The learning rate is the usual
 * suspect, but not always: a small fixed sigma makes the Gaussian reconstruction term steep (its gradient grows as
 * 1/sigma^2), a learned pixel variance can collapse towards zero, and a large capacity penalty (gamma |KL - C|,
 * Burgess et al. 2018) pulls hard on the KL.
 */
public final class DivergenceAdvice {
    private static final double SMALL_SIGMA = 0.05;
    private static final double HIGH_LEARNING_RATE = 2e-3;
    private static final double STRONG_PENALTY = 500;

    private DivergenceAdvice() {
    }

    public static String of(ModelSpec spec, TrainingSettings settings) {
        return text(spec, settings).english();
    }

    /** The advice as a key and arguments for the window, with its English. */
    public static EngineText text(ModelSpec spec, TrainingSettings settings) {
        double lr = settings.learningRate();
        EngineText lower = EngineText.of("train.advice.lowerRate", "try a lower learning rate (e.g. "
                + plain(lr / 2) + " instead of " + plain(lr) + ")", plain(lr / 2), plain(lr));
        if (spec.likelihood() == Likelihood.GAUSSIAN_FIXED && spec.gaussianSigma() < SMALL_SIGMA) {
            String sigma = String.format(Locale.ROOT, "%.3g", spec.gaussianSigma());
            return EngineText.of("train.advice.smallSigma", "The fixed Gaussian sigma (" + sigma + ") is small, "
                    + "which makes the reconstruction term steep: try sigma 0.1 or more, or a Bernoulli likelihood.",
                    sigma);
        }
        if (spec.likelihood() == Likelihood.GAUSSIAN_LEARNED) {
            return EngineText.of("train.advice.learnedVariance", "A learned pixel variance can collapse towards "
                    + "zero: try a fixed sigma, or " + lower.english() + ".", lower);
        }
        CapacitySchedule c = spec.objective().continuous();
        if (c != null && c.gamma() * Math.max(1, c.max()) > STRONG_PENALTY) {
            String gamma = String.format(Locale.ROOT, "%.3g", c.gamma());
            String max = String.format(Locale.ROOT, "%.3g", c.max());
            return EngineText.of("train.advice.capacity", "The capacity penalty (gamma " + gamma + ", capacity up "
                    + "to " + max + " nats) pulls hard on the KL: try a smaller gamma or more capacity iterations, "
                    + "or " + lower.english() + ".", gamma, max, lower);
        }
        if (lr > HIGH_LEARNING_RATE) {
            return EngineText.of("train.advice.highRate", "The learning rate (" + plain(lr) + ") is high for Adam: "
                    + "try 0.001 or 0.0005.", plain(lr));
        }
        String sentence = Character.toUpperCase(lower.english().charAt(0)) + lower.english().substring(1) + ".";
        return EngineText.of("train.advice.lowerRateSentence", sentence, plain(lr / 2), plain(lr));
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
