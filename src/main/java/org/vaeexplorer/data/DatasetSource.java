package org.vaeexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run or a checkpoint names as its data: a bundled dataset id or a path, optionally followed by {@code :}
 * and the class numbers to keep, e.g. {@code mnist:7} (MNIST's sevens only) or {@code fashion-mnist:0,6}. Kept in
 * the checkpoint as written, so resuming, evaluating and exploring a model read the same images it was trained on.
 *
 * <p>Why a suffix and not a separate setting: every reader of a checkpoint's data already goes through this one
 * string, and a beta-VAE trained on one digit only is how single latent dimensions come to mean single style
 * factors (width, slant, thickness) rather than a mixture of style and identity.
 *
 * <p>A size may follow the base, {@code mnist@32}: every image resized to 32x32 ({@link BilinearResize}), as
 * Dupont's JointVAE code feeds MNIST to its net ({@code transforms.Resize(32)}), so that net's three stride-2
 * convolutions run 32, 16, 8, 4 without the padding and crop the 28x28 images need. Written before the class
 * selector: {@code mnist@32:7}.
 *
 * @param base    a bundled dataset id or a path
 * @param classes the class numbers kept, ascending and distinct; empty = all
 * @param side    the square side every image is resized to; 0 = as stored
 */
public record DatasetSource(String base, List<Integer> classes, int side) {
    private static final Pattern SELECTOR = Pattern.compile("(.+):(\\d{1,4}(?:,\\d{1,4})*)");
    private static final Pattern RESIZED = Pattern.compile("(.+)@(\\d{1,3})");
    private static final int MAX_SIDE = 256;
    private static final Pattern TYPED = Pattern.compile("\\d{1,4}(?:\\s*[,\\s]\\s*\\d{1,4})*");

    public DatasetSource {
        classes = classes.stream().distinct().sorted().toList();
        if (side != 0 && (side < DatasetLoader.MIN_SIDE || side > MAX_SIDE)) {
            throw new IllegalArgumentException("image side " + side + " outside " + DatasetLoader.MIN_SIDE + ".."
                    + MAX_SIDE);
        }
    }

    /** As stored, no resizing. */
    public DatasetSource(String base, List<Integer> classes) {
        this(base, classes, 0);
    }

    /** Reads {@code text}; a path that exists as written is never split, even if it ends in {@code :digits}. */
    public static DatasetSource parse(String text) {
        if (Files.exists(Path.of(text))) {
            return new DatasetSource(text, List.of());
        }
        Matcher m = SELECTOR.matcher(text);
        String base = m.matches() ? m.group(1) : text;
        List<Integer> classes = m.matches() ? classList(m.group(2)).orElseThrow() : List.of();
        Matcher r = RESIZED.matcher(base);
        if (r.matches() && !Files.exists(Path.of(base))) {
            return new DatasetSource(r.group(1), classes, Integer.parseInt(r.group(2)));
        }
        return new DatasetSource(base, classes);
    }

    /**
     * Class numbers as a person types them ("7", "0,6", "0, 6" or "0 6"): empty list when blank, empty Optional
     * when the text is not class numbers.
     */
    public static Optional<List<Integer>> classList(String typed) {
        String t = typed == null ? "" : typed.trim();
        if (t.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!TYPED.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(t.split("\\s*[,\\s]\\s*")).map(Integer::valueOf).toList());
    }

    /** The text {@link #parse} reads back: {@code base}, or {@code base:classes}. */
    public String text() {
        String sized = side > 0 ? base + "@" + side : base;
        return selects() ? sized + ":" + String.join(",", classes.stream().map(String::valueOf).toList()) : sized;
    }

    public boolean selects() {
        return !classes.isEmpty();
    }

    /** The splits with only the selected classes (numbered 0..k-1 in ascending order of their old numbers). */
    LabelledSplits apply(LabelledSplits data) throws IdxFormatException {
        if (!selects() && side == 0) {
            return data;
        }
        return new LabelledSplits(new DatasetSource(data.name(), classes, side).text(), apply(data.train()),
                apply(data.test()), data.fileSha256());
    }

    /** The class selection, then the resizing (fewer images to resize). */
    ImageDataset apply(ImageDataset split) throws IdxFormatException {
        ImageDataset kept = selects() ? split.onlyClasses(classes) : split;
        return side > 0 ? BilinearResize.toSide(kept, side) : kept;
    }
}
