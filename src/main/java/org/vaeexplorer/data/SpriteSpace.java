package org.vaeexplorer.data;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The dSprites factors (Matthey et al. 2017: shape, scale, orientation, x, y) as a function from a factor
 * combination to a binary image, drawn when asked for: the product space (737,280 images at full size) is never
 * held, only the images a caller asks for. Index {@code i} of the product space is the mixed-radix number whose
 * digits, most significant first, are the factors in {@link #NAMES} order.
 *
 * <p>Rasterised here, not by Java2D (whose antialiasing differs between runtimes): a pixel is on when its centre
 * lies in the shape, using only strict {@code double} arithmetic and {@link StrictMath}, so the same factors give
 * the same bytes on every machine. Shapes, in units of the radius r (0.16 of the side times the scale): a square
 * of half-side 1 (at 64x64 its half-side grows by a pixel per scale step, so every scale differs), an ellipse of
 * semi-axes 1 and 0.5, a heart {@code (x^2+y^2-1)^3 <= x^2 y^3} shrunk by 1.25; all lie within 1.42 r, so even
 * the largest, turned, at the outermost position stays inside the image.
 * Scales are 0.5, 0.6 … 1.0 as in dSprites; orientations are {@code 2 pi k / n} (dSprites' linspace includes 2 pi
 * itself, a duplicate of 0; here every value differs); positions step one pixel apart about the centre, so moving
 * x by one value moves the shape by exactly {@link #step()} pixels.
 */
public final class SpriteSpace {
    public static final List<String> NAMES = List.of("shape", "scale", "orientation", "x", "y");
    public static final List<String> SHAPES = List.of("square", "ellipse", "heart");
    /** dSprites itself: 64x64, 3 x 6 x 40 x 32 x 32 = 737,280 combinations. */
    public static final SpriteSpace FULL = new SpriteSpace("sprites", 64, 40, 32);
    /**
     * The classroom variant: 32x32 (a quarter of the pixels, so each step of a two-minute run costs a quarter),
     * 16 positions each way (one pixel apart, as at full size) and 10 orientations (every fourth of dSprites' 40;
     * at 32x32 a 9 degree turn of a 3-pixel shape changes few pixels): 46,080 combinations.
     */
    public static final SpriteSpace SMALL = new SpriteSpace("sprites-small", 32, 10, 16);

    private final String id;
    private final int side;
    private final int[] sizes;

    private SpriteSpace(String id, int side, int orientations, int positions) {
        this.id = id;
        this.side = side;
        this.sizes = new int[] {SHAPES.size(), 6, orientations, positions, positions};
    }

    /** The space a dataset id names ({@code sprites}, {@code sprites-small}; any case), if any. */
    public static Optional<SpriteSpace> byId(String id) {
        for (SpriteSpace s : List.of(FULL, SMALL)) {
            if (s.id.equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return id;
    }

    public int side() {
        return side;
    }

    /** Values per factor, in {@link #NAMES} order. */
    public int[] sizes() {
        return sizes.clone();
    }

    public long combinations() {
        long n = 1;
        for (int s : sizes) {
            n *= s;
        }
        return n;
    }

    /** Pixels the shape moves per position step. */
    public int step() {
        return 1;
    }

    /** The factor values of combination {@code index} (mixed radix, shape most significant). */
    public int[] factorsOf(long index) {
        if (index < 0 || index >= combinations()) {
            throw new IllegalArgumentException("combination " + index + " outside 0.." + (combinations() - 1));
        }
        int[] f = new int[sizes.length];
        for (int k = sizes.length - 1; k >= 0; k--) {
            f[k] = (int) (index % sizes[k]);
            index /= sizes[k];
        }
        return f;
    }

    public long indexOf(int[] factors) {
        long index = 0;
        for (int k = 0; k < sizes.length; k++) {
            if (factors[k] < 0 || factors[k] >= sizes[k]) {
                throw new IllegalArgumentException(NAMES.get(k) + " " + factors[k] + " outside 0.." + (sizes[k] - 1));
            }
            index = index * sizes[k] + factors[k];
        }
        return index;
    }

    /** {@code count} combinations drawn uniformly (with replacement) by a generator seeded with {@code seed}. */
    public int[][] sample(long seed, int count) {
        Random random = new Random(seed);
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            int[] f = new int[sizes.length];
            for (int k = 0; k < sizes.length; k++) {
                f[k] = random.nextInt(sizes[k]);
            }
            out[i] = f;
        }
        return out;
    }

    /** One binary image (0 or 255 per pixel, row-major) of the combination {@code factors}. */
    public byte[] render(int[] factors) {
        byte[] out = new byte[side * side];
        render(factors, out, 0);
        return out;
    }

    /** Draws the combination {@code factors} into {@code out} at {@code offset} (side x side bytes, all written). */
    public void render(int[] factors, byte[] out, int offset) {
        indexOf(factors); // refuses values out of range
        double radius = 0.16 * side * (0.5 + 0.1 * factors[1]);
        double angle = 2 * Math.PI * factors[2] / sizes[2];
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        int margin = (side - sizes[3] * step()) / 2;
        double cx = margin + factors[3] * step();
        double cy = margin + factors[4] * step();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = (x + 0.5 - cx) / radius;
                double dy = (y + 0.5 - cy) / radius;
                // Into the shape's own frame: rotate the point back by the shape's angle.
                boolean on = inside(factors[0], cos * dx + sin * dy, -sin * dx + cos * dy);
                out[offset + y * side + x] = on ? (byte) 255 : 0;
            }
        }
    }

    /** The images of {@code factors}, one after another, as floats through {@code scaling}. */
    public float[] images(int[][] factors, PixelScaling scaling) {
        int n = side * side;
        byte[] one = new byte[n];
        float[] out = new float[factors.length * n];
        for (int i = 0; i < factors.length; i++) {
            render(factors[i], one, 0);
            for (int p = 0; p < n; p++) {
                out[i * n + p] = scaling.apply(one[p] & 0xFF);
            }
        }
        return out;
    }

    private static boolean inside(int shape, double x, double y) {
        if (x * x + y * y > 2) {
            return false;
        }
        return switch (shape) {
            case 0 -> Math.abs(x) <= 1 && Math.abs(y) <= 1;
            case 1 -> x * x + 4 * y * y <= 1;
            default -> heart(1.25 * x, -1.25 * y + 0.15);
        };
    }

    /** The heart curve's inside, point up at the bottom (y grows upwards here, so the caller flips y). */
    private static boolean heart(double x, double y) {
        double r = x * x + y * y - 1;
        return r * r * r - x * x * y * y * y <= 0;
    }
}
