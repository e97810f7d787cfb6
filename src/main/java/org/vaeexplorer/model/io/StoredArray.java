package org.vaeexplorer.model.io;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.nd4j.graph.ByteOrder;
import org.nd4j.graph.DType;
import org.nd4j.graph.FlatArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.InvalidGraphException;

/**
 * One array of a saved graph: its header, checked against its bytes while it is read in Java ({@link #read}), and
 * the bytes themselves, which become an ND4J array only through {@link #values}, after every value was checked.
 *
 * @param dataType {@link DType#FLOAT} or {@link DType#DOUBLE} for weights (small op arguments may be integers)
 * @param data     exactly {@code length * elementSize} bytes, ordered as stored
 */
public record StoredArray(byte dataType, long[] shape, ByteBuffer data) {
    private static final int MAX_RANK = 8;

    public long length() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    String shapeText() {
        return Arrays.toString(shape);
    }

    /**
     * The array's header checked against its bytes; null when there is none. Only arrays in row-major order with
     * the strides of their shape are accepted (all this app writes); weights and optimiser state must be float32
     * or float64, the small arrays of op arguments may be integers or flags too.
     */
    static StoredArray read(FlatArray fa, String name, boolean floatsOnly) throws InvalidGraphException {
        if (fa == null) {
            return null;
        }
        int infoLength = fa.shapeLength();
        if (infoLength < 4) {
            throw new InvalidGraphException("the header of '" + name + "' is damaged");
        }
        long rank = fa.shape(0);
        if (rank < 0 || rank > MAX_RANK || infoLength != 2 * rank + 4) {
            throw new InvalidGraphException("the header of '" + name + "' is damaged (rank " + rank + ")");
        }
        int r = (int) rank;
        long[] shape = new long[r];
        long length = 1;
        for (int i = 0; i < r; i++) {
            shape[i] = fa.shape(1 + i);
            if (shape[i] < 1 || shape[i] > Integer.MAX_VALUE) {
                throw new InvalidGraphException("'" + name + "' has a dimension of " + shape[i]);
            }
            length = Math.multiplyExact(length, shape[i]);
        }
        long stride = 1;
        for (int i = r - 1; i >= 0; i--) {
            if (fa.shape(1 + r + i) != stride && shape[i] != 1) {
                throw new InvalidGraphException("'" + name + "' is not stored in row-major order");
            }
            stride *= shape[i];
        }
        if (fa.shape(infoLength - 1) != 'c') {
            throw new InvalidGraphException("'" + name + "' is not stored in row-major order");
        }
        int elementSize = switch (fa.dtype()) {
            case DType.FLOAT -> Float.BYTES;
            case DType.DOUBLE -> Double.BYTES;
            case DType.BOOL, DType.INT8, DType.UINT8 -> floatsOnly ? 0 : 1;
            case DType.HALF, DType.BFLOAT16, DType.INT16, DType.UINT16 -> floatsOnly ? 0 : 2;
            case DType.INT32, DType.UINT32 -> floatsOnly ? 0 : 4;
            case DType.INT64, DType.UINT64 -> floatsOnly ? 0 : 8;
            default -> 0;
        };
        if (elementSize == 0) {
            throw new InvalidGraphException("'" + name + "' holds data of type " + fa.dtype()
                    + (floatsOnly ? ", not float32 or float64" : ", which this version does not read"));
        }
        ByteBuffer data = fa.bufferAsByteBuffer();
        if (data == null || data.remaining() != length * elementSize) {
            throw new InvalidGraphException("'" + name + "' declares " + length + " values of " + elementSize
                    + " bytes but holds " + (data == null ? 0 : data.remaining()) + " bytes");
        }
        java.nio.ByteOrder order = switch (fa.byteOrder()) {
            case ByteOrder.BE -> java.nio.ByteOrder.BIG_ENDIAN;
            case ByteOrder.LE -> java.nio.ByteOrder.LITTLE_ENDIAN;
            default -> throw new InvalidGraphException("'" + name + "' has an unknown byte order");
        };
        return new StoredArray(fa.dtype(), shape, data.slice().order(order));
    }

    /** Type, shape and values of a small array (scalars, constants), as text for the structure. */
    static String describe(StoredArray a) {
        if (a == null) {
            return "-";
        }
        if (a.length() > 4096) {
            return a.dataType() + a.shapeText() + "#" + a.data().hashCode();
        }
        StringBuilder s = new StringBuilder().append(a.dataType()).append(a.shapeText()).append('=');
        ByteBuffer b = a.data().duplicate();
        while (b.hasRemaining()) {
            s.append(Integer.toHexString(b.get() & 0xff)).append('.');
        }
        return s.toString();
    }

    /**
     * The saved array as an ND4J array of {@code dataType}, refused with its name when any value is NaN or
     * infinite (or negative, where it cannot be): one pass over the values as they are copied.
     */
    INDArray values(String name, long[] shape, DataType dataType, boolean nonNegative)
            throws InvalidGraphException {
        byte want = dataType == DataType.DOUBLE ? DType.DOUBLE : DType.FLOAT;
        if (dataType() != want) {
            throw new InvalidGraphException("its weights mix data types ('" + shorten(name) + "' is not "
                    + dataType.name().toLowerCase(Locale.ROOT) + ")");
        }
        ByteBuffer data = data().duplicate().order(data().order());
        if (dataType == DataType.DOUBLE) {
            double[] v = new double[Math.toIntExact(length())];
            data.asDoubleBuffer().get(v);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i]) || nonNegative && v[i] < 0) {
                    throw nonFinite(name, v[i], i);
                }
            }
            return Nd4j.create(v, shape, 'c');
        }
        float[] v = new float[Math.toIntExact(length())];
        data.asFloatBuffer().get(v);
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i]) || nonNegative && v[i] < 0) {
                throw nonFinite(name, v[i], i);
            }
        }
        return Nd4j.create(v, shape, 'c');
    }

    private static InvalidGraphException nonFinite(String name, double value, int index) {
        String what = Double.isNaN(value) ? "NaN" : Double.isInfinite(value) ? "an infinite value"
                : "a negative value";
        return new InvalidGraphException("its weights hold " + what + " in '" + shorten(name) + "' (element "
                + index + "); a model with such weights computes nothing");
    }

    static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
