package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link FlatAdam#flushSubnormals}: the subnormal numbers of Adam's state become zero (an x86 CPU computes with them
 * about 100 times slower), every other value stays as it was to the bit, of either sign and in either precision.
 */
class FlatAdamSubnormalsTest {

    @Test
    void subnormalFloatsOfEitherSignBecomeZeroAndNormalOnesKeepEveryBit() {
        float smallestSubnormal = Float.MIN_VALUE;
        float largestSubnormal = Math.nextDown(Float.MIN_NORMAL);
        float[] values = {smallestSubnormal, -smallestSubnormal, largestSubnormal, -largestSubnormal, 1e-40f,
                Float.MIN_NORMAL, -Float.MIN_NORMAL, Math.nextUp(Float.MIN_NORMAL), 1.2345e-30f, -0.5f, 3f, 0f,
                Float.MAX_VALUE};
        var array = Nd4j.createFromArray(values.clone());

        FlatAdam.flushSubnormals(array, Float.MIN_NORMAL);

        float[] expected = {0f, 0f, 0f, 0f, 0f, Float.MIN_NORMAL, -Float.MIN_NORMAL, Math.nextUp(Float.MIN_NORMAL),
                1.2345e-30f, -0.5f, 3f, 0f, Float.MAX_VALUE};
        float[] actual = array.toFloatVector();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(actual[i]),
                    "value " + i + " (" + values[i] + ") became " + actual[i]);
        }
    }

    @Test
    void subnormalDoublesBecomeZeroAndNormalOnesKeepEveryBit() {
        double[] values = {Double.MIN_VALUE, -1e-310, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-300, -2.5};
        var array = Nd4j.createFromArray(values.clone());

        FlatAdam.flushSubnormals(array, Double.MIN_NORMAL);

        assertArrayEquals(new double[] {0, 0, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-300, -2.5},
                array.toDoubleVector(), 0.0);
    }

    @Test
    void aViewIsFlushedInPlaceAndTheRestOfItsBufferIsLeftAlone() {
        var buffer = Nd4j.createFromArray(1e-40f, 1e-40f, 1e-40f, 1e-40f);
        var middle = buffer.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 3));

        FlatAdam.flushSubnormals(middle, Float.MIN_NORMAL);

        assertArrayEquals(new float[] {1e-40f, 0f, 0f, 1e-40f}, buffer.toFloatVector(), 0f);
    }
}
