package org.vaeexplorer.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded initial weights: Xavier/Glorot uniform U(-a, a), a = sqrt(6 / (fan_in + fan_out)) (Glorot and Bengio
 * 2010), zero biases. Drawn from our own generator so that a seed fixes the whole run.
 */
final class WeightInit {
    private final SplittableRandom random;
    private final DataType dataType;

    WeightInit(long seed, DataType dataType) {
        this(new SplittableRandom(seed), dataType);
    }

    private WeightInit(SplittableRandom random, DataType dataType) {
        this.random = random;
        this.dataType = dataType;
    }

    /** Zero weights of the right shapes (no random draws): a graph built only for its variables' shapes. */
    static WeightInit shapesOnly(DataType dataType) {
        return new WeightInit(null, dataType);
    }

    INDArray xavierUniform(long fanIn, long fanOut, long... shape) {
        if (random == null) {
            return zeros(shape);
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
        return Nd4j.create(values, shape, dataType);
    }

    INDArray zeros(long... shape) {
        return Nd4j.zeros(dataType, shape);
    }

    INDArray filled(double value, long... shape) {
        return Nd4j.zeros(dataType, shape).addi(value);
    }
}
