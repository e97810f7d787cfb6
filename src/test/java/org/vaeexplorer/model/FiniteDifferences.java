package org.vaeexplorer.model;

import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.graph.GraphNames;

/** Central finite differences of a graph's loss, to check SameDiff's gradients against. */
final class FiniteDifferences {
    private static final double H = 1e-6;

    private FiniteDifferences() {
    }

    /** One entry's two gradients and their relative difference |a - n| / max(1e-3, |a| + |n|). */
    record Check(double analytic, double numeric) {
        double error() {
            return Math.abs(analytic - numeric) / Math.max(1e-3, Math.abs(analytic) + Math.abs(numeric));
        }

        @Override
        public String toString() {
            return "analytic " + analytic + " vs numeric " + numeric;
        }
    }

    /** (loss(w_i + h) - loss(w_i - h)) / 2h for entry {@code i} of {@code param}, restored afterwards. */
    static Check check(SameDiff sd, Map<String, INDArray> feed, INDArray param, int i, double analytic) {
        double original = param.getDouble(i);
        param.putScalar(i, original + H);
        double plus = loss(sd, feed);
        param.putScalar(i, original - H);
        double minus = loss(sd, feed);
        param.putScalar(i, original);
        return new Check(analytic, (plus - minus) / (2 * H));
    }

    private static double loss(SameDiff sd, Map<String, INDArray> feed) {
        return sd.output(feed, GraphNames.LOSS).get(GraphNames.LOSS).getDouble(0);
    }
}
