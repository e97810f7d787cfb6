package org.vaeexplorer.run.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.madgag.gif.fmsware.GifDecoder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingAnimationTest {
    @TempDir
    Path dir;

    /** Frame {@code k} is a uniform grey level, so the decoded frames can be told apart. */
    private static SampleGrids.EpochFrame frame(int epoch, float level) {
        int count = 3;
        int pixels = count * 4 * 5;
        float[] band = new float[pixels];
        java.util.Arrays.fill(band, level);
        return new SampleGrids.EpochFrame(epoch, new SampleGrids.Grids(count, 4, 5, band, band, band));
    }

    @Test
    void everyEpochBecomesAFrameInOrderAndTheLastIsHeld() throws Exception {
        Path gif = dir.resolve("training.gif");
        TrainingAnimation.writeGif(List.of(frame(0, 0f), frame(1, 0.5f), frame(2, 1f)), gif, 300);

        GifDecoder decoder = new GifDecoder();
        assertEquals(GifDecoder.STATUS_OK, decoder.read(gif.toString()));
        assertEquals(3, decoder.getFrameCount());
        assertEquals(300, decoder.getDelay(0));
        assertTrue(decoder.getDelay(2) > 300, "the last frame is held");
        assertEquals(0, decoder.getLoopCount(), "loops forever");
        // Ink is dark on white: level 0 is white, level 1 black (sampled below the caption).
        assertTrue(brightness(decoder.getFrame(0)) > 240);
        assertTrue(brightness(decoder.getFrame(2)) < 15);
        BufferedImage first = decoder.getFrame(0);
        assertEquals(2 * 3 * 5, first.getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(gif), files.toList(), "no temporary file is left behind");
        }
    }

    /**
     * The GIF is written beside its target and moved into place; it must end with the mode any new file gets
     * under the user's umask, as the CSV and PNG exports written directly do (it was 0600: issue 27.12).
     */
    @Test
    void theGifCsvAndPngExportsAllHaveTheModeOfAFreshlyCreatedFile() throws Exception {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> fresh =
                Files.getPosixFilePermissions(Files.createFile(dir.resolve("fresh")));
        Path gif = dir.resolve("training.gif");
        TrainingAnimation.writeGif(List.of(frame(0, 0f), frame(1, 1f)), gif, 300);
        Path csv = dir.resolve("loss-history.csv");
        org.vaeexplorer.training.MetricsCsv.write(List.of(), csv);
        Path png = dir.resolve("samples.png");
        org.vaeexplorer.explore.GreyPng.write(org.vaeexplorer.explore.GreyPng.grid(new float[20], 1, 4, 5, 1, 1), png);

        assertTrue(fresh.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ), fresh.toString());
        assertEquals(fresh, Files.getPosixFilePermissions(gif), "the GIF");
        assertEquals(fresh, Files.getPosixFilePermissions(csv), "the CSV");
        assertEquals(fresh, Files.getPosixFilePermissions(png), "the PNG");
    }

    @Test
    void noFramesIsRefusedAndWritesNothing() {
        Path gif = dir.resolve("empty.gif");
        assertThrows(IllegalArgumentException.class, () -> TrainingAnimation.writeGif(List.of(), gif, 300));
        assertTrue(Files.notExists(gif));
    }

    private static int brightness(BufferedImage img) {
        int rgb = img.getRGB(img.getWidth() / 2, img.getHeight() - 2);
        return (rgb >> 8) & 0xff;
    }
}
