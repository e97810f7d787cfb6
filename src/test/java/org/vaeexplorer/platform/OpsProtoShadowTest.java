package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.nd4j.common.io.ClassPathResource;
import org.nd4j.imports.converters.DifferentialFunctionClassHolder;

/**
 * The app's empty {@code ops.proto} must shadow nd4j-api's (see the file's comment): SameDiff then skips parsing
 * the TensorFlow op descriptors, and still knows every op of its own that a saved graph names.
 */
class OpsProtoShadowTest {
    @Test
    void samediffFindsTheAppsEmptyTensorflowOpListBeforeNd4jsOwn() throws Exception {
        String found = new ClassPathResource("ops.proto").getURL().toString();
        assertFalse(found.contains("nd4j-api"), "ops.proto resolved to " + found);
        assertEquals(0, DifferentialFunctionClassHolder.getInstance().getCountTotalTfOps());
    }

    @Test
    void andItsEmptyOnnxOpList() throws Exception {
        String found = new ClassPathResource("onnxops.json").getURL().toString();
        assertFalse(found.contains("nd4j-api"), "onnxops.json resolved to " + found);
        assertThrows(RuntimeException.class, () -> DifferentialFunctionClassHolder.getInstance()
                .getOpDescriptorForOnnx("Conv"));
    }

    @Test
    void theOpsOurGraphsUseAreStillRegistered() {
        var ops = DifferentialFunctionClassHolder.getInstance();
        for (String op : new String[] {"matmul", "sigmoid", "softmax", "conv2d", "deconv2d", "log", "exp"}) {
            assertTrue(ops.hasName(op), op);
        }
    }
}
