package org.vaeexplorer.run.samples;

import java.util.function.Consumer;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/** Renders the sample grids when training starts and after every epoch, on the training thread. */
public final class SampleGridPublisher implements TrainingListener {
    private final SampleGrids grids;
    private final ImageDataset test;
    private final PixelScaling scaling;
    private final Consumer<SampleGrids.EpochFrame> sink;

    public SampleGridPublisher(SampleGrids grids, ImageDataset test, PixelScaling scaling,
                               Consumer<SampleGrids.EpochFrame> sink) {
        this.grids = grids;
        this.test = test;
        this.scaling = scaling;
        this.sink = sink;
    }

    @Override
    public void trainingStarted(VaeModel model, TrainingState state, TrainingSettings settings) {
        sink.accept(new SampleGrids.EpochFrame(state.epochsDone(), grids.render(model, test, scaling)));
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
        sink.accept(new SampleGrids.EpochFrame(metrics.epoch(), grids.render(model, test, scaling)));
    }
}
