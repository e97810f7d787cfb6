package org.vaeexplorer.ui.train;

/** The Train page: the dataset to train on and, once a model is chosen, the run. */
public final class TrainViewModel {
    private final DatasetViewModel dataset;

    public TrainViewModel(DatasetViewModel dataset) {
        this.dataset = dataset;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }
}
