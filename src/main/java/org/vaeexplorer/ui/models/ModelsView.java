package org.vaeexplorer.ui.models;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** The Models page: a table of checkpoints and the selected one's model card. */
public final class ModelsView {
    private final ModelsViewModel viewModel;
    private final Runnable showExplore;
    @FXML private Label heading;
    @FXML private Button openButton;
    @FXML private TableView<ModelEntry> table;
    @FXML private TableColumn<ModelEntry, String> nameColumn;
    @FXML private TableColumn<ModelEntry, String> kindColumn;
    @FXML private TableColumn<ModelEntry, String> datasetColumn;
    @FXML private TableColumn<ModelEntry, String> latentColumn;
    @FXML private TableColumn<ModelEntry, String> nelboColumn;
    @FXML private TableColumn<ModelEntry, String> dateColumn;
    @FXML private TextArea card;

    public ModelsView(ModelsViewModel viewModel, Runnable showExplore) {
        this.viewModel = viewModel;
        this.showExplore = showExplore;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        table.setItems(viewModel.entries());
        column(nameColumn, ModelsViewModel::name);
        column(kindColumn, ModelsViewModel::kind);
        column(datasetColumn, e -> e.readable() ? e.manifest().dataset().name() : "");
        column(latentColumn, ModelsViewModel::latents);
        column(nelboColumn, ModelsViewModel::nelbo);
        column(dateColumn, ModelsViewModel::made);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, was, now) -> table.getSelectionModel().select(now));
        table.getSelectionModel().select(viewModel.selectedProperty().get());
        card.textProperty().bind(viewModel.cardProperty());
        openButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        table.setRowFactory(t -> {
            TableRow<ModelEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        viewModel.refresh();
    }

    private static void column(TableColumn<ModelEntry, String> c, Function<ModelEntry, String> value) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(column -> new WrappingCell());
    }

    /**
     * A cell whose text wraps onto more lines instead of ending in "…": with presentation mode's larger type on a
     * 1280x720 projector, "Conditional VAE" or a date no longer fits its column's width.
     */
    private static final class WrappingCell extends javafx.scene.control.TableCell<ModelEntry, String> {
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
    private void open() {
        if (viewModel.selectedProperty().get() != null && viewModel.selectedProperty().get().readable()) {
            viewModel.openSelected();
            showExplore.run();
        }
    }
}
