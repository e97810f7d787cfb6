package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * A colour checkpoint on the command line: decode writes an RGB picture; eval on grey images says why not; eval on
 * colour images says how much of their colour the reconstructions keep, which it does not say of a grey model.
 */
class CliColourTest {
    @TempDir
    Path dir;

    private Path colourCheckpoint() throws Exception {
        LabelledSplits shapes = ColourShapes.generate(0, 2, 1);
        ModelSpec spec = ModelKind.VAE.defaultSpec(32, 32, 3, shapes.train().numClasses());
        Path file = dir.resolve("shapes.vaex");
        new CheckpointStore().save(file, Manifests.of(spec, DatasetInfo.of(shapes, ColourShapes.ID,
                        PixelScaling.GREY), new TrainingSettings(1, 16, 1e-3, 1, PixelScaling.GREY, 0, 0),
                new TrainingState(), "train"), VaeModel.create(spec, 2, 1e-3));
        return file;
    }

    @Test
    void decodeWritesAColourPictureAndEvalOnGreyImagesSaysTheShapes() throws Exception {
        Path file = colourCheckpoint();
        Path png = dir.resolve("point.png");
        CliRun.output(0, "decode", "--checkpoint", file.toString(), "--z", "1,-1", "--scale", "1", "--out",
                png.toString());
        BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(32, img.getWidth());
        assertEquals(3, img.getColorModel().getNumColorComponents(), "an RGB picture");
        String err = CliRun.error(1, "eval", "--checkpoint", file.toString(), "--dataset", "mnist",
                "--test-limit", "10");
        assertTrue(err.contains("28x28 grey") && err.contains("32x32 colour"), err);
    }

    @Test
    void evalSaysHowMuchColourAColourModelKeepsAndNothingOfColourForAGreyOne() throws Exception {
        String colour = CliRun.output(0, "eval", "--checkpoint", colourCheckpoint().toString(), "--dataset", "shapes",
                "--test-limit", "20", "--no-sample-quality");
        String line = colour.lines().filter(l -> l.startsWith("colour_correlation=")).findFirst().orElseThrow(
                () -> new AssertionError("no colour_correlation= in:\n" + colour));
        double r = Double.parseDouble(line.substring("colour_correlation=".length()));
        assertTrue(r >= -1 && r <= 1, line);
        String grey = CliRun.output(0, "eval", "--checkpoint", "models/mnist-vae-2d.vaex", "--test-limit", "20",
                "--no-sample-quality");
        assertTrue(grey.contains("test_nelbo=") && !grey.contains("colour_correlation"), grey);
    }
}
