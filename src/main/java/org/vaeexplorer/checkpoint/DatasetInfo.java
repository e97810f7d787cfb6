package org.vaeexplorer.checkpoint;

import java.util.List;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;

/**
 * The dataset a model was trained on and how its pixels were scaled, so a checkpoint needs nothing else.
 *
 * @param source what {@code DatasetLoader.load} takes to reload it: a bundled id or the folder's path
 */
public record DatasetInfo(String name, String source, int rows, int cols, PixelScaling scaling,
                          List<String> classNames, int trainSize, int testSize) {
    public static DatasetInfo of(LabelledSplits data, String source, PixelScaling scaling) {
        return new DatasetInfo(data.name(), source, data.rows(), data.cols(), scaling, data.train().classNames(),
                data.train().size(), data.test().size());
    }
}
