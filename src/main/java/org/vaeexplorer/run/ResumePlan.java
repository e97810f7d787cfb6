package org.vaeexplorer.run;

import java.io.IOException;
import java.nio.file.Path;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.LabelledSplits;

/** A saved run ready to continue on the dataset recorded in its checkpoint (the Train page's "resume"). */
public record ResumePlan(RunSource source, LabelledSplits data, String datasetSource) {
    /**
     * Loads {@code checkpoint} and its dataset; the run continues to its planned epochs if it stopped early,
     * otherwise for {@code extraEpochs} more.
     */
    public static ResumePlan load(Path checkpoint, DatasetCache datasets, int extraEpochs) throws IOException {
        Checkpoint c = new CheckpointStore().load(checkpoint);
        String source = c.manifest().dataset().source();
        LabelledSplits data = datasets.get(source);
        return new ResumePlan(RunSource.resume(c, data, source).continuing(extraEpochs), data, source);
    }
}
