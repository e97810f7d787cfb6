package org.vaeexplorer.data;

/**
 * Train and test images drawn from a seeded sample of a {@link SpriteSpace}'s factor combinations, the shape as
 * the class (3 classes, for everything that reads one label) and every image's full factor vector kept.
 *
 * <p>Sample sizes: {@code sprites} takes 10,000 training and 1,000 test images (1.4% of its 737,280 combinations,
 * 41 MB of bytes; each of the 720 shape x scale x orientation triples is seen about 14 times and each position
 * about 300 times, enough to learn the factors without holding the product space); {@code sprites-small} takes
 * 5,000 and 500 (11% of its 46,080, 5 MB), enough for a two-minute run. Training and test combinations come from one
 * generator seeded 0, test after train; drawn with replacement, so a test combination may also be a training one
 * (about 1.4% of the test set at full size), as in the papers, which sample dSprites without a split.
 */
public record SpriteDataset(LabelledSplits splits, Factors train, Factors test) {
    public static final int FULL_TRAIN = 10_000;
    public static final int FULL_TEST = 1_000;
    public static final int SMALL_TRAIN = 5_000;
    public static final int SMALL_TEST = 500;

    /** The standard splits of {@code space}: the sizes above, seed 0. */
    public static SpriteDataset standard(SpriteSpace space) {
        boolean full = space == SpriteSpace.FULL;
        return generate(space, 0, full ? FULL_TRAIN : SMALL_TRAIN, full ? FULL_TEST : SMALL_TEST);
    }

    /**
     * The factors of {@link #standard}'s test images, in order, without drawing a single image (what Explore
     * needs beside the test images it already holds).
     */
    public static Factors standardTestFactors(SpriteSpace space) {
        boolean full = space == SpriteSpace.FULL;
        int train = full ? FULL_TRAIN : SMALL_TRAIN;
        int[][] all = space.sample(0, train + (full ? FULL_TEST : SMALL_TEST));
        return factors(space, java.util.Arrays.copyOfRange(all, train, all.length));
    }

    public static SpriteDataset generate(SpriteSpace space, long seed, int trainCount, int testCount) {
        int[][] all = space.sample(seed, trainCount + testCount);
        int[][] train = java.util.Arrays.copyOfRange(all, 0, trainCount);
        int[][] test = java.util.Arrays.copyOfRange(all, trainCount, all.length);
        LabelledSplits splits = new LabelledSplits(space.id(), split(space, train), split(space, test));
        return new SpriteDataset(splits, factors(space, train), factors(space, test));
    }

    private static Factors factors(SpriteSpace space, int[][] values) {
        return new Factors(SpriteSpace.NAMES, space.sizes(), values);
    }

    private static ImageDataset split(SpriteSpace space, int[][] combinations) {
        int n = space.side() * space.side();
        byte[] pixels = new byte[combinations.length * n];
        int[] labels = new int[combinations.length];
        for (int i = 0; i < combinations.length; i++) {
            space.render(combinations[i], pixels, i * n);
            labels[i] = combinations[i][0];
        }
        return new ImageDataset(space.id(), space.side(), space.side(), pixels, labels, SpriteSpace.SHAPES);
    }
}
