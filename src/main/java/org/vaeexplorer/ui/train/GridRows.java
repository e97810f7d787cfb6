package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/**
 * The rows of a form grid, each shown or hidden as a whole: a hidden row's nodes take no room (not managed, so
 * the grid ignores them) and the shown rows are numbered again, so no gap is left where it was.
 */
final class GridRows {
    private record Row(List<Node> nodes, ObservableBooleanValue shown) {
        boolean isShown() {
            return shown == null || shown.get();
        }
    }

    private final GridPane grid;
    private final List<Row> rows = new ArrayList<>();

    private GridRows(GridPane grid) {
        this.grid = grid;
    }

    /** The rows {@code grid} has so far (its FXML's), in order of their row index; these are always shown. */
    static GridRows of(GridPane grid) {
        GridRows r = new GridRows(grid);
        Map<Integer, List<Node>> byRow = new TreeMap<>();
        for (Node n : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(n);
            byRow.computeIfAbsent(row == null ? 0 : row, k -> new ArrayList<>()).add(n);
        }
        byRow.values().forEach(nodes -> r.rows.add(new Row(nodes, null)));
        return r;
    }

    /**
     * Adds a row of {@code nodes} (their columns set) before the row at {@code at}, shown while {@code shown} is
     * true. They go into the grid's children before that row's too, as Tab moves through the children in order.
     */
    void insert(int at, List<Node> nodes, ObservableBooleanValue shown) {
        int child = at < rows.size() ? grid.getChildren().indexOf(rows.get(at).nodes().get(0))
                : grid.getChildren().size();
        grid.getChildren().addAll(child, nodes);
        rows.add(at, new Row(List.copyOf(nodes), shown));
        for (Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
        shown.addListener(o -> number());
        number();
    }

    /** Numbers the shown rows 0, 1, 2... in their order. */
    private void number() {
        int next = 0;
        for (Row row : rows) {
            if (row.isShown()) {
                for (Node n : row.nodes()) {
                    GridPane.setRowIndex(n, next);
                }
                next++;
            }
        }
    }
}
