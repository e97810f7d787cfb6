package org.vaeexplorer.metrics;

/**
 * Multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent on standardised
 * features (the standardisation of the training points is kept and applied to new ones). The linear classifier of
 * the beta-VAE score: disentanglement_lib fits scikit-learn's {@code LogisticRegression} (L2, C = 1) there.
 */
final class LogisticRegression {
    private static final int ITERATIONS = 500;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-3;
    private final double[] mean;
    private final double[] scale;
    private final double[][] weights; // [class][feature + bias]

    private LogisticRegression(double[] mean, double[] scale, double[][] weights) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    static LogisticRegression fit(double[][] x, int[] labels, int classes) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        double[] var = MetricMath.variances(x);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = var[j] > 0 ? 1 / Math.sqrt(var[j]) : 0;
        }
        LogisticRegression model = new LogisticRegression(mean, scale, new double[classes][d + 1]);
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = model.standardised(x[i]);
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] gradient = new double[classes][d + 1];
            for (int i = 0; i < n; i++) {
                double[] p = model.probabilities(z[i]);
                for (int c = 0; c < classes; c++) {
                    double e = (p[c] - (labels[i] == c ? 1 : 0)) / n;
                    for (int j = 0; j < d; j++) {
                        gradient[c][j] += e * z[i][j];
                    }
                    gradient[c][d] += e;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j <= d; j++) {
                    double penalty = j < d ? L2 * model.weights[c][j] : 0;
                    model.weights[c][j] -= RATE * (gradient[c][j] + penalty);
                }
            }
        }
        return model;
    }

    int predict(double[] features) {
        double[] p = probabilities(standardised(features));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    double accuracy(double[][] x, int[] labels) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += predict(x[i]) == labels[i] ? 1 : 0;
        }
        return right / (double) x.length;
    }

    private double[] standardised(double[] features) {
        double[] z = new double[features.length];
        for (int j = 0; j < features.length; j++) {
            z[j] = (features[j] - mean[j]) * scale[j];
        }
        return z;
    }

    private double[] probabilities(double[] z) {
        int classes = weights.length;
        double[] logits = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = weights[c][z.length];
            for (int j = 0; j < z.length; j++) {
                s += weights[c][j] * z[j];
            }
            logits[c] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int c = 0; c < classes; c++) {
            logits[c] = Math.exp(logits[c] - max);
            total += logits[c];
        }
        for (int c = 0; c < classes; c++) {
            logits[c] /= total;
        }
        return logits;
    }
}
