package org.vaeexplorer.data;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps loaded datasets so pages and runs share one copy; thread-safe, loads outside any lock. */
public final class DatasetCache {
    private final Map<String, LabelledSplits> loaded = new ConcurrentHashMap<>();

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
}
