package org.vaeexplorer.model.graph;

import static org.vaeexplorer.model.graph.GraphNames.CAP_CONT;
import static org.vaeexplorer.model.graph.GraphNames.CAP_DISC;
import static org.vaeexplorer.model.graph.GraphNames.EPS;
import static org.vaeexplorer.model.graph.GraphNames.GUMBEL_U;
import static org.vaeexplorer.model.graph.GraphNames.LABEL;
import static org.vaeexplorer.model.graph.GraphNames.TAU;
import static org.vaeexplorer.model.graph.GraphNames.X;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.Batch;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;

/**
 * The placeholder values of one batch for a {@link VaeModel}'s graph: the images, the noise drawn outside the graph
 * ({@link NoiseSource}; none at the means), the labels, the Gumbel temperature and the capacities of this step.
 */
public final class BatchFeed {
    private BatchFeed() {
    }

    public static Map<String, INDArray> of(VaeModel model, Batch batch, NoiseSource noise, Schedules schedules,
                                    boolean useMeans) {
        ModelSpec spec = model.spec();
        DataType dataType = model.dataType();
        int n = batch.size();
        Map<String, INDArray> feed = new LinkedHashMap<>();
        feed.put(X, model.matrix(batch.pixels(), n));
        if (spec.latentDim() > 0) {
            float[] eps = new float[n * spec.latentDim()];
            if (!useMeans) {
                noise.fillNormal(eps);
            }
            feed.put(EPS, model.matrix(eps, n));
        }
        if (spec.conditional()) {
            feed.put(LABEL, model.matrix(VaeModel.oneHot(batch.labels(), spec.numClasses()), n));
        }
        if (spec.hasCategorical()) {
            float[] u = new float[n * spec.categoricalWidth()];
            if (useMeans) {
                Arrays.fill(u, 0.5f);
            } else {
                noise.fillUniform(u);
            }
            feed.put(GUMBEL_U, model.matrix(u, n));
            feed.put(TAU, Nd4j.scalar(dataType, useMeans ? VaeModel.ARGMAX_TEMPERATURE : schedules.temperature()));
        }
        GraphFamily.of(spec).feed(model, feed, n, noise, useMeans);
        if (spec.objective().continuous() != null) {
            feed.put(CAP_CONT, Nd4j.scalar(dataType, schedules.continuousCapacity()));
        }
        if (spec.objective().discrete() != null) {
            feed.put(CAP_DISC, Nd4j.scalar(dataType, schedules.discreteCapacity()));
        }
        return feed;
    }
}
