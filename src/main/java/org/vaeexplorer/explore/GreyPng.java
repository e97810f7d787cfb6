package org.vaeexplorer.explore;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.vaeexplorer.platform.AtomicFiles;

/**
 * Writes grey-level images in [0, 1] (ink dark on white, as the datasets are shown) and colour images (as they are)
 * as PNG files, and reads pictures as ink for the drawing pad.
 */
public final class GreyPng {
    private GreyPng() {
    }

    /** A picture read for the drawing pad: ink in [0, 1] (1 = full ink), row-major. */
    public record Picture(int width, int height, float[] ink) {
    }

    /**
     * Reads a PNG (or any format ImageIO knows) as ink: transparent parts count as white paper, and a picture that is
     * mostly dark is taken to be light ink on black, as MNIST is stored, so either way round reads as a digit.
     */
    public static Picture readInk(Path file) throws IOException {
        requireReadable(file);
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new IOException("not an image ImageIO can read: " + file);
        }
        int w = img.getWidth();
        int h = img.getHeight();
        float[] ink = new float[w * h];
        double mean = 0;
        // A grey PNG's levels are read as stored: getRGB would treat them as linear light and brighten them.
        boolean grey = img.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
        var raster = img.getRaster();
        double max = (1 << img.getColorModel().getComponentSize(0)) - 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a;
                double luma;
                if (grey) {
                    a = raster.getNumBands() > 1 ? raster.getSample(x, y, 1) / max : 1;
                    luma = raster.getSample(x, y, 0) / max;
                } else {
                    int argb = img.getRGB(x, y);
                    a = (argb >>> 24) / 255.0;
                    // Rec. 601 luma.
                    luma = (0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF))
                            / 255.0;
                }
                // Composited over white paper.
                double v = a * luma + (1 - a);
                ink[y * w + x] = (float) v;
                mean += v;
            }
        }
        boolean darkInkOnLight = mean / ink.length > 0.5;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = darkInkOnLight ? 1f - ink[i] : ink[i];
        }
        return new Picture(w, h, ink);
    }

    /** ImageIO says only "Can't read input file!", naming no file, when it is missing or not readable. */
    private static void requireReadable(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a folder"
                    : "no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file + ": permission denied");
        }
    }

    /** A grid of {@code count} images of {@code rows x cols}, {@code columns} per row, each scaled up {@code scale}x. */
    public static BufferedImage grid(float[] pixels, int count, int rows, int cols, int columns, int scale) {
        int gridRows = (count + columns - 1) / columns;
        BufferedImage img = new BufferedImage(columns * cols * scale, gridRows * rows * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int n = 0; n < count; n++) {
            int ox = (n % columns) * cols * scale;
            int oy = (n / columns) * rows * scale;
            for (int r = 0; r < rows * scale; r++) {
                for (int c = 0; c < cols * scale; c++) {
                    float v = pixels[n * rows * cols + (r / scale) * cols + c / scale];
                    int g = 255 - Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
                    img.getRaster().setSample(ox + c, oy + r, 0, g);
                }
            }
        }
        return img;
    }

    /**
     * A grid as {@link #grid(float[], int, int, int, int, int)} of images of {@code channels} planes each: grey
     * images (1) ink dark on white, colour images (3, planes red, green, blue) as they are, in RGB.
     */
    public static BufferedImage grid(float[] pixels, int count, int rows, int cols, int channels, int columns,
                                     int scale) {
        if (channels == 1) {
            return grid(pixels, count, rows, cols, columns, scale);
        }
        if (channels != 3) {
            throw new IllegalArgumentException("images have 1 or 3 channels, got " + channels);
        }
        int plane = rows * cols;
        BufferedImage img = new BufferedImage(columns * cols * scale, ((count + columns - 1) / columns) * rows * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int n = 0; n < count; n++) {
            int ox = (n % columns) * cols * scale;
            int oy = (n / columns) * rows * scale;
            for (int r = 0; r < rows * scale; r++) {
                for (int c = 0; c < cols * scale; c++) {
                    int at = 3 * n * plane + (r / scale) * cols + c / scale;
                    img.setRGB(ox + c, oy + r, level(pixels[at]) << 16 | level(pixels[at + plane]) << 8
                            | level(pixels[at + 2 * plane]));
                }
            }
        }
        return img;
    }

    private static int level(float v) {
        return Math.round((Float.isNaN(v) ? 0f : Math.max(0f, Math.min(1f, v))) * 255f);
    }

    /**
     * Reads an image of exactly {@code rows x cols} pixels as grey levels in [0, 1], in the convention
     * {@link #grid} writes (ink dark on white: black is 1), or the reverse with {@code lightInk} (MNIST's own look).
     */
    public static float[] read(Path file, int rows, int cols, boolean lightInk) throws IOException {
        requireReadable(file);
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new IOException(file + " is not an image ImageIO can read (PNG, GIF, BMP or JPEG)");
        }
        if (img.getHeight() != rows || img.getWidth() != cols) {
            throw new IOException(file + " is " + img.getWidth() + "x" + img.getHeight() + " pixels; the model needs "
                    + cols + "x" + rows);
        }
        float[] pixels = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int rgb = img.getRGB(c, r);
                float grey = (0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
                pixels[r * cols + c] = lightInk ? grey : 1f - grey;
            }
        }
        return pixels;
    }

    /**
     * Writes a PNG all at once ({@link AtomicFiles}) into a folder that must exist: a full disk leaves no empty
     * file and says which file it could not write. The image is encoded first: {@code ImageIO.write(image, "png",
     * File)} prints a stack trace of its own and says only "Can't create an ImageOutputStream".
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + file + ": it is a folder (give a file name, e.g. "
                    + file.resolve("image.png") + ")");
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (ImageOutputStream png = new MemoryCacheImageOutputStream(encoded)) {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer available");
            }
        }
        AtomicFiles.write(file, encoded::writeTo);
    }
}
