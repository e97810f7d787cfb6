package org.vaeexplorer.ui.train;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;

/** The Train page: dataset, model form, run controls, live charts and samples. */
public final class TrainView {
    private static final double TILE_SIZE = 56;
    /** How often the charts take what the worker produced: smooth to the eye, cheap for the FX thread. */
    private static final Duration DRAIN_EVERY = Duration.millis(200);
    private final TrainViewModel viewModel;
    private final Consumer<String> showDocument;
    @FXML private ComboBox<DatasetChoice> datasetChoice;
    @FXML private Button openDatasetButton;
    @FXML private Label datasetSummary;
    @FXML private Label datasetError;
    @FXML private ProgressIndicator datasetLoading;
    @FXML private TilePane sampleGrid;
    @FXML private ComboBox<ModelKind> kind;
    @FXML private ComboBox<Likelihood> likelihood;
    @FXML private TextField latent;
    @FXML private TextField hidden;
    @FXML private TextField discrete;
    @FXML private TextField beta;
    @FXML private TextField capacity;
    @FXML private TextField capacityIterations;
    @FXML private TextField gamma;
    @FXML private TextField temperature;
    @FXML private TextField temperatureMin;
    @FXML private TextField annealRate;
    @FXML private TextField learningRate;
    @FXML private TextField batchSize;
    @FXML private TextField epochs;
    @FXML private TextField seed;
    @FXML private TextField trainLimit;
    @FXML private CheckBox binarize;
    @FXML private Label formErrors;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button stepButton;
    @FXML private Button cancelButton;
    @FXML private Button resumeFromButton;
    @FXML private Button openRunFolder;
    @FXML private Slider delay;
    @FXML private Label delayLabel;
    @FXML private Label runMessage;
    @FXML private Label runError;
    @FXML private ProgressBar epochProgress;
    @FXML private ProgressBar runProgress;
    @FXML private LineChart<Number, Number> lossChart;
    @FXML private BarChart<String, Number> klChart;
    @FXML private LineChart<Number, Number> scheduleChart;
    @FXML private ImageView gridImage;
    @FXML private TabPane views;
    private final XYChart.Series<Number, Number> trainSeries = series("train −ELBO (smoothed)");
    private final XYChart.Series<Number, Number> reconSeries = series("reconstruction");
    private final XYChart.Series<Number, Number> klSeries = series("KL");
    private final XYChart.Series<Number, Number> testSeries = series("test −ELBO");
    private final XYChart.Series<Number, Number> klVsTarget = series("KL (train, smoothed)");
    private final XYChart.Series<Number, Number> targetSeries = series("capacity C_t");
    private final XYChart.Series<Number, Number> temperatureSeries = series("temperature τ");
    private final XYChart.Series<String, Number> klBars = new XYChart.Series<>();

    public TrainView(TrainViewModel viewModel, Consumer<String> showDocument) {
        this.viewModel = viewModel;
        this.showDocument = showDocument;
    }

    @FXML
    private void initialize() {
        bindDataset();
        bindForm();
        bindRun();
        lossChart.getData().setAll(List.of(trainSeries, reconSeries, klSeries, testSeries));
        scheduleChart.getData().setAll(List.of(klVsTarget));
        klChart.getData().add(klBars);
        Timeline drain = new Timeline(new KeyFrame(DRAIN_EVERY, e -> viewModel.run().drain()));
        drain.setCycleCount(Timeline.INDEFINITE);
        drain.play();
        viewModel.run().chartVersionProperty().addListener((o, was, now) -> refreshCharts());
        viewModel.run().gridsProperty().addListener((o, was, now) -> showGrids(now));
    }

    private void bindDataset() {
        DatasetViewModel dataset = viewModel.dataset();
        datasetChoice.setItems(dataset.choices());
        datasetChoice.valueProperty().bindBidirectional(dataset.selectedProperty());
        datasetSummary.textProperty().bind(dataset.summaryProperty());
        datasetError.textProperty().bind(dataset.errorProperty());
        showWhenText(datasetError);
        datasetLoading.visibleProperty().bind(dataset.loadingProperty());
        dataset.samples().addListener((ListChangeListener<SampleTile>) c -> showSamples());
        showSamples();
        if (dataset.selectedProperty().get() == null) {
            dataset.selectedProperty().set(dataset.choices().get(0));
        }
    }

