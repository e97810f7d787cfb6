package org.vaeexplorer.data;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps loaded datasets so pages and runs share one copy; thread-safe, loads outside any lock. */
public final class DatasetCache {
    private final Map<String, LabelledSplits> loaded = new ConcurrentHashMap<>();
    private final Map<BundledDataset, ImageDataset> testSplits = new ConcurrentHashMap<>();

    /** @param idOrPath a bundled dataset id or a folder/file path, as {@link DatasetLoader#load} takes */
    public LabelledSplits get(String idOrPath) throws IOException {
        LabelledSplits cached = loaded.get(idOrPath);
        if (cached != null) {
            return cached;
        }
        LabelledSplits fresh = DatasetLoader.load(idOrPath);
        LabelledSplits raced = loaded.putIfAbsent(idOrPath, fresh);
        return raced != null ? raced : fresh;
    }

    /**
     * Forgets what was loaded from {@code base} (with any choice of classes after it), so that the next
     * {@link #get} reads it again: a picture folder converted anew after its files changed.
     */
    public void forget(String base) {
        loaded.keySet().removeIf(k -> k.equals(base) || k.startsWith(base + ":"));
    }

    /**
     * The test split: from the splits already loaded, else, for a bundled dataset, read alone (opening a model
     * waits for its test images before its first picture, and reading the 60,000 training images as well took
     * most of that wait); a folder's splits are read whole.
     */
    public ImageDataset test(String idOrPath) throws IOException {
        LabelledSplits cached = loaded.get(idOrPath);
        if (cached != null) {
            return cached.test();
        }
        DatasetSource source = DatasetSource.parse(idOrPath);
        Optional<BundledDataset> bundled = BundledDataset.byId(source.base());
        if (bundled.isEmpty()) {
            return get(idOrPath).test();
        }
        ImageDataset test = testSplits.get(bundled.get());
        if (test == null) {
            ImageDataset fresh = DatasetLoader.loadBundledTest(bundled.get());
            ImageDataset raced = testSplits.putIfAbsent(bundled.get(), fresh);
            test = raced != null ? raced : fresh;
        }
        return source.apply(test);
    }
}
