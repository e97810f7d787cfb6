package org.vaeexplorer.checkpoint;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;

/**
 * The dataset a model was trained on and how its pixels were scaled, so a checkpoint needs nothing else.
 *
 * @param source     what {@code DatasetLoader.load} takes to reload it: a bundled id or the folder's path
 * @param fileSha256 the SHA-256 of each file it was read from, as {@code sha256sum} prints them, so anyone can check
 *                   a model was trained on the data it names; empty in checkpoints written before it was recorded
 * @param channels   the images' channels, 1 grey or 3 colour; a checkpoint written before colour has none and is grey
 */
public record DatasetInfo(String name, String source, int rows, int cols, PixelScaling scaling,
                          List<String> classNames, int trainSize, int testSize, Map<String, String> fileSha256,
                          int channels) {
    public DatasetInfo {
        fileSha256 = java.util.Collections.unmodifiableMap(new TreeMap<>(fileSha256));
    }

    /** Grey images. */
    public DatasetInfo(String name, String source, int rows, int cols, PixelScaling scaling, List<String> classNames,
                       int trainSize, int testSize, Map<String, String> fileSha256) {
        this(name, source, rows, cols, scaling, classNames, trainSize, testSize, fileSha256, 1);
    }

    /** A dataset whose files' checksums are not known (generated data, tests). */
    public DatasetInfo(String name, String source, int rows, int cols, PixelScaling scaling, List<String> classNames,
                       int trainSize, int testSize) {
        this(name, source, rows, cols, scaling, classNames, trainSize, testSize, Map.of());
    }

    public static DatasetInfo of(LabelledSplits data, String source, PixelScaling scaling) {
        return new DatasetInfo(data.name(), source, data.rows(), data.cols(), scaling, data.train().classNames(),
                data.train().size(), data.test().size(), data.fileSha256(), data.channels());
    }
}
