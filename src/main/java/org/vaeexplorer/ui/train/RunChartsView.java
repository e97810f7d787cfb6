package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.vaeexplorer.run.samples.SampleGrids;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The run's progress, charts and sample grid. A timeline moves what the worker produced into the charts while a
 * run is active and this panel is in a window; it stops when the run ends (which drains a last time itself) or
 * the panel goes away.
 */
public final class RunChartsView {
    /** How often the charts take what the worker produced: smooth to the eye, cheap for the FX thread. */
    private static final Duration DRAIN_EVERY = Duration.millis(200);
    /** Nats: a dimension far below this carries almost nothing, and its bar should look almost empty. */
    static final double KL_AXIS_MIN_TOP = 1;
    private final TrainViewModel viewModel;
    private final Timeline drain;
    @FXML private ProgressBar epochProgress;
    @FXML private ProgressBar runProgress;
    @FXML private LineChart<Number, Number> lossChart;
    @FXML private BarChart<String, Number> klChart;
    @FXML private LineChart<Number, Number> scheduleChart;
    @FXML private ImageView gridImage;
    @FXML private NumberAxis klAxis;
    @FXML private NumberAxis scheduleAxis;
    @FXML private FlowPane lossKey;
    @FXML private FlowPane scheduleKey;
    @FXML private StackPane lowerLeft;
    @FXML private VBox schedulePanel;
    @FXML private TabPane lowerTabs;
    @FXML private Tab scheduleTab;
    @FXML private Tab scoreTab;
    @FXML private LineChart<Number, Number> scoreChart;
    @FXML private FlowPane scoreKey;
    private ScoreChart scores;
    private PlayersChart players;
    private final XYChart.Series<Number, Number> trainSeries = series("train.series.trainNelbo");
    private final XYChart.Series<Number, Number> reconSeries = series("train.series.recon");
    private final XYChart.Series<Number, Number> klSeries = series("train.series.kl");
    private final XYChart.Series<Number, Number> testSeries = series("train.series.testNelbo");
    private final XYChart.Series<Number, Number> klVsTarget = series("train.series.klSmoothed");
    private final XYChart.Series<Number, Number> targetSeries = series("train.series.capacity");
    private final XYChart.Series<Number, Number> temperatureSeries = series("train.series.temperature");
    private final XYChart.Series<String, Number> klBars = new XYChart.Series<>();

