package org.vaeexplorer.ui.train;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Marks a Train form field whose value is invalid and says why right under it, in the field's own grid cell: the
 * disabled Start button's tooltip, where a teacher never looked, was the only place that said it (issue 27.10).
 */
final class FieldMessages {
    /** On a field with an invalid value (a red frame in app.css). */
    static final String INVALID = "invalid-field";

    private FieldMessages() {
    }

    /**
     * Puts {@code field} and a message line into one cell of its grid, in its place; the line shows {@code errors}'
     * entry for the field's id (the form's field key) and takes no room while there is none. Returns the line.
     */
    static Label attach(TextField field, ObservableMap<String, String> errors) {
        GridPane grid = (GridPane) field.getParent();
        int at = grid.getChildren().indexOf(field);
        Integer row = GridPane.getRowIndex(field);
        Integer column = GridPane.getColumnIndex(field);
        grid.getChildren().remove(field);
        VBox cell = cell(field, errors);
        GridPane.setConstraints(cell, column == null ? 0 : column, row == null ? 0 : row);
        grid.getChildren().add(at, cell);
        // The row's name stays level with the field, not with the middle of field and message.
        for (Node n : grid.getChildren()) {
            if (row != null && row.equals(GridPane.getRowIndex(n))) {
                GridPane.setValignment(n, VPos.BASELINE);
            }
        }
        return message(cell);
    }

    /** {@code field} over its message line (see {@link #attach}), as a cell to be put in a grid. */
    static VBox cell(TextField field, ObservableMap<String, String> errors) {
        Label message = new Label();
        message.setId(field.getId() + "Message");
        message.setWrapText(true);
        message.getStyleClass().add("field-message");
        // Bound, not listened to: the map belongs to the view model, which outlives this view (language switch).
        message.textProperty().bind(Bindings.stringValueAt(errors, field.getId()));
        Labels.showWhenText(message);
        message.visibleProperty().addListener((o, was, shown) -> {
            field.getStyleClass().remove(INVALID);
            if (shown) {
                field.getStyleClass().add(INVALID);
            }
        });
        if (message.isVisible()) {
            field.getStyleClass().add(INVALID);
        }
        VBox cell = new VBox(field, message) {
            // A grid asks its cells' heights without a width, and a message measured so never wraps: it ended in
            // "..." beside the narrow field. Measured at the width the cell has, it wraps onto a second line.
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
            }
        };
        cell.widthProperty().addListener((o, was, now) -> {
            if (cell.getParent() != null) {
                cell.getParent().requestLayout();
            }
        });
        cell.getStyleClass().addAll("field-cell", "gap-2");
        return cell;
    }

    /** The message line of a {@link #cell}. */
    static Label message(VBox cell) {
        return (Label) cell.getChildren().get(1);
    }
}
