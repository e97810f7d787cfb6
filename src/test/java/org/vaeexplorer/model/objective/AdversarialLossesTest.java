package org.vaeexplorer.model.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Each CVAE-GAN loss on a tiny batch against the same loss written out by hand from its equation. */
class AdversarialLossesTest {
    private static final double TOLERANCE = 1e-12;
    private static final double[][] REAL = {{0.5, -1.0, 2.0}, {1.5, 0.0, -0.5}, {-2.0, 1.0, 0.25}, {0.0, 3.0, 1.0}};
    private static final double[][] GENERATED = {{0.0, -0.5, 1.0}, {2.0, 1.0, 0.0}, {-1.0, 0.5, 0.5},
        {1.0, 2.0, -1.0}};
    /** Classes 0, 2, 0, 2 of three: class 1 is absent. */
    private static final double[][] LABELS = {{1, 0, 0}, {0, 0, 1}, {1, 0, 0}, {0, 0, 1}};

    private static double[] eval(Function<SameDiff, SDVariable> loss) {
        SameDiff sd = SameDiff.create();
        return loss.apply(sd).eval().castTo(DataType.DOUBLE).toDoubleVector();
    }

    private static SDVariable constant(SameDiff sd, double[][] values) {
        return sd.constant(Nd4j.createFromArray(values));
    }

    private static SDVariable constant(SameDiff sd, double[] values) {
        return sd.constant(Nd4j.createFromArray(values));
    }

    private static double softplus(double a) {
        return Math.log(1 + Math.exp(a));
    }

    @Test
    void discriminatorLossIsTheCrossEntropyOfRealAgainstBothGeneratedSets() {
        double[] real = {2.0, -1.0, 0.5};
        double[] reconstructed = {-3.0, 0.0, 40.0};
        double[] sampled = {1.0, -40.0, 0.25};
        double[] loss = eval(sd -> AdversarialLosses.discriminator(constant(sd, real), constant(sd, reconstructed),
                constant(sd, sampled)));
        for (int i = 0; i < 3; i++) {
            double d = 1 / (1 + Math.exp(-real[i]));
            double f = 1 / (1 + Math.exp(-reconstructed[i]));
            double p = 1 / (1 + Math.exp(-sampled[i]));
            // -(log D(x_r) + log(1 - D(x_f)) + log(1 - D(x_p))); at logit 40, 1 - D is 4e-18: softplus's form there.
            double expected = i == 2 ? softplus(-real[i]) + 40 + Math.log1p(Math.exp(-40)) - Math.log(1 - p)
                    : -(Math.log(d) + Math.log(1 - f) + Math.log(1 - p));
            assertEquals(expected, loss[i], 1e-9, "image " + i);
        }
    }

    @Test
    void classifierLossIsMinusTheLogProbabilityOfTheTrueClass() {
        double[] loss = eval(sd -> AdversarialLosses.classifier(constant(sd, REAL), constant(sd, LABELS)));
        int[] classes = {0, 2, 0, 2};
        for (int i = 0; i < REAL.length; i++) {
            double norm = 0;
            for (double v : REAL[i]) {
                norm += Math.exp(v);
            }
            assertEquals(-Math.log(Math.exp(REAL[i][classes[i]]) / norm), loss[i], TOLERANCE);
        }
    }

    @Test
    void pairwiseMatchingIsHalfTheSquaredDistancePerImage() {
        double[] loss = eval(sd -> AdversarialLosses.pairwise(constant(sd, REAL), constant(sd, GENERATED)));
        for (int i = 0; i < REAL.length; i++) {
            double s = 0;
            for (int f = 0; f < 3; f++) {
                s += (REAL[i][f] - GENERATED[i][f]) * (REAL[i][f] - GENERATED[i][f]);
            }
            assertEquals(s / 2, loss[i], TOLERANCE);
        }
    }

    @Test
    void meanFeatureMatchingComparesTheBatchMeans() {
        double[] loss = eval(sd -> AdversarialLosses.meanMatching(constant(sd, REAL), constant(sd, GENERATED)));
        double s = 0;
        for (int f = 0; f < 3; f++) {
            double r = 0;
            double g = 0;
            for (int i = 0; i < REAL.length; i++) {
                r += REAL[i][f] / REAL.length;
                g += GENERATED[i][f] / REAL.length;
            }
            s += (r - g) * (r - g);
        }
        assertEquals(s / 2, loss[0], TOLERANCE);
    }

    @Test
    void classMeanMatchingComparesEachPresentClassesMeansAndIgnoresAnAbsentOne() {
        double[] loss = eval(sd -> AdversarialLosses.classMeanMatching(constant(sd, REAL), constant(sd, GENERATED),
                constant(sd, LABELS)));
        double s = 0;
        for (int[] members : new int[][] {{0, 2}, {1, 3}}) {
            for (int f = 0; f < 3; f++) {
                double r = (REAL[members[0]][f] + REAL[members[1]][f]) / 2;
                double g = (GENERATED[members[0]][f] + GENERATED[members[1]][f]) / 2;
                s += (r - g) * (r - g);
            }
        }
        assertEquals(s / 2, loss[0], TOLERANCE);
    }
}
