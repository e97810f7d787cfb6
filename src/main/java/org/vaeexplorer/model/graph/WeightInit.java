package org.vaeexplorer.model.graph;

import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The weights a graph is built with. Fresh ones are seeded: Xavier/Glorot uniform U(-a, a),
 * a = sqrt(6 / (fan_in + fan_out)) (Glorot and Bengio 2010), zero biases, drawn from our own generator so that a
 * seed fixes the whole run. A {@link Source} supplies them instead by name: a checkpoint's saved weights, or
 * stand-ins while only the graph's structure is wanted.
 */
public final class WeightInit {
    /** Supplies the array of the weight {@code name}, whose shape the graph being built requires. */
    public interface Source {
        INDArray array(String name, long[] shape, DataType dataType);
    }

    private final SplittableRandom random;
    private final DataType dataType;
    private final Source source;

    WeightInit(long seed, DataType dataType) {
        this(new SplittableRandom(seed), dataType, null);
    }

    private WeightInit(SplittableRandom random, DataType dataType, Source source) {
        this.random = random;
        this.dataType = dataType;
        this.source = source;
    }

    /** Every weight from {@code source}, by name. */
    public static WeightInit from(Source source, DataType dataType) {
        return new WeightInit(null, dataType, source);
    }

    SDVariable xavierUniform(SameDiff sd, String name, long fanIn, long fanOut, long... shape) {
        if (source != null) {
            return sd.var(name, source.array(name, shape, dataType));
        }
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] values = new double[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (2 * random.nextDouble() - 1) * a;
        }
        return sd.var(name, Nd4j.create(values, shape, dataType));
    }

    SDVariable zeros(SameDiff sd, String name, long... shape) {
        return sd.var(name, source != null ? source.array(name, shape, dataType) : Nd4j.zeros(dataType, shape));
    }

    SDVariable filled(SameDiff sd, String name, double value, long... shape) {
        return sd.var(name, source != null ? source.array(name, shape, dataType)
                : Nd4j.zeros(dataType, shape).addi(value));
    }
}
