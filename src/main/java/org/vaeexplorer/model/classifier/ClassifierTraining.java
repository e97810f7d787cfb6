package org.vaeexplorer.model.classifier;

import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.ListenerVariables;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * One epoch of minibatch training of an {@link ImageClassifier}: the images in a seeded random order, Adam on the
 * mean cross-entropy, dropout on the penultimate layer. One {@code SameDiff.fit} call per epoch, so its training
 * session is built once (as {@code SessionFit} does for the VAEs).
 */
public final class ClassifierTraining {
    /** The share of penultimate units kept in training (Srivastava et al. 2014's 0.5 for hidden units). */
    public static final float KEEP = 0.5f;

    private ClassifierTraining() {
    }

    /** Hears each step's batch loss (mean nats per image) after its update. */
    public interface StepDone {
        void stepped(int step, double loss);
    }

    /**
     * Trains {@code classifier} one pass over {@code data} in batches of {@code batchSize}, the order and the dropout
     * masks drawn from {@code random}; a last partial batch is kept. Returns the mean of the batches' losses.
     */
    public static double epoch(ImageClassifier classifier, LabelledImages data, int batchSize, SplittableRandom random,
                               StepDone done) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no images to train on");
        }
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Feed feed = new Feed(classifier, data, order, batchSize, random);
        double[] sum = new double[1];
        double[] last = new double[1];
        int[] steps = new int[1];
        BaseListener afterEachStep = new BaseListener() {
            @Override
            public boolean isActive(Operation operation) {
                return operation == Operation.TRAINING;
            }

            @Override
            public ListenerVariables requiredVariables(SameDiff sd) {
                return ListenerVariables.builder().trainingVariables(ClassifierGraph.LOGITS).build();
            }

            @Override
            public void activationAvailable(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, String varName,
                                            INDArray activation) {
                if (ClassifierGraph.LOGITS.equals(varName)) {
                    last[0] = meanCrossEntropy(activation, batch.getFeatures(1));
                }
            }

            @Override
            public void iterationDone(SameDiff sd, At at, MultiDataSet batch, Loss loss) {
                sum[0] += last[0];
                done.stepped(++steps[0], last[0]);
            }
        };
        classifier.graph().fit(feed, 1, afterEachStep);
        return sum[0] / steps[0];
    }

    /**
     * The batch's loss as the graph computes it, -mean_i log softmax(logits_i)[y_i], from the logits of the training
     * pass (SameDiff hands listeners the loss op's inputs, not its output, while it trains).
     */
    static double meanCrossEntropy(INDArray logits, INDArray oneHot) {
        float[] l = logits.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').reshape(-1).toFloatVector();
        float[] y = oneHot.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').reshape(-1).toFloatVector();
        int classes = (int) logits.size(1);
        int n = l.length / classes;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, l[i * classes + k]);
            }
            double norm = 0;
            double picked = 0;
            for (int k = 0; k < classes; k++) {
                norm += Math.exp(l[i * classes + k] - max);
                picked += y[i * classes + k] * (l[i * classes + k] - max);
            }
            sum += Math.log(norm) - picked;
        }
        return sum / n;
    }

    /** The batches of one epoch, built as SameDiff asks for them. */
    private static final class Feed extends org.vaeexplorer.model.OnePassFeeds {
        private final ImageClassifier classifier;
        private final LabelledImages data;
        private final int[] order;
        private final int batchSize;
        private final SplittableRandom random;
        private int next;

        Feed(ImageClassifier classifier, LabelledImages data, int[] order, int batchSize, SplittableRandom random) {
            this.classifier = classifier;
            this.data = data;
            this.order = order;
            this.batchSize = batchSize;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return next < order.length;
        }

        @Override
        public MultiDataSet next() {
            int n = Math.min(batchSize, order.length - next);
            int[] idx = new int[n];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = order[next + i];
                labels[i] = data.label(idx[i]);
            }
            next += n;
            float[] mask = new float[n * ClassifierShape.FEATURES];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = random.nextDouble() < KEEP ? 1f / KEEP : 0f;
            }
            Map<String, INDArray> feed = classifier.feed(data.images(idx), n, labels, mask);
            return new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[] {feed.get(ClassifierGraph.IMAGES),
                    feed.get(ClassifierGraph.LABELS), feed.get(ClassifierGraph.DROPOUT)}, new INDArray[0]);
        }
    }
}
