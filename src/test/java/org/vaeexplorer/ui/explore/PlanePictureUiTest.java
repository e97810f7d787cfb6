package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plane's PNG export names the model above the plane and says what each colour is below it (issue 27.12). */
@ExtendWith(ApplicationExtension.class)
class PlanePictureUiTest {
    private static final int SIDE = 300;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theExportedPlaneHasTheModelsNameAboveAndAColouredLegendBelow(FxRobot robot) throws Exception {
        List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        WritableImage plane = new WritableImage(SIDE, SIDE);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                plane.getPixelWriter().setColor(x, y, Color.gray(0.5));
            }
        }
        Path file = dir.resolve("latent-plane.png");
        String title = "mnist-vae-2d.vaex — VAE (MLP) on MNIST";
        VBox[] composed = new VBox[1];
        robot.interact(() -> {
            composed[0] = PlanePicture.compose(plane, title, classes);
            try {
                PlanePicture.write(plane, title, classes, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertEquals(title, ((Label) composed[0].getChildren().get(0)).getText());
        FlowPane legend = (FlowPane) composed[0].getChildren().get(2);
        assertEquals(classes, legend.getChildren().stream().map(n -> ((Label) n).getText()).toList());
        BufferedImage png = ImageIO.read(file.toFile());
        assertTrue(png.getWidth() >= SIDE && png.getHeight() > SIDE + 40, png.getWidth() + "x" + png.getHeight());
        int planeTop = firstGreyRow(png);
        assertTrue(planeTop > 10, "the title sits above the plane, which starts at row " + planeTop);
        for (int c = 0; c < classes.size(); c++) {
            assertTrue(hasColourBelow(png, planeTop + SIDE, ClassColors.of(c)), "no dot in the colour of class " + c);
        }
    }

    private static int firstGreyRow(BufferedImage png) {
        for (int y = 0; y < png.getHeight(); y++) {
            int rgb = png.getRGB(png.getWidth() / 2, y) & 0xffffff;
            if (Math.abs(((rgb >> 16) & 0xff) - 128) <= 2 && Math.abs((rgb & 0xff) - 128) <= 2) {
                return y;
            }
        }
        return -1;
    }

    private static boolean hasColourBelow(BufferedImage png, int fromRow, Color colour) {
        for (int y = fromRow; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                if (near((rgb >> 16) & 0xff, colour.getRed()) && near((rgb >> 8) & 0xff, colour.getGreen())
                        && near(rgb & 0xff, colour.getBlue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(int channel, double expected) {
        return Math.abs(channel - expected * 255) <= 6;
    }
}