    public RunChartsView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
        drain = new Timeline(new KeyFrame(DRAIN_EVERY, e -> viewModel.run().drain()));
        drain.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        TrainingRunViewModel run = viewModel.run();
        epochProgress.progressProperty().bind(run.epochProgressProperty());
        runProgress.progressProperty().bind(run.runProgressProperty());
        lossChart.getData().setAll(List.of(trainSeries, reconSeries, klSeries, testSeries));
        scheduleChart.getData().setAll(List.of(klVsTarget));
        klChart.getData().add(klBars);
        ChartKey.follow(lossChart, lossKey);
        ChartKey.follow(scheduleChart, scheduleKey);
        scores = new ScoreChart(lowerLeft, schedulePanel, lowerTabs, scheduleTab, scoreTab, scoreChart, scoreKey);
        players = new PlayersChart(lowerTabs);
        FlooredAxis.apply(klAxis, 0, KL_AXIS_MIN_TOP);
        FlooredAxis.apply(scheduleAxis, 0, 0);
        run.stateProperty().addListener((o, was, now) -> {
            updateDrain();
            if (epochProgress.getScene() != null) {
                refreshCharts(); // a run that scores its epochs shows where its scores will come before the first
            }
        });
        viewModel.form().epochsProperty().addListener((o, was, now) -> {
            if (epochProgress.getScene() != null) {
                rangeEpochs();
            }
        });
        epochProgress.sceneProperty().addListener((o, was, now) -> {
            updateDrain();
            if (now != null) {
                refreshCharts();
            }
        });
        // Only while in a window: a panel replaced by a language switch stays registered here, and must not keep
        // copying every point into charts nobody sees.
        run.chartVersionProperty().addListener((o, was, now) -> {
            if (epochProgress.getScene() != null) {
                refreshCharts();
            }
        });
        run.gridsProperty().addListener((o, was, now) -> showGrids(now));
        // A panel built during or after a run (a language switch rebuilds it) starts from what the run has shown.
        refreshCharts();
        showGrids(run.gridsProperty().get());
        updateDrain();
    }

    private void updateDrain() {
        boolean wanted = viewModel.run().stateProperty().get() != RunState.IDLE && epochProgress.getScene() != null;
        if (wanted && drain.getStatus() != Animation.Status.RUNNING) {
            drain.play();
        } else if (!wanted) {
            drain.stop();
        }
    }

    /** Whether the charts are being fed (for tests: it must not run forever). */
    boolean isDraining() {
        return drain.getStatus() == Animation.Status.RUNNING;
    }

    /** Whether the disentanglement metrics' tab is on the page (for tests). */
    boolean showsScores() {
        return scores.isShown();
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
        List<XYChart.Series<Number, Number>> present = new ArrayList<>(List.of(klVsTarget));
        if (!targetSeries.getData().isEmpty()) {
            present.add(targetSeries);
        }
        if (!temperatureSeries.getData().isEmpty()) {
            present.add(temperatureSeries);
        }
        if (!scheduleChart.getData().equals(present)) {
            scheduleChart.getData().setAll(present);
        }
        FlooredAxis.apply(scheduleAxis, present.stream().flatMap(p -> p.getData().stream())
                .mapToDouble(d -> d.getYValue().doubleValue()).max().orElse(0), 0);
        float[] perDim = run.klPerDimProperty().get();
        if (klBars.getData().size() != perDim.length) {
            klBars.getData().clear();
            for (int i = 0; i < perDim.length; i++) {
                klBars.getData().add(new XYChart.Data<>(I18n.text("train.chart.dim", i + 1), perDim[i]));
            }
        } else {
            for (int i = 0; i < perDim.length; i++) {
                klBars.getData().get(i).setYValue(perDim[i]);
            }
        }
        double klMax = 0;
        for (float v : perDim) {
            klMax = Math.max(klMax, v);
        }
        FlooredAxis.apply(klAxis, klMax, KL_AXIS_MIN_TOP);
        players.refresh(charts);
        scores.refresh(charts);
        rangeEpochs();
    }

    /** The epoch axes reach the run's last planned epoch; before any run, the Epochs the form says. */
    private void rangeEpochs() {
        int planned = viewModel.run().charts().plannedEpochs();
        double last = planned > 0 ? planned : formEpochs();
        for (var series : List.of(trainSeries, testSeries, klVsTarget)) {
            for (var d : series.getData()) {
                last = Math.max(last, d.getXValue().doubleValue());
            }
        }
        FlooredAxis.epochs((NumberAxis) lossChart.getXAxis(), last);
        FlooredAxis.epochs((NumberAxis) scheduleChart.getXAxis(), last);
        scores.rangeEpochs(last);
        players.rangeEpochs(last);
    }

    private int formEpochs() {
        try {
            return Math.max(1, Integer.parseInt(String.valueOf(viewModel.form().epochsProperty().get()).trim()));
        } catch (NumberFormatException e) {
            // Being typed: the form says what is wrong with it; the axes keep one epoch meanwhile.
            return 1;
        }
    }

    /**
     * Moves the buffer's points into the series, reusing its Data nodes (a chart re-lays out only what changed):
     * existing points are updated in place, new ones appended, surplus ones removed after a thinning.
     */
    static void copy(ChartBuffer buffer, XYChart.Series<Number, Number> series) {
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

    private static XYChart.Series<Number, Number> series(String key) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(I18n.text(key));
        return s;
    }
}
