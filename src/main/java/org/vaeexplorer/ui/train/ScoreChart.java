package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import org.vaeexplorer.ui.common.I18n;

/**
 * The disentanglement metrics of a run on a dataset with known factors, one point per epoch (scored on the run's
 * worker, see {@code run.FactorScoring}, and fed from {@link RunCharts} as the loss charts are). They take the KL
 * chart's cell as a second tab, shown when the run starts, so a run without factors keeps the page as it was.
 */
final class ScoreChart {
    private final Pane cell;
    private final Node schedulePanel;
    private final TabPane tabs;
    private final Tab scheduleTab;
    private final Tab scoreTab;
    private final LineChart<Number, Number> chart;
    private final Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();
    private boolean tabbed;

    ScoreChart(Pane cell, Node schedulePanel, TabPane tabs, Tab scheduleTab, Tab scoreTab,
               LineChart<Number, Number> chart, FlowPane key) {
        this.cell = cell;
        this.schedulePanel = schedulePanel;
        this.tabs = tabs;
        this.scheduleTab = scheduleTab;
        this.scoreTab = scoreTab;
        this.chart = chart;
        ChartKey.follow(chart, key);
    }

    /**
     * Shows the tabs while {@code charts} has or expects scores (on the scores when they first appear), or has terms
     * of its kind's own ({@link PlayersChart}'s tab, then); the scores' tab only with scores.
     */
    void refresh(RunCharts charts) {
        boolean wanted = charts.hasScores() || charts.hasOwnTerms();
        if (charts.hasScores() != tabs.getTabs().contains(scoreTab)) {
            if (charts.hasScores()) {
                tabs.getTabs().add(1, scoreTab);
            } else {
                tabs.getTabs().remove(scoreTab);
            }
        }
        if (wanted != tabbed) {
            tabbed = wanted;
            if (wanted) {
                cell.getChildren().clear();
                scheduleTab.setContent(schedulePanel);
                cell.getChildren().setAll(tabs);
                if (charts.hasScores()) {
                    tabs.getSelectionModel().select(scoreTab);
                }
            } else {
                scheduleTab.setContent(null);
                cell.getChildren().setAll(schedulePanel);
            }
        }
        List<XYChart.Series<Number, Number>> present = new ArrayList<>();
        charts.scores().forEach((name, buffer) -> {
            XYChart.Series<Number, Number> s = series.computeIfAbsent(name, ScoreChart::named);
            RunChartsView.copy(buffer, s);
            present.add(s);
        });
        if (!chart.getData().equals(present)) {
            chart.getData().setAll(present);
        }
    }

    /** Whether the scores' tab is in the page (for tests). */
    boolean isShown() {
        return tabbed;
    }

    void rangeEpochs(double last) {
        FlooredAxis.epochs((NumberAxis) chart.getXAxis(), last);
    }

    /** A series named by the bundle's name of the metric ({@code train.series.score.mig}...). */
    private static XYChart.Series<Number, Number> named(String metric) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(I18n.text("train.series.score." + metric));
        return s;
    }
}
