package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LatentPlaneUiTest {
    private LatentPlane plane;

    @Start
    void start(Stage stage) {
        plane = new LatentPlane();
        plane.setManaged(false);
        plane.resizeRelocate(0, 0, 300, 200);
        stage.setScene(new Scene(new Pane(plane), 800, 600));
        stage.show();
    }

    @Test
    void afterAResizeTheMarkerIsDrawnWhereItsCodeIs(FxRobot robot) {
        robot.interact(() -> {
            plane.setCodes(null, 0, 1);
            plane.setMarker(0, 0);
        });
        robot.interact(() -> {
            plane.resize(700, 500);
            plane.layout();
        });
        PlaneTransform t = plane.transform();
        assertEquals(700, t.width(), 1e-9);
        int x = (int) Math.round(t.toScreenX(0));
        int y = (int) Math.round(t.toScreenY(0));
        WritableImage[] marker = new WritableImage[1];
        robot.interact(() -> marker[0] = plane.snapshot(null, null));
        // The marker is a ring of radius 9 around the point; its centre is clear.
        assertTrue(opaque(marker[0], x + 9, y), "ring at the code's pixel (" + x + ", " + y + ")");
        assertTrue(opaque(marker[0], x - 9, y), "ring at the code's pixel (" + x + ", " + y + ")");
        // Where the old 300x200 size put the origin, (150, 100), nothing is left behind.
        assertTrue(!opaque(marker[0], 150 + 9, 100), "no stale marker at the old position");
    }

    private static boolean opaque(WritableImage image, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            if (image.getPixelReader().getColor(x + dx, y).getOpacity() > 0.5
                    && image.getPixelReader().getColor(x + dx, y).getBrightness() < 0.5) {
                return true;
            }
        }
        return false;
    }
}
