package org.vaeexplorer.cli;

import java.util.Locale;
import java.util.Optional;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.metrics.DisentanglementScores;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.run.FactorScoring;

/**
 * {@code eval}'s disentanglement metrics, for a dataset with known factors ({@code sprites}, {@code sprites-small}):
 * computed by {@link FactorScoring} on the encoder means of images drawn for a sample of factor combinations seeded
 * by {@code --seed}, with {@link DisentanglementScores.SampleSizes#EVAL}'s sizes (2,000 shared points; 300 + 200
 * votes and points of 64; about 60,000 images drawn and encoded, about 15 s for a small MLP VAE on sprites-small on
 * this machine).
 */
final class DisentanglementEval {
    private DisentanglementEval() {
    }

    /** The metrics of {@code model} trained on {@code source}, or empty when that dataset has no factors. */
    static Optional<DisentanglementScores> scores(VaeModel model, String source, PixelScaling scaling, long seed) {
        return FactorScoring.of(source, model.spec(), scaling, DisentanglementScores.SampleSizes.EVAL, seed)
                .map(scoring -> scoring.scores(model));
    }

    /** Prints {@code mig=}, {@code factorvae_score=}, {@code betavae_score=}, {@code dci_disentanglement=} when
     * {@code source} names a dataset with factors whose whole range the model saw; otherwise prints nothing. */
    static void printIfFactors(VaeModel model, String source, PixelScaling scaling, long seed) {
        scores(model, source, scaling, seed).ifPresent(s -> s.named().forEach((name, value) ->
                System.out.printf(Locale.ROOT, "%s=%.4f%n", name, value)));
    }
}
