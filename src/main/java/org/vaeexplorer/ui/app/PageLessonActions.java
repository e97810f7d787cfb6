package org.vaeexplorer.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.ui.explore.ExploreViewModel;
import org.vaeexplorer.ui.lessons.ExploredModel;
import org.vaeexplorer.ui.lessons.LessonActions;
import org.vaeexplorer.ui.lessons.TrainingPreset;
import org.vaeexplorer.ui.train.TrainFormViewModel;
import org.vaeexplorer.ui.train.TrainViewModel;

/**
 * What lessons do, done with the pages' view models the way the start options do it ({@code --open},
 * {@code --explore-view}, {@code --train-dataset}, {@code --follow}): the shell is the only place that knows them all.
 */
final class PageLessonActions implements LessonActions {
    private static final Logger LOG = LoggerFactory.getLogger(PageLessonActions.class);
    private final AppContext context;

    PageLessonActions(AppContext context) {
        this.context = context;
    }

    @Override
    public boolean isTraining() {
        return context.train().run().isActive();
    }

    @Override
    public void stopTraining() {
        context.train().run().cancel();
    }

    @Override
    public boolean openShippedModel(String fileName) {
        Optional<Path> file = ShippedModels.folder().map(dir -> dir.resolve(fileName)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            LOG.warn("the shipped model {} is not in {}", fileName, ShippedModels.folder().orElse(null));
            return false;
        }
        context.explore().open(file.get());
        context.mainWindow().showPage(Page.EXPLORE);
        return true;
    }

    @Override
    public boolean showShippedBesideNextOpened(String fileName) {
        Optional<Path> file = ShippedModels.folder().map(dir -> dir.resolve(fileName)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            LOG.info("the shipped model {} is not in {}: the lesson shows its model alone", fileName,
                    ShippedModels.folder().orElse(null));
            return false;
        }
        context.pair().showBesideNextOpened(file.get());
        return true;
    }

    @Override
    public void showExploreView(String view) {
        context.mainWindow().showPage(Page.EXPLORE);
        context.exploreView().ifPresent(v -> v.showView(view));
    }

    @Override
    public void showTraversalOfMostUsedDimension() {
        showExploreView("traversal");
        context.explore().views().traverseMostUsedDimension();
    }

    /**
     * What the model open in Explore does, for lessons' texts: what its categories draw (from its cluster matching)
     * and the dimension it uses most, kept current as models open and their test images are encoded.
     */
    static javafx.beans.binding.ObjectBinding<ExploredModel> exploredModel(ExploreViewModel explore) {
        return javafx.beans.binding.Bindings.createObjectBinding(() -> {
            var s = explore.sessionProperty().get();
            if (s == null) {
                return null;
            }
            var m = explore.matchingProperty().get();
            var codes = explore.codesProperty().get();
            int most = codes == null || codes.dim() != s.spec().latentDim() ? -1 : codes.mostUsedDimension();
            return new ExploredModel(m == null ? null : CategoryDigits.of(m), s.classNames(), most,
                    most < 0 ? Double.NaN : codes.averageKl()[most]);
        }, explore.sessionProperty(), explore.matchingProperty(), explore.codesProperty());
    }

    @Override
    public void prepareTraining(TrainingPreset preset) {
        TrainViewModel train = context.train();
        train.dataset().select(preset.dataset());
        fill(train.form(), preset);
        if (train.dataset().dataProperty().get() == null) {
            // A dataset that has just loaded puts its kind's defaults back into the form: the preset goes on top.
            train.dataset().dataProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends LabelledSplits> o, LabelledSplits was,
                                    LabelledSplits now) {
                    if (now != null) {
                        o.removeListener(this);
                        var selected = train.dataset().selectedProperty().get();
                        // Only if the teacher did not pick another dataset meanwhile.
                        if (selected != null && preset.dataset().equals(selected.key())) {
                            fill(train.form(), preset);
                        }
                    }
                }
            });
        }
        train.run().delayMillisProperty().set(preset.delayMillis());
        train.panelProperty().set(TrainViewModel.Panel.TRAINING);
        context.mainWindow().showPage(Page.TRAIN);
    }

    private static void fill(TrainFormViewModel form, TrainingPreset preset) {
        form.kindProperty().set(preset.kind());
        // Every field back to the kind's defaults, also when the kind was already chosen and its fields edited.
        form.applyDefaults(preset.kind());
        form.latentProperty().set(Integer.toString(preset.latent()));
        form.epochsProperty().set(Integer.toString(preset.epochs()));
        form.trainLimitProperty().set(Integer.toString(preset.trainImages()));
        form.batchSizeProperty().set(Integer.toString(preset.batchSize()));
        form.seedProperty().set("1");
        form.binarizeProperty().set(false);
    }

    @Override
    public boolean startTraining() {
        TrainViewModel train = context.train();
        if (!train.run().canStart().get()) {
            return false;
        }
        context.mainWindow().showPage(Page.TRAIN);
        if (train.dataset().dataProperty().get() == null) {
            train.startWhenDataLoaded();
            return true;
        }
        return train.start();
    }

    @Override
    public boolean followTraining() {
        showExploreView("plane");
        if (context.explore().liveRunProperty().get() == null) {
            return false;
        }
        context.explore().followingProperty().set(true);
        return true;
    }
}
