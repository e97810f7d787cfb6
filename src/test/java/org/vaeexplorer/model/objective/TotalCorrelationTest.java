package org.vaeexplorer.model.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The minibatch-weighted-sampling TC estimate against a closed form: codes mu_n ~ N(0, [[1, rho], [rho, 1]]) with
 * posteriors q(z|n) = N(mu_n, s^2 I) make the aggregate posterior q(z) = N(0, [[1 + s^2, rho], [rho, 1 + s^2]]),
 * whose TC is -1/2 log(1 - r^2) with r = rho / (1 + s^2). The estimate over a batch of M is a kernel density
 * estimate of q(z), consistent as M grows; at M = 3000 its bias (the self term, about 1/M of the density ratio) and
 * spread of the batch mean are both well under the 0.03 nats allowed.
 */
class TotalCorrelationTest {
    private static final int M = 3000;
    private static final double S = 0.3;

    @Test
    void correlatedGaussianCodesGiveTheClosedFormTotalCorrelation() {
        double rho = 0.8;
        double r = rho / (1 + S * S);
        double exact = -0.5 * Math.log(1 - r * r);
        assertEquals(exact, meanEstimate(rho, 1), 0.03, "exact " + exact);
    }

    @Test
    void independentCodesGiveNoTotalCorrelation() {
        assertEquals(0, meanEstimate(0, 2), 0.03);
    }

    /** The three terms of Chen et al.'s eq. 2, estimated on one batch, sum to log q(z|x) - log p(z) term by term. */
    @Test
    void theTotalCorrelationIsTheGapBetweenTheJointAndTheProductOfMarginals() {
        Random random = new Random(5);
        double[][] z = new double[5][3];
        double[][] mu = new double[5][3];
        double[][] logVar = new double[5][3];
        for (int i = 0; i < 5; i++) {
            for (int d = 0; d < 3; d++) {
                mu[i][d] = random.nextGaussian();
                logVar[i][d] = -1 + random.nextDouble();
                z[i][d] = mu[i][d] + Math.exp(logVar[i][d] / 2) * random.nextGaussian();
            }
        }
        double[] tc = TotalCorrelation.perImage(z, mu, logVar);
        for (int i = 0; i < 5; i++) {
            double[] joint = new double[5];
            double marginals = 0;
            for (int d = 0; d < 3; d++) {
                double[] col = new double[5];
                for (int j = 0; j < 5; j++) {
                    double e = z[i][d] - mu[j][d];
                    col[j] = -0.5 * (Math.log(2 * Math.PI) + logVar[j][d] + e * e / Math.exp(logVar[j][d]));
                    joint[j] += col[j];
                }
                marginals += Math.log(Arrays.stream(col).map(Math::exp).average().orElseThrow());
            }
            double logQz = Math.log(Arrays.stream(joint).map(Math::exp).average().orElseThrow());
            assertEquals(logQz - marginals, tc[i], 1e-9);
        }
    }

    private static double meanEstimate(double rho, long seed) {
        Random random = new Random(seed);
        double[][] z = new double[M][2];
        double[][] mu = new double[M][2];
        double[][] logVar = new double[M][2];
        for (int i = 0; i < M; i++) {
            double a = random.nextGaussian();
            double b = rho * a + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            mu[i] = new double[] {a, b};
            logVar[i] = new double[] {Math.log(S * S), Math.log(S * S)};
            z[i] = new double[] {a + S * random.nextGaussian(), b + S * random.nextGaussian()};
        }
        return Arrays.stream(TotalCorrelation.perImage(z, mu, logVar)).average().orElseThrow();
    }
}
