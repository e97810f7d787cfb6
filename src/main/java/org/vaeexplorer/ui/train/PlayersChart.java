package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vaeexplorer.model.AdversarialTerms;
import org.vaeexplorer.ui.common.I18n;

/**
 * The two players of a CVAE-GAN run, so a class sees the game (Bao et al. 2017): the discriminator's, generator's and
 * classifier's losses, and D's mean output on real images and on images generated from the prior (0.5 each when D
 * cannot tell them apart; D(real) near 1 and D(generated) near 0 when it wins). Smoothed per batch as the loss chart
 * is. A tab of the lower-left cell, put in when a run's steps report these terms; the reconstruction and KL are in
 * the loss chart as for every kind.
 */
final class PlayersChart {
    private static final List<String> LOSSES = List.of(AdversarialTerms.DISCRIMINATOR, AdversarialTerms.GENERATOR,
            AdversarialTerms.CLASSIFIER);
    private static final List<String> OUTPUTS = List.of(AdversarialTerms.D_REAL, AdversarialTerms.D_GENERATED);
    private final TabPane tabs;
    private final Tab tab;
    private final LineChart<Number, Number> losses = chart(false);
    private final LineChart<Number, Number> outputs = chart(true);
    private final Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();

    PlayersChart(TabPane tabs) {
        this.tabs = tabs;
        FlowPane lossKey = key();
        FlowPane outputKey = key();
        ChartKey.follow(losses, lossKey);
        ChartKey.follow(outputs, outputKey);
        losses.setId("playersLossChart");
        outputs.setId("playersOutputChart");
        // Side by side: the cell is short, and two charts stacked in it leave neither a readable axis.
        HBox panel = new HBox(8, column("train.chart.players.losses", losses, lossKey),
                column("train.chart.players.outputs", outputs, outputKey));
        panel.getStyleClass().add("chart-panel");
        tab = new Tab(I18n.text("train.chart.playersTab"), panel);
        tab.setId("playersTab");
    }

    /** Puts the tab in (and shows it) once the run reports its players, and copies their points. */
    void refresh(RunCharts charts) {
        boolean wanted = charts.hasOwnTerms();
        if (wanted != tabs.getTabs().contains(tab)) {
            if (wanted) {
                tabs.getTabs().add(tab);
                tabs.getSelectionModel().select(tab);
            } else {
                tabs.getTabs().remove(tab);
            }
        }
        fill(losses, LOSSES, charts);
        fill(outputs, OUTPUTS, charts);
    }

    private void fill(LineChart<Number, Number> chart, List<String> names, RunCharts charts) {
        List<XYChart.Series<Number, Number>> present = new ArrayList<>();
        for (String name : names) {
            ChartBuffer buffer = charts.ownTerms().get(name);
            if (buffer != null) {
                XYChart.Series<Number, Number> s = series.computeIfAbsent(name, PlayersChart::named);
                RunChartsView.copy(buffer, s);
                present.add(s);
            }
        }
        if (!chart.getData().equals(present)) {
            chart.getData().setAll(present);
        }
    }

    void rangeEpochs(double last) {
        FlooredAxis.epochs((NumberAxis) losses.getXAxis(), last);
        FlooredAxis.epochs((NumberAxis) outputs.getXAxis(), last);
    }

    /** Whether the players' tab is on the page (for tests). */
    boolean isShown() {
        return tabs.getTabs().contains(tab);
    }

    private static VBox column(String titleKey, LineChart<Number, Number> chart, FlowPane key) {
        Label title = new Label(I18n.text(titleKey));
        title.setWrapText(true);
        VBox column = new VBox(2, title, chart, key);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMinWidth(0);
        return column;
    }

    private static LineChart<Number, Number> chart(boolean probabilities) {
        NumberAxis x = new NumberAxis();
        x.setLabel(I18n.text("train.chart.epoch"));
        x.setForceZeroInRange(false);
        NumberAxis y = probabilities ? new NumberAxis(0, 1, 0.25) : new NumberAxis();
        y.setAutoRanging(!probabilities);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(0);
        return chart;
    }

    private static FlowPane key() {
        FlowPane key = new FlowPane();
        key.getStyleClass().addAll("hgap-10", "vgap-4");
        key.setAlignment(javafx.geometry.Pos.CENTER);
        return key;
    }

    /** A series named by the bundle ({@code train.series.gan_loss_d} ...). */
    private static XYChart.Series<Number, Number> named(String term) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(I18n.text("train.series." + term));
        return s;
    }
}