    private void bindForm() {
        TrainFormViewModel f = viewModel.form();
        kind.setItems(FXCollections.observableArrayList(ModelKind.values()));
        kind.valueProperty().bindBidirectional(f.kindProperty());
        likelihood.setItems(FXCollections.observableArrayList(Likelihood.values()));
        likelihood.valueProperty().bindBidirectional(f.likelihoodProperty());
        bind(latent, f.latentProperty());
        bind(hidden, f.hiddenProperty());
        bind(discrete, f.discreteProperty());
        bind(beta, f.betaProperty());
        bind(capacity, f.capacityProperty());
        bind(capacityIterations, f.capacityIterationsProperty());
        bind(gamma, f.gammaProperty());
        bind(temperature, f.temperatureProperty());
        bind(temperatureMin, f.temperatureMinProperty());
        bind(annealRate, f.annealRateProperty());
        bind(learningRate, f.learningRateProperty());
        bind(batchSize, f.batchSizeProperty());
        bind(epochs, f.epochsProperty());
        bind(seed, f.seedProperty());
        bind(trainLimit, f.trainLimitProperty());
        binarize.selectedProperty().bindBidirectional(f.binarizeProperty());
        formErrors.textProperty().bind(f.errorsProperty());
        showWhenText(formErrors);
        var idle = viewModel.run().canStart();
        for (var field : List.of(kind, likelihood, latent, hidden, discrete, beta, capacity, capacityIterations, gamma,
                temperature, temperatureMin, annealRate, learningRate, batchSize, epochs, seed, trainLimit, binarize)) {
            field.disableProperty().bind(idle.not());
        }
        hidden.disableProperty().unbind();
        hidden.disableProperty().bind(idle.not().or(f.kindProperty().isEqualTo(ModelKind.CONV_VAE)));
        discrete.disableProperty().unbind();
        discrete.disableProperty().bind(idle.not().or(f.kindProperty().isNotEqualTo(ModelKind.JOINT_VAE)));
        beta.disableProperty().unbind();
        beta.disableProperty().bind(idle.not().or(f.kindProperty().isNotEqualTo(ModelKind.BETA_VAE)));
        for (TextField t : List.of(capacity, capacityIterations, gamma)) {
            t.disableProperty().unbind();
            t.disableProperty().bind(idle.not().or(f.kindProperty().isNotEqualTo(ModelKind.BETA_VAE)
                    .and(f.kindProperty().isNotEqualTo(ModelKind.JOINT_VAE))));
        }
        for (TextField t : List.of(temperature, temperatureMin, annealRate)) {
            t.disableProperty().unbind();
            t.disableProperty().bind(idle.not().or(f.kindProperty().isNotEqualTo(ModelKind.JOINT_VAE)));
        }
    }

    private void bindRun() {
        TrainingRunViewModel run = viewModel.run();
        startButton.disableProperty().bind(run.canStart().not().or(viewModel.form().errorsProperty().isNotEmpty())
                .or(viewModel.dataset().dataProperty().isNull()));
        pauseButton.disableProperty().bind(run.canPause().not());
        resumeButton.disableProperty().bind(run.canResume().not());
        stepButton.disableProperty().bind(run.canStep().not());
        cancelButton.disableProperty().bind(run.canCancel().not());
        resumeFromButton.disableProperty().bind(run.canStart().not());
        openRunFolder.disableProperty().bind(run.runFolderProperty().isNull());
        delay.valueProperty().addListener((o, was, now) -> run.delayMillisProperty().set(now.longValue()));
        delayLabel.textProperty().bind(delay.valueProperty().asString("%.0f ms"));
        runMessage.textProperty().bind(run.messageProperty());
        runError.textProperty().bind(run.errorProperty());
        showWhenText(runError);
        epochProgress.progressProperty().bind(run.epochProgressProperty());
        runProgress.progressProperty().bind(run.runProgressProperty());
        datasetChoice.disableProperty().bind(run.canStart().not());
        openDatasetButton.disableProperty().bind(run.canStart().not());
    }

    @FXML
    private void start() {
        if (viewModel.start()) {
            views.getSelectionModel().select(0);
        }
    }

    @FXML
    private void pause() {
        viewModel.run().pause();
    }

    @FXML
    private void resume() {
        viewModel.run().resume();
    }

    @FXML
    private void step() {
        viewModel.run().step();
    }

    @FXML
    private void cancel() {
        viewModel.run().cancel();
    }

