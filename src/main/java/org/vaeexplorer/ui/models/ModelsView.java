package org.vaeexplorer.ui.models;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The Models page: a tree of checkpoints (the shipped ones, then each run with its best and last checkpoints and
 * its per-epoch ones folded) and the selected one's model card.
 */
public final class ModelsView {
    private final ModelsViewModel viewModel;
    private final Runnable showExplore;
    @FXML private Label heading;
    @FXML private Label message;
    @FXML private Button openButton;
    @FXML private Button deleteButton;
    @FXML private TreeTableView<Object> table;
    @FXML private TreeTableColumn<Object, String> nameColumn;
    @FXML private TreeTableColumn<Object, String> kindColumn;
    @FXML private TreeTableColumn<Object, String> datasetColumn;
    @FXML private TreeTableColumn<Object, String> latentColumn;
    @FXML private TreeTableColumn<Object, String> nelboColumn;
    @FXML private TreeTableColumn<Object, String> dateColumn;
    @FXML private TextArea card;
    @FXML private Button qualityButton;
    private boolean rebuilding;

    public ModelsView(ModelsViewModel viewModel, Runnable showExplore) {
        this.viewModel = viewModel;
        this.showExplore = showExplore;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        column(nameColumn, ModelRows::name);
        column(kindColumn, ModelRows::kind);
        column(datasetColumn, ModelRows::dataset);
        column(latentColumn, ModelRows::latents);
        column(nelboColumn, ModelRows::nelbo);
        column(dateColumn, ModelRows::made);
        table.setRoot(new TreeItem<>());
        viewModel.groups().addListener((ListChangeListener<ModelGroup>) c -> rebuild());
        viewModel.selectedProperty().addListener((o, was, now) -> showSelection());
        viewModel.selectedGroupProperty().addListener((o, was, now) -> showSelection());
        rebuild();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (rebuilding || now == null) {
                return;
            }
            if (now.getValue() instanceof ModelGroup g) {
                viewModel.selectGroup(g);
            } else if (now.getValue() instanceof ModelEntry e) {
                viewModel.selectEntry(e);
            } else {
                // The fold of a run's epochs: nothing to open or delete, so Delete cannot take the run by mistake.
                viewModel.selectEntry(null);
            }
        });
        SampleQualityViewModel sq = viewModel.sampleQuality();
        card.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> sq.textProperty().get()
                .isEmpty() ? viewModel.cardProperty().get() : viewModel.cardProperty().get() + "\n\n"
                + sq.textProperty().get(), viewModel.cardProperty(), sq.textProperty()));
        qualityButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !sq.canMeasure(),
                sq.runningProperty(), sq.textProperty()));
        openButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteButton.disableProperty().bind(viewModel.canDelete().not());
        table.setRowFactory(t -> {
            TreeTableRow<Object> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !(row.getItem() instanceof ModelRows.Folded)) {
                    open();
                }
            });
            return row;
        });
        viewModel.refresh();
    }

    /** The tree again from the view model's groups; runs open, their per-epoch checkpoints folded. */
    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<Object> root = table.getRoot();
            root.getChildren().clear();
            for (ModelGroup g : viewModel.groups()) {
                TreeItem<Object> group = new TreeItem<>(g);
                group.setExpanded(true);
                for (ModelEntry e : g.shown()) {
                    group.getChildren().add(new TreeItem<>(e));
                }
                if (!g.folded().isEmpty()) {
                    TreeItem<Object> fold = new TreeItem<>(new ModelRows.Folded(g));
                    g.folded().forEach(e -> fold.getChildren().add(new TreeItem<>(e)));
                    group.getChildren().add(fold);
                }
                root.getChildren().add(group);
            }
        } finally {
            rebuilding = false;
        }
        showSelection();
    }

    /** Selects the row of the view model's selection: its group's row, or its checkpoint's. */
    private void showSelection() {
        Object wanted = viewModel.selectedGroupProperty().get() != null ? viewModel.selectedGroupProperty().get()
                : viewModel.selectedProperty().get();
        TreeItem<Object> item = wanted == null ? null : find(table.getRoot(), wanted);
        TreeItem<Object> shown = table.getSelectionModel().getSelectedItem();
        if (item != null && item != shown) {
            rebuilding = true;
            try {
                table.getSelectionModel().select(item);
            } finally {
                rebuilding = false;
            }
        }
    }

    private static TreeItem<Object> find(TreeItem<Object> parent, Object value) {
        for (TreeItem<Object> child : parent.getChildren()) {
            if (child.getValue() == value) {
                return child;
            }
            TreeItem<Object> inside = find(child, value);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static void column(TreeTableColumn<Object, String> c, Function<Object, String> value) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        c.setCellFactory(column -> new WrappingCell());
    }

    /**
     * A cell whose text wraps onto more lines instead of ending in "…": with presentation mode's larger type on a
     * 1280x720 projector, "Conditional VAE" or a date no longer fits its column's width.
     */
    private static final class WrappingCell extends TreeTableCell<Object, String> {
        WrappingCell() {
            setWrapText(true);
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void measureQuality() {
        viewModel.sampleQuality().measure();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void open() {
        if (viewModel.selectedProperty().get() != null && viewModel.selectedProperty().get().readable()) {
            viewModel.openSelected();
            showExplore.run();
        }
    }
}
