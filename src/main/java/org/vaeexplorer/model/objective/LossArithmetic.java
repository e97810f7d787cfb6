package org.vaeexplorer.model.objective;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.graph.GraphNames;
import org.vaeexplorer.model.graph.StructuredOutputGraph;

/**
 * The arithmetic a training objective is written in, so that each objective is written once
 * ({@link StandardObjective}, {@link StructuredOutputGraph#loss}): on the graph's variables when the graph is built
 * ({@link #graph}), and on numbers when a training step's loss is completed from its captured terms
 * ({@link #batchMeans}, {@link #batchSums}). A value is a per-image term [B] until {@link #mean} makes it the batch's.
 *
 * @param <T> a graph variable, or a number standing for a per-image term
 */
public interface LossArithmetic<T> {
    T add(T a, T b);

    T minus(T a, T b);

    T times(T a, double factor);

    T abs(T a);

    /** The batch mean of a per-image term. */
    T mean(T perImage);

    /** The capacity C_t a step is fed through the placeholder {@code name} ({@link GraphNames#CAP_CONT} ...). */
    T capacity(String name);

    /** On the graph: each operation adds its op, and a capacity is a scalar placeholder. */
    static LossArithmetic<SDVariable> graph(SameDiff sd, DataType dataType) {
        return new LossArithmetic<>() {
            @Override
            public SDVariable add(SDVariable a, SDVariable b) {
                return a.add(b);
            }

            @Override
            public SDVariable minus(SDVariable a, SDVariable b) {
                return a.sub(b);
            }

            @Override
            public SDVariable times(SDVariable a, double factor) {
                return a.mul(factor);
            }

            @Override
            public SDVariable abs(SDVariable a) {
                return sd.math().abs(a);
            }

            @Override
            public SDVariable mean(SDVariable perImage) {
                return perImage.mean();
            }

            @Override
            public SDVariable capacity(String name) {
                return sd.placeHolder(name, dataType);
            }
        };
    }

    /**
     * On numbers, each per-image term carried as its batch mean, which {@link #mean} keeps: exact wherever the
     * objective sums and scales per-image terms before their mean (the mean of a sum is the sum of the means), and
     * |.| and minus only ever meet batch means. {@code schedules}: the capacities the step was fed.
     */
    static LossArithmetic<Double> batchMeans(Schedules schedules) {
        return new Numbers(1, schedules);
    }

    /** On numbers, each per-image term carried as its sum over the batch of {@code n}; {@link #mean} divides. */
    static LossArithmetic<Double> batchSums(int n) {
        return new Numbers(n, null);
    }

    /** {@link #batchMeans} and {@link #batchSums}. */
    final class Numbers implements LossArithmetic<Double> {
        private final double divisor;
        private final Schedules schedules;

        private Numbers(double divisor, Schedules schedules) {
            this.divisor = divisor;
            this.schedules = schedules;
        }

        @Override
        public Double add(Double a, Double b) {
            return a + b;
        }

        @Override
        public Double minus(Double a, Double b) {
            return a - b;
        }

        @Override
        public Double times(Double a, double factor) {
            return a * factor;
        }

        @Override
        public Double abs(Double a) {
            return Math.abs(a);
        }

        @Override
        public Double mean(Double perImage) {
            return divisor == 1 ? perImage : perImage / divisor;
        }

        @Override
        public Double capacity(String name) {
            if (schedules == null) {
                throw new IllegalStateException("no capacities were fed");
            }
            return switch (name) {
                case GraphNames.CAP_CONT -> schedules.continuousCapacity();
                case GraphNames.CAP_DISC -> schedules.discreteCapacity();
                default -> throw new IllegalArgumentException("no capacity '" + name + "'");
            };
        }
    }
}
