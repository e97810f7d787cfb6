package org.vaeexplorer.run;

import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.model.ModelSpec;

/** The run being trained, as the Explore page follows it: the page-neutral type both pages use. */
public record LiveRun(LiveModelFeed feed, ModelSpec spec, LabelledSplits data, PixelScaling scaling, String title) {
}
