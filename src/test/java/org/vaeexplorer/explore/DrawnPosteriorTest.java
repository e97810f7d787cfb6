package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetCache;

class DrawnPosteriorTest {
    @Test
    void oneImageEncodedAloneGetsTheCodeItGetsInTheTestSetsBatches() throws Exception {
        Checkpoint c = new CheckpointStore().load(Path.of("models", "mnist-vae-2d.vaex"));
        LatentExplorer explorer = LatentExplorer.owning(c.model());
        var test = new DatasetCache().get(c.manifest().dataset().source()).test();
        var scaling = c.manifest().dataset().scaling();
        EncodedImages codes = explorer.encode(test, scaling, 20);
        int i = 13;
        DrawnPosterior p = DrawnPosterior.of(explorer, test.image(i, scaling), 0, 4, 1);
        for (int d = 0; d < 2; d++) {
            assertEquals(codes.mu(i, d), p.mu()[d], 1e-4);
            assertEquals(codes.sigma(i, d), p.sigma(d), 1e-4);
        }
        assertEquals(4, p.sampleCount(784));
        assertEquals(4 * 2, p.sampleCodes().length);
        double error = 0;
        float[] x = test.image(i, scaling);
        for (int k = 0; k < x.length; k++) {
            error += Math.abs(x[k] - p.reconstruction()[k]);
            assertTrue(p.reconstruction()[k] >= 0 && p.reconstruction()[k] <= 1);
        }
        assertTrue(error / x.length < 0.2, "the reconstruction resembles the image");
        DrawnPosterior again = DrawnPosterior.of(explorer, x, 0, 4, 1);
        assertEquals(p.sampleCodes()[3], again.sampleCodes()[3], "the same seed draws the same samples");
    }
}
