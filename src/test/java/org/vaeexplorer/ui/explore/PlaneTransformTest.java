package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.Test;

class PlaneTransformTest {
    @Test
    void theOriginIsCentredAndYGrowsUpwards() {
        PlaneTransform t = new PlaneTransform(800, 600, 3);
        assertEquals(100, t.scale(), 1e-12, "600 px across 6 latent units");
        assertEquals(400, t.toScreenX(0), 1e-12);
        assertEquals(300, t.toScreenY(0), 1e-12);
        assertEquals(600, t.toScreenX(2), 1e-12);
        assertEquals(100, t.toScreenY(2), 1e-12, "positive z is up the screen");
        assertEquals(4, t.visibleHalfWidth(), 1e-12, "a wide canvas shows more of x");
    }

    @Test
    void screenToLatentInvertsLatentToScreen() {
        PlaneTransform t = new PlaneTransform(731, 457, 4.2);
        for (double z = -5; z <= 5; z += 0.37) {
            assertEquals(z, t.toLatentX(t.toScreenX(z)), 1e-9);
            assertEquals(z, t.toLatentY(t.toScreenY(z)), 1e-9);
        }
        assertEquals(0, t.toLatentX(731 / 2.0), 1e-12);
    }

    @Test
    void degenerateSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlaneTransform(0, 100, 3));
        assertThrows(IllegalArgumentException.class, () -> new PlaneTransform(100, 100, 0));
    }
}