    @FXML
    private void resumeFromCheckpoint() {
        FileChooser c = new FileChooser();
        c.setTitle("Resume training from a checkpoint");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("VAE Explorer checkpoint", "*.vaex"));
        File folder = viewModel.run().runFolderProperty().get() != null
                ? viewModel.run().runFolderProperty().get().toFile() : viewModel.run().runsRoot().toFile();
        if (folder.isDirectory()) {
            c.setInitialDirectory(folder);
        }
        File file = c.showOpenDialog(startButton.getScene().getWindow());
        if (file != null && viewModel.resumeFrom(file.toPath())) {
            views.getSelectionModel().select(0);
        }
    }

    @FXML
    private void exportAnimation() {
        File file = chooser("Export training animation", "training.gif", "GIF animation", "*.gif");
        if (file != null) {
            viewModel.run().exportAnimation(file.toPath());
        }
    }

    @FXML
    private void openRunFolder() {
        var folder = viewModel.run().runFolderProperty().get();
        if (folder != null) {
            showDocument.accept(folder.toUri().toString());
        }
    }

    @FXML
    private void exportCsv() {
        File file = chooser("Export loss history", "loss-history.csv", "CSV", "*.csv");
        if (file != null) {
            try {
                viewModel.run().exportHistory(file.toPath());
            } catch (IOException e) {
                viewModel.run().errorProperty().set("Could not write " + file + ": " + e.getMessage());
            }
        }
    }

    @FXML
    private void exportGrid() {
        SampleGrids.Grids g = viewModel.run().gridsProperty().get();
        if (g == null) {
            viewModel.run().errorProperty().set("There is no sample grid yet: start a run first.");
            return;
        }
        File file = chooser("Export sample grid", "samples.png", "PNG image", "*.png");
        if (file != null) {
            try {
                GreyPng.write(GreyPng.grid(g.composite(), 1, g.compositeRows(), g.compositeCols(), 1, 4),
                        file.toPath());
            } catch (IOException e) {
                viewModel.run().errorProperty().set("Could not write " + file + ": " + e.getMessage());
            }
        }
    }

    @FXML
    private void openDatasetFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of IDX files (train-images-idx3-ubyte, t10k-…)");
        File dir = chooser.showDialog(openDatasetButton.getScene().getWindow());
        if (dir != null) {
            viewModel.dataset().openFolder(dir.toPath());
        }
    }

    private File chooser(String title, String name, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return c.showSaveDialog(startButton.getScene().getWindow());
    }

    private void refreshCharts() {
        TrainingRunViewModel run = viewModel.run();
        RunCharts charts = run.charts();
        copy(charts.trainNelbo(), trainSeries);
        copy(charts.trainRecon(), reconSeries);
        copy(charts.trainKl(), klSeries);
        copy(charts.testNelbo(), testSeries);
        copy(charts.trainKl(), klVsTarget);
        copy(charts.capacityTarget(), targetSeries);
        copy(charts.temperature(), temperatureSeries);
        List<XYChart.Series<Number, Number>> present = new java.util.ArrayList<>(List.of(klVsTarget));
        if (!targetSeries.getData().isEmpty()) {
            present.add(targetSeries);
        }
        if (!temperatureSeries.getData().isEmpty()) {
            present.add(temperatureSeries);
        }
        if (!scheduleChart.getData().equals(present)) {
            scheduleChart.getData().setAll(present);
        }
        float[] perDim = run.klPerDimProperty().get();
        if (klBars.getData().size() != perDim.length) {
            klBars.getData().clear();
            for (int i = 0; i < perDim.length; i++) {
                klBars.getData().add(new XYChart.Data<>("z" + (i + 1), perDim[i]));
            }
        } else {
            for (int i = 0; i < perDim.length; i++) {
                klBars.getData().get(i).setYValue(perDim[i]);
            }
        }
    }

    /**
     * Moves the buffer's points into the series, reusing its Data nodes (a chart re-lays out only what changed):
     * existing points are updated in place, new ones appended, surplus ones removed after a thinning.
     */
    private static void copy(ChartBuffer buffer, XYChart.Series<Number, Number> series) {
        List<ChartBuffer.Point> points = buffer.points();
        var data = series.getData();
        if (data.size() > points.size()) {
            data.remove(points.size(), data.size());
        }
        for (int i = 0; i < data.size(); i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            ChartBuffer.Point p = points.get(i);
            if (d.getXValue().doubleValue() != p.x() || d.getYValue().doubleValue() != p.y()) {
                d.setXValue(p.x());
                d.setYValue(p.y());
            }
        }
        if (points.size() > data.size()) {
            data.addAll(points.subList(data.size(), points.size()).stream()
                    .map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList());
        }
    }

    private void showGrids(SampleGrids.Grids g) {
        if (g != null) {
            gridImage.setImage(FxImages.toImage(new GreyImage(g.compositeRows(), g.compositeCols(), g.composite())));
        }
    }

    private void showSamples() {
        sampleGrid.getChildren().clear();
        var data = viewModel.dataset().dataProperty().get();
        sampleGrid.setPrefColumns(data == null ? 10 : data.train().numClasses());
        for (SampleTile tile : viewModel.dataset().samples()) {
            ImageView view = new ImageView(FxImages.toImage(tile.image()));
            view.setSmooth(false);
            view.setFitWidth(TILE_SIZE);
            view.setFitHeight(TILE_SIZE);
            Label name = new Label(tile.className());
            name.getStyleClass().add("sample-caption");
            VBox box = new VBox(2, view, name);
            box.getStyleClass().add("sample-tile");
            sampleGrid.getChildren().add(box);
        }
    }

    private static void bind(TextField field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
