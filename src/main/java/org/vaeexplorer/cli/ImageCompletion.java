package org.vaeexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.vaeexplorer.explore.DigitCompleter;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;

/**
 * {@code decode} for a structured-output CVAE: completes an image file from its given quadrants and writes one row
 * of PNG tiles: the visible part, the baseline's guess, then the sampled completions.
 */
final class ImageCompletion {
    /** 64 M pixels: a PNG far larger than any screen, still well inside what ImageIO can hold. */
    private static final long MAX_PNG_PIXELS = 1L << 26;

    private ImageCompletion() {
    }

    /** Quadrants as letters: {@code tl,bl} or a 4-digit flag string {@code 1010} (TL, TR, BL, BR). */
    static boolean[] parseGiven(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        boolean[] given = new boolean[4];
        if (t.matches("[01]{4}")) {
            for (int q = 0; q < 4; q++) {
                given[q] = t.charAt(q) == '1';
            }
            return given;
        }
        for (String part : t.split(",")) {
            switch (part.trim()) {
                case "tl" -> given[0] = true;
                case "tr" -> given[1] = true;
                case "bl" -> given[2] = true;
                case "br" -> given[3] = true;
                case "" -> { }
                default -> throw new IllegalArgumentException("--given: unknown quadrant '" + part
                        + "' (tl, tr, bl, br, or four 0/1 flags such as 1010)");
            }
        }
        return given;
    }

    static void write(VaeModel model, Path image, String given, boolean lightInk, int samples, long seed, int scale,
                      Path out) throws IOException {
        if (image == null || given == null) {
            throw new IllegalArgumentException("a structured-output CVAE completes an image: give --image FILE and"
                    + " --given QUADRANTS");
        }
        if (samples < 1 || samples > 100) {
            throw new IllegalArgumentException("--samples must be 1..100, got " + samples);
        }
        ModelSpec spec = model.spec();
        long width = (long) (samples + 2) * spec.cols() * scale;
        if (width * spec.rows() * scale > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("--samples " + samples + " at --scale " + scale + " make a PNG of "
                    + width + "x" + (long) spec.rows() * scale + " pixels; give a smaller --scale or fewer --samples");
        }
        float[] pixels = GreyPng.read(image, spec.rows(), spec.cols(), lightInk);
        DigitCompleter.Completion c = new DigitCompleter(model).complete(pixels, parseGiven(given), samples, seed);
        int p = spec.pixels();
        float[] row = new float[(samples + 2) * p];
        System.arraycopy(c.visible(), 0, row, 0, p);
        System.arraycopy(c.baselineGuess(), 0, row, p, p);
        System.arraycopy(c.samples(), 0, row, 2 * p, samples * p);
        GreyPng.write(GreyPng.grid(row, samples + 2, spec.rows(), spec.cols(), samples + 2, scale), out);
        System.out.println("image=" + out.toAbsolutePath());
        System.out.println("tiles=visible,baseline," + samples + " completions");
    }
}
