package org.vaeexplorer.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures written with ImageIO into a test's folder: grey, colour and with transparency, PNG and JPEG. */
final class TestPictures {
    private TestPictures() {
    }

    /** Noise, so a compressed file is long enough to be cut in the middle of its pixel data. */
    static BufferedImage noise(int width, int height, int type, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = type == BufferedImage.TYPE_INT_ARGB && x < width / 2 ? 0 : 255;
                image.setRGB(x, y, alpha << 24 | random.nextInt(1 << 24));
            }
        }
        return image;
    }

    static BufferedImage filled(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Path write(BufferedImage image, String format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no " + format + " writer for " + image.getType());
        }
        return file;
    }

    /** Keeps the first {@code share} of the file's bytes. */
    static Path truncate(Path file, double share) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * share)));
        return file;
    }
}
