package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A line chart's key, shown under the chart instead of the chart's own legend. JavaFX hides a chart's legend
 * whenever it would leave the plot under 150 px high, which is what a 1280x720 projector with the lesson panel
 * open (or presentation mode's larger type) does to the Train page's quarter-window charts: four lines and no key.
 * This key wraps onto as many rows as its width needs and takes its room from the plot instead. Its swatches carry
 * the colour class of their series' line ({@code default-colorN}), so they match the lines.
 */
final class ChartKey {
    /** On the key and on each of its items; the style sheet sizes them and the UI tests find them by it. */
    static final String STYLE_CLASS = "chart-key";
    static final String ITEM_STYLE_CLASS = "chart-key-item";

    private ChartKey() {
    }

    /** Hides {@code chart}'s own legend and keeps {@code key} listing its series, as they come and go. */
    static void follow(XYChart<?, ?> chart, FlowPane key) {
        chart.setLegendVisible(false);
        if (!key.getStyleClass().contains(STYLE_CLASS)) {
            key.getStyleClass().add(STYLE_CLASS);
        }
        // Registered after the chart's own listener, so each series already has its line and colour class.
        InvalidationListener rebuild = o -> fill(chart, key);
        chart.getData().addListener(rebuild);
        fill(chart, key);
    }

    private static void fill(XYChart<?, ?> chart, FlowPane key) {
        List<Label> items = new ArrayList<>();
        for (int i = 0; i < chart.getData().size(); i++) {
            XYChart.Series<?, ?> series = chart.getData().get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", colourClass(series, i));
            Label item = new Label(series.getName(), swatch);
            item.getStyleClass().add(ITEM_STYLE_CLASS);
            items.add(item);
        }
        key.getChildren().setAll(items);
    }

    /** The colour class the chart gave the series' line, or the one it gives the i-th series before it has one. */
    private static String colourClass(XYChart.Series<?, ?> series, int index) {
        Node line = series.getNode();
        if (line != null) {
            for (String c : line.getStyleClass()) {
                if (c.startsWith("default-color")) {
                    return c;
                }
            }
        }
        return "default-color" + index % 8;
    }
}
