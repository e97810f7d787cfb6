package org.vaeexplorer.model;

import static org.vaeexplorer.model.graph.GraphNames.BASELINE_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.EPS_PRIOR;
import static org.vaeexplorer.model.graph.GraphNames.MASK;
import static org.vaeexplorer.model.graph.GraphNames.PRIOR_SAMPLE_MEAN;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a structured-output CVAE says about one image with some quadrants given: the baseline's single guess
 * y_hat = f(x), and completions y ~ p(y|x, z) with z = mu(x) + sigma(x) * u, u ~ N(0, I), drawn from the prior
 * network (Sohn et al. 2015). Pixel means in [0, 1] for every pixel (given ones too: callers paste the given part
 * back). The pixels of the hidden quadrants of {@code image} are never read.
 */
public final class StructuredOutputs {
    private StructuredOutputs() {
    }

    /** The baseline's guess of every pixel. */
    public static float[] baselineGuess(VaeModel model, float[] image, int givenSet) {
        Map<String, INDArray> feed = feed(model, image, givenSet, 1);
        return VaeModel.toFloats(model.output(feed, BASELINE_MEAN).get(BASELINE_MEAN));
    }

    /** {@code n} completions ({@code n * pixels} means), one per row of {@code u} ({@code n * latentDim}). */
    public static float[] completions(VaeModel model, float[] image, int givenSet, float[] u, int n) {
        Map<String, INDArray> feed = feed(model, image, givenSet, n);
        feed.put(EPS_PRIOR, model.matrix(u, n));
        return VaeModel.toFloats(model.output(feed, PRIOR_SAMPLE_MEAN).get(PRIOR_SAMPLE_MEAN));
    }

    private static Map<String, INDArray> feed(VaeModel model, float[] image, int givenSet, int n) {
        ModelSpec spec = model.spec();
        if (!spec.capabilities().completes()) {
            throw new IllegalArgumentException("completions need a structured-output CVAE");
        }
        int p = spec.pixels();
        if (image.length != p) {
            throw new IllegalArgumentException("the model completes " + spec.rows() + "x" + spec.cols()
                    + " images, got " + image.length + " pixels");
        }
        float[] mask = QuadrantMask.pixels(givenSet, spec.rows(), spec.cols());
        float[] x = new float[n * p];
        float[] m = new float[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                // Hidden pixels are zeroed here so that nothing of them can leak into the inputs.
                x[i * p + j] = image[j] * mask[j];
            }
            System.arraycopy(mask, 0, m, i * p, p);
        }
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put(X, model.matrix(x, n));
        feed.put(MASK, model.matrix(m, n));
        feed.put(EPS, model.matrix(new float[n * spec.latentDim()], n));
        feed.put(EPS_PRIOR, model.matrix(new float[n * spec.latentDim()], n));
        return feed;
    }
}
