package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.decoding.DenseRows;

/** The Java dense layer against ND4J's own product, and which arrays it may read in place. */
class DenseRowsTest {
    @Test
    void aLayerOfAFewRowsIsNd4jsProductPlusBiasAndReLU() {
        SplittableRandom r = new SplittableRandom(3);
        float[] a = DecoderImages.values(r, 3 * 5, 1);
        INDArray w = Nd4j.create(DecoderImages.values(r, 5 * 7, 1), new long[] {5, 7}, 'c');
        INDArray b = Nd4j.create(DecoderImages.values(r, 7, 1), new long[] {7}, 'c');
        INDArray expected = Nd4j.create(a, new long[] {3, 5}, 'c').mmul(w).addiRowVector(b);
        assertArrayEquals(expected.dup('c').data().asFloat(), DenseRows.layer(a, 3, w, b, false), 1e-5f);
        assertArrayEquals(Transforms.relu(expected, true).dup('c').data().asFloat(), DenseRows.layer(a, 3, w, b, true),
                1e-5f);
    }

    @Test
    void onlyDenseRowMajorFloatArraysAreReadInPlace() {
        INDArray w = Nd4j.rand(DataType.FLOAT, 4, 6);
        INDArray b = Nd4j.rand(DataType.FLOAT, 6);
        assertTrue(DenseRows.readable(w, b));
        assertFalse(DenseRows.readable(w.dup('f'), b), "column-major");
        assertFalse(DenseRows.readable(w.castTo(DataType.DOUBLE), b), "double");
        INDArray columns = Nd4j.rand(DataType.FLOAT, 4, 8).get(NDArrayIndex.all(), NDArrayIndex.interval(1, 7));
        assertFalse(DenseRows.readable(columns, b), "rows with gaps between them");
        assertFalse(DenseRows.readable(w, Nd4j.rand(DataType.FLOAT, 5)), "a bias of the wrong length");
    }

    @Test
    void slicesOfOneFlatBufferGiveTheLayerOfTheirCopies() {
        SplittableRandom r = new SplittableRandom(5);
        INDArray flat = Nd4j.create(DecoderImages.values(r, 3 + 5 * 7 + 7, 1), new long[] {3 + 5 * 7 + 7}, 'c');
        INDArray w = flat.get(NDArrayIndex.interval(3, 3 + 5 * 7)).reshape('c', 5, 7);
        INDArray b = flat.get(NDArrayIndex.interval(3 + 5 * 7, 3 + 5 * 7 + 7));
        assertTrue(DenseRows.readable(w, b));
        float[] a = DecoderImages.values(r, 2 * 5, 1);
        assertArrayEquals(DenseRows.layer(a, 2, w.dup('c'), b.dup('c'), true), DenseRows.layer(a, 2, w, b, true));
    }
}
