package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.common.FittedImage;

/**
 * A traversal with its rows and columns named: each row's dimension (and category or class) at its left, each
 * column's value above it, unused dimensions marked. The image is fitted as everywhere else; the labels are placed
 * where it was drawn, and where rows or columns are too small for every label only every n-th is shown.
 */
public final class TraversalGrid extends Region {
    private static final double GAP = 6;
    private final ImageView image = new ImageView();
    private final FittedImage fitted = new FittedImage();
    private final List<Label> rowLabels = new ArrayList<>();
    private final List<Label> columnLabels = new ArrayList<>();

    /** A row's name, whether its dimension is unused, and what its tooltip says. */
    record RowName(String text, boolean unused, String tooltip) {
    }

    public TraversalGrid() {
        getStyleClass().add("traversal-grid");
        image.setId("traversalImage");
        fitted.getChildren().add(image);
        getChildren().add(fitted);
    }

    void show(Image picture, List<RowName> rows, List<String> columns) {
        image.setImage(picture);
        getChildren().removeAll(rowLabels);
        getChildren().removeAll(columnLabels);
        rowLabels.clear();
        columnLabels.clear();
        for (RowName r : rows) {
            Label l = new Label(r.text());
            l.getStyleClass().add("traversal-row");
            if (r.unused()) {
                l.getStyleClass().add("unused-dimension");
            }
            if (r.tooltip() != null) {
                l.setTooltip(new Tooltip(r.tooltip()));
            }
            rowLabels.add(l);
        }
        for (String c : columns) {
            Label l = new Label(c);
            l.getStyleClass().add("traversal-column");
            columnLabels.add(l);
        }
        getChildren().addAll(rowLabels);
        getChildren().addAll(columnLabels);
        requestLayout();
    }

    /** The labels shown, rows then columns (for tests). */
    List<Label> rowLabels() {
        return rowLabels;
    }

    List<Label> columnLabels() {
        return columnLabels;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        double labelWidth = 0;
        for (Label l : rowLabels) {
            labelWidth = Math.max(labelWidth, l.prefWidth(-1));
        }
        double header = columnLabels.isEmpty() ? 0 : columnLabels.get(0).prefHeight(-1);
        double imageLeft = left + labelWidth + (labelWidth > 0 ? GAP : 0);
        double imageTop = top + header + (header > 0 ? GAP / 2 : 0);
        fitted.resizeRelocate(imageLeft, imageTop, Math.max(1, left + w - imageLeft), Math.max(1, top + h - imageTop));
        fitted.layout();
        Bounds shown = fitted.shownBounds();
        double x0 = imageLeft + shown.getMinX();
        double y0 = imageTop + shown.getMinY();
        // The names right beside the image, which is centred in its space: not at the far left.
        placeRows(Math.max(left, x0 - GAP - labelWidth), labelWidth, y0, shown.getHeight());
        placeColumns(x0, shown.getWidth(), imageTop - header - (header > 0 ? GAP / 2 : 0), header);
    }

    private void placeRows(double left, double labelWidth, double y0, double height) {
        int n = rowLabels.size();
        double cell = n == 0 ? 0 : height / n;
        double labelHeight = n == 0 ? 0 : rowLabels.get(0).prefHeight(-1);
        int every = cell <= 0 ? 1 : Math.max(1, (int) Math.ceil(labelHeight / cell));
        for (int r = 0; r < n; r++) {
            Label l = rowLabels.get(r);
            l.setVisible(cell > 0 && r % every == 0);
            layoutInArea(l, left, y0 + r * cell + cell / 2 - labelHeight / 2, labelWidth, labelHeight, 0,
                    HPos.RIGHT, VPos.CENTER);
        }
    }

    private void placeColumns(double x0, double width, double top, double header) {
        int n = columnLabels.size();
        double cell = n == 0 ? 0 : width / n;
        double widest = 0;
        for (Label l : columnLabels) {
            widest = Math.max(widest, l.prefWidth(-1));
        }
        int every = cell <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest + 4) / cell));
        for (int c = 0; c < n; c++) {
            Label l = columnLabels.get(c);
            // The last column always keeps its label: the two ends say the range.
            l.setVisible(cell > 0 && (c % every == 0 || c == n - 1) && (c == n - 1 || (n - 1 - c) >= every
                    || c == 0));
            double lw = l.prefWidth(-1);
            layoutInArea(l, x0 + c * cell + cell / 2 - lw / 2, top, lw, header, 0, HPos.CENTER, VPos.CENTER);
        }
    }
}
