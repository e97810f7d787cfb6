package org.vaeexplorer.data;

import java.util.List;
import java.util.Random;

/**
 * The bundled colour example, generated rather than shipped: one coloured shape per 32x32 image (circle, square,
 * triangle, cross, star; the shape is the class) of varied hue, size, position and rotation on a plain black
 * background. Nothing is downloaded and no one's pictures need a licence; the same seed gives the same bytes on
 * every machine, because the only arithmetic is Java's strict {@code double} arithmetic, {@link StrictMath}'s
 * sine and cosine and {@link Random}'s specified sequence (Java2D's antialiasing is not specified and may differ
 * between runtimes, so each pixel's coverage is counted here on a 4x4 grid of sample points).
 *
 * <p>Images are colour (3 channels) laid out as {@link ImageDataset} says (CHW); classes alternate image by image,
 * so every class has the same count in each split. The factors a VAE can find: hue, saturation and brightness
 * (hue uniform, saturation 0.55..1, value 0.65..1), size (circumradius 6..13 pixels), position (anywhere the shape
 * fits) and rotation (uniform; the circle's does nothing).
 */
public final class ColourShapes {
    /** The dataset id on the command line and in checkpoints. */
    public static final String ID = "shapes";
    public static final List<String> CLASSES = List.of("circle", "square", "triangle", "cross", "star");
    public static final int SIDE = 32;
    /** The standard set: 2,000 training and 200 test images per class, seed 0. */
    public static final int TRAIN_PER_CLASS = 2000;
    public static final int TEST_PER_CLASS = 200;
    private static final int SAMPLES = 4;
    private static final double[][] TRIANGLE = polygon(3, 1, 1);
    private static final double[][] STAR = polygon(10, 1, 0.45);

    private ColourShapes() {
    }

    /** The bundle key of class {@code c}'s name, for the window ({@link #CLASSES} holds the English). */
    public static String classKey(int c) {
        return "dataset.shapes." + CLASSES.get(c);
    }

    /** The standard set ({@link #TRAIN_PER_CLASS}, {@link #TEST_PER_CLASS}, seed 0). */
    public static LabelledSplits standard() {
        return generate(0, TRAIN_PER_CLASS, TEST_PER_CLASS);
    }

    /** Both splits from one generator: the training images first, then the test images. */
    public static LabelledSplits generate(long seed, int trainPerClass, int testPerClass) {
        Random random = new Random(seed);
        ImageDataset train = split(random, trainPerClass * CLASSES.size());
        ImageDataset test = split(random, testPerClass * CLASSES.size());
        return new LabelledSplits(ID, train, test);
    }

    private static ImageDataset split(Random random, int count) {
        int plane = SIDE * SIDE;
        byte[] pixels = new byte[count * plane * 3];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % CLASSES.size();
            draw(labels[i], random, pixels, i * plane * 3);
        }
        return new ImageDataset(ID, SIDE, SIDE, 3, pixels, labels, CLASSES);
    }

    private static void draw(int shape, Random random, byte[] out, int offset) {
        double[] rgb = hsvToRgb(random.nextDouble(), 0.55 + 0.45 * random.nextDouble(),
                0.65 + 0.35 * random.nextDouble());
        double radius = 6 + 7 * random.nextDouble();
        double cx = radius + (SIDE - 2 * radius) * random.nextDouble();
        double cy = radius + (SIDE - 2 * radius) * random.nextDouble();
        double angle = 2 * Math.PI * random.nextDouble();
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        int plane = SIDE * SIDE;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double ox = x + 0.5 - cx;
                double oy = y + 0.5 - cy;
                if (ox * ox + oy * oy > (radius + 1) * (radius + 1)) {
                    // Every shape lies within its circumcircle; a pixel whose centre is a pixel beyond it is empty.
                    continue;
                }
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double dx = (x + (sx + 0.5) / SAMPLES - cx) / radius;
                        double dy = (y + (sy + 0.5) / SAMPLES - cy) / radius;
                        // Into the shape's own frame: rotate the point back by the shape's angle.
                        inside += inside(shape, cos * dx + sin * dy, -sin * dx + cos * dy) ? 1 : 0;
                    }
                }
                double coverage = inside / (double) (SAMPLES * SAMPLES);
                for (int c = 0; c < 3; c++) {
                    out[offset + c * plane + y * SIDE + x] = (byte) (int) Math.round(255 * coverage * rgb[c]);
                }
            }
        }
    }

    /** Whether (x, y), in units of the circumradius about the centre, is inside the shape. */
    private static boolean inside(int shape, double x, double y) {
        return switch (shape) {
            case 0 -> x * x + y * y <= 0.85 * 0.85;
            case 1 -> Math.abs(x) <= 0.7 && Math.abs(y) <= 0.7;
            case 2 -> inPolygon(TRIANGLE, x, y);
            case 3 -> Math.abs(x) <= 0.9 && Math.abs(y) <= 0.3 || Math.abs(y) <= 0.9 && Math.abs(x) <= 0.3;
            default -> inPolygon(STAR, x, y);
        };
    }

    /** {@code n} vertices alternating between radii {@code outer} and {@code inner}, the first pointing up. */
    private static double[][] polygon(int n, double outer, double inner) {
        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            double r = i % 2 == 0 ? outer : inner;
            v[i] = new double[] {r * StrictMath.cos(a), r * StrictMath.sin(a)};
        }
        return v;
    }

    /** The even-odd rule: a ray to the right crosses the edges an odd number of times from inside. */
    private static boolean inPolygon(double[][] v, double x, double y) {
        boolean in = false;
        for (int i = 0, j = v.length - 1; i < v.length; j = i++) {
            if ((v[i][1] > y) != (v[j][1] > y)
                    && x < (v[j][0] - v[i][0]) * (y - v[i][1]) / (v[j][1] - v[i][1]) + v[i][0]) {
                in = !in;
            }
        }
        return in;
    }

    private static double[] hsvToRgb(double h, double s, double v) {
        double sector = h * 6;
        int k = (int) Math.floor(sector) % 6;
        double f = sector - Math.floor(sector);
        double p = v * (1 - s);
        double q = v * (1 - f * s);
        double t = v * (1 - (1 - f) * s);
        return switch (k) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
    }
}
