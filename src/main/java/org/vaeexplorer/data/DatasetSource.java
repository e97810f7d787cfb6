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
 * @param base    a bundled dataset id or a path
 * @param classes the class numbers kept, ascending and distinct; empty = all
 */
public record DatasetSource(String base, List<Integer> classes) {
    private static final Pattern SELECTOR = Pattern.compile("(.+):(\\d{1,4}(?:,\\d{1,4})*)");
    private static final Pattern TYPED = Pattern.compile("\\d{1,4}(?:\\s*[,\\s]\\s*\\d{1,4})*");

    public DatasetSource {
        classes = classes.stream().distinct().sorted().toList();
    }

    /** Reads {@code text}; a path that exists as written is never split, even if it ends in {@code :digits}. */
    public static DatasetSource parse(String text) {
        Matcher m = SELECTOR.matcher(text);
        if (!m.matches() || Files.exists(Path.of(text))) {
            return new DatasetSource(text, List.of());
        }
        return new DatasetSource(m.group(1), classList(m.group(2)).orElseThrow());
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
        return selects() ? base + ":" + String.join(",", classes.stream().map(String::valueOf).toList()) : base;
    }

    public boolean selects() {
        return !classes.isEmpty();
    }

    /** The splits with only the selected classes (numbered 0..k-1 in ascending order of their old numbers). */
    LabelledSplits apply(LabelledSplits data) throws IdxFormatException {
        if (!selects()) {
            return data;
        }
        return new LabelledSplits(new DatasetSource(data.name(), classes).text(), data.train().onlyClasses(classes),
                data.test().onlyClasses(classes), data.fileSha256());
    }

    ImageDataset apply(ImageDataset test) throws IdxFormatException {
        return selects() ? test.onlyClasses(classes) : test;
    }
}
