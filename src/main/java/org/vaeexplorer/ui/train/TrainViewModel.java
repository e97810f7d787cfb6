package org.vaeexplorer.ui.train;

import java.util.Optional;

/** The Train page: the dataset, the model and training form, and the run. */
public final class TrainViewModel {
    private final DatasetViewModel dataset;
    private final TrainFormViewModel form;
    private final TrainingRunViewModel run;

    public TrainViewModel(DatasetViewModel dataset, TrainFormViewModel form, TrainingRunViewModel run) {
        this.dataset = dataset;
        this.form = form;
        this.run = run;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public TrainFormViewModel form() {
        return form;
    }

    public TrainingRunViewModel run() {
        return run;
    }

    /** Starts a run as soon as the selected dataset has loaded (used by the command-line demo start). */
    public void startWhenDataLoaded() {
        if (dataset.dataProperty().get() != null) {
            start();
            return;
        }
        dataset.dataProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.vaeexplorer.data.LabelledSplits> o,
                                org.vaeexplorer.data.LabelledSplits was, org.vaeexplorer.data.LabelledSplits now) {
                if (now != null) {
                    o.removeListener(this);
                    start();
                }
            }
        });
    }

    /**
     * Continues a saved run; when it had already finished, it trains as many more epochs as the form's Epochs
     * field says.
     */
    public boolean resumeFrom(java.nio.file.Path checkpoint) {
        int extra;
        try {
            extra = Math.max(1, Integer.parseInt(form.epochsProperty().get().trim()));
        } catch (NumberFormatException e) {
            extra = 10;
        }
        return run.resumeFrom(checkpoint, extra);
    }

    /** Starts a run on the loaded dataset if the form is valid; otherwise the form says why not. */
    public boolean start() {
        if (dataset.dataProperty().get() == null) {
            form.errorsProperty().set("Load a dataset first");
            return false;
        }
        Optional<RunRequest> request = form.request(dataset.dataProperty().get(), dataset.selectedProperty().get().key());
        return request.isPresent() && run.start(request.get());
    }
}
