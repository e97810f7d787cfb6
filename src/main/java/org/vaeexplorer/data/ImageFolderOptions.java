package org.vaeexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a folder of pictures becomes a dataset: the square side, grey or colour, how a picture is fitted to a square,
 * and the seeded per-class train/test split. Recorded with the converted set (it is part of the cache key) and, as
 * {@link #text()}, after the folder's path in a dataset source ({@code photos?size=32&colour=grey}), so a checkpoint
 * reloads the very images it was trained on.
 *
 * @param side        28, 32 or 64; 0 = the one nearest the pictures' median side
 * @param channels    1 (grey) or 3 (colour); 0 = colour if any picture is stored in colour, else grey
 * @param fit         centre crop or pad to a square
 * @param testPercent the share of each class kept for the test split, 1..50
 * @param seed        the split's seed
 */
public record ImageFolderOptions(int side, int channels, Fit fit, int testPercent, long seed) {
    /** The sides a folder converts to: MNIST's 28, CIFAR's 32 and the 64 of PyTorch-VAE's CelebA. */
    public static final List<Integer> SIDES = List.of(28, 32, 64);
    /** Every choice left to the pictures, centre crop, 90/10 split, seed 0. */
    public static final ImageFolderOptions DEFAULTS = new ImageFolderOptions(0, 0, Fit.CROP, 10, 0);

    /** How a picture that is not square becomes one. */
    public enum Fit {
        /** The largest centred square is kept: the subject keeps its scale, the edges of wide pictures are lost. */
        CROP,
        /** The whole picture is scaled into the square and the rest filled with the background (white). */
        PAD
    }

    public ImageFolderOptions {
        if (side != 0 && !SIDES.contains(side)) {
            throw new IllegalArgumentException("the side is 28, 32 or 64 pixels, not " + side);
        }
        if (channels != 0 && channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images are grey (1 channel) or colour (3), not " + channels);
        }
        if (testPercent < 1 || testPercent > 50) {
            throw new IllegalArgumentException("the test split is 1 to 50 percent of each class, not " + testPercent);
        }
    }

    /** The side of {@link #SIDES} nearest {@code medianSide}; a tie goes to the larger, which loses less detail. */
    public static int nearestSide(int medianSide) {
        int best = SIDES.get(0);
        for (int s : SIDES) {
            if (Math.abs(s - medianSide) <= Math.abs(best - medianSide)) {
                best = s;
            }
        }
        return best;
    }

    /** True when the side and channels are chosen, so the pictures need not be surveyed first. */
    public boolean concrete() {
        return side != 0 && channels != 0;
    }

    /** These options with the choices left open made from the pictures' median side and colour. */
    public ImageFolderOptions resolve(int medianSide, boolean anyColour) {
        return new ImageFolderOptions(side != 0 ? side : nearestSide(medianSide),
                channels != 0 ? channels : (anyColour ? 3 : 1), fit, testPercent, seed);
    }

    /** The options as {@code key=value} pairs joined by {@code &}, defaults left out; "" for {@link #DEFAULTS}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (side != 0) {
            parts.add("size=" + side);
        }
        if (channels != 0) {
            parts.add("colour=" + (channels == 3 ? "rgb" : "grey"));
        }
        if (fit != DEFAULTS.fit) {
            parts.add("fit=" + fit.name().toLowerCase(Locale.ROOT));
        }
        if (testPercent != DEFAULTS.testPercent) {
            parts.add("test=" + testPercent);
        }
        if (seed != DEFAULTS.seed) {
            parts.add("seed=" + seed);
        }
        return String.join("&", parts);
    }

    /** Reads {@link #text()} back; "" gives {@link #DEFAULTS}. */
    public static ImageFolderOptions parse(String text) throws DatasetRefusedException {
        int side = 0;
        int channels = 0;
        Fit fit = DEFAULTS.fit;
        int test = DEFAULTS.testPercent;
        long seed = DEFAULTS.seed;
        try {
            for (String part : text.isBlank() ? new String[0] : text.split("&")) {
                String[] kv = part.split("=", 2);
                String value = kv.length == 2 ? kv[1].trim().toLowerCase(Locale.ROOT) : "";
                switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                    case "size" -> side = Integer.parseInt(value);
                    case "colour", "color" -> channels = switch (value) {
                        case "rgb", "colour", "color" -> 3;
                        case "grey", "gray" -> 1;
                        default -> throw new IllegalArgumentException(value);
                    };
                    case "fit" -> fit = Fit.valueOf(value.toUpperCase(Locale.ROOT));
                    case "test" -> test = Integer.parseInt(value);
                    case "seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException(kv[0]);
                }
            }
            return new ImageFolderOptions(side, channels, fit, test, seed);
        } catch (IllegalArgumentException e) {
            throw new DatasetRefusedException("data.folder.badOptions", "'" + text + "' are not picture folder options"
                    + " (size=28|32|64, colour=rgb|grey, fit=crop|pad, test=1..50, seed=N; joined by &)", text);
        }
    }
}
