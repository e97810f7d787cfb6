package org.vaeexplorer.ui.train;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.data.ImageFolderOptions.Fit;
import org.vaeexplorer.ui.common.FittedImage;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.train.ImageImportViewModel.Phase;

/**
 * The window of {@link ImageImportViewModel}: the choices, the preview grid, the bar with its count and the buttons,
 * each bound to the view model; it opens when the view model leaves {@link Phase#CLOSED} and closes when it returns.
 */
final class ImageImportDialog {
    private final ImageImportViewModel model;
    private final Stage stage = new Stage();
    /** The language its texts were read in: after a switch the next opening builds it anew. */
    private final java.util.Locale locale = I18n.locale();
    private final TilePane previewGrid = new TilePane();

    private ImageImportDialog(ImageImportViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        VBox root = new VBox(content(), buttons());
        root.getStyleClass().addAll("content", "gap-8");
        root.setPadding(new Insets(14));
        root.setId("imageImportDialog");
        Scene scene = new Scene(root, 820, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> I18n.text("train.import.title",
                model.folderProperty().get() == null ? "" : model.folderProperty().get().getFileName()),
                model.folderProperty()));
        stage.setOnCloseRequest(e -> model.close());
        model.preview().addListener((ListChangeListener<SampleTile>) c -> showPreview());
    }

    /** Shows the dialog over {@code owner} whenever {@code model} opens, and hides it when it closes. */
    static void attach(ImageImportViewModel model, java.util.function.Supplier<Window> owner) {
        ImageImportDialog[] dialog = new ImageImportDialog[1];
        model.phaseProperty().addListener((o, was, now) -> {
            if (now != Phase.CLOSED && was == Phase.CLOSED) {
                if (dialog[0] == null || !dialog[0].locale.equals(I18n.locale())) {
                    dialog[0] = new ImageImportDialog(model, owner.get());
                }
                dialog[0].stage.show();
            } else if (now == Phase.CLOSED && dialog[0] != null) {
                dialog[0].stage.hide();
            }
        });
    }

    private Node content() {
        Label title = label("", "section-title");
        title.textProperty().bind(stage.titleProperty());
        Label found = label(model.foundProperty().get(), "hint");
        found.textProperty().bind(model.foundProperty());
        found.setId("importFound");
        Label unlabelled = label("", "hint");
        unlabelled.textProperty().bind(model.unlabelledProperty());
        unlabelled.setId("importUnlabelled");
        Labels.showWhenText(unlabelled);
        Label refusal = label("", "error");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.setId("importRefusal");
        Labels.showWhenText(refusal);
        Label previewTitle = label(I18n.text("train.import.preview"), "section-title");
        previewGrid.getStyleClass().add("gap-6");
        previewGrid.setPrefColumns(8);
        previewGrid.setId("importPreview");
        ScrollPane previewScroll = new ScrollPane(previewGrid);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("plain-scroll");
        VBox.setVgrow(previewScroll, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label count = label("", "hint");
        count.textProperty().bind(model.progressTextProperty());
        count.setId("importCount");
        count.setWrapText(false);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox progress = new HBox(10, bar, count);
        HBox.setHgrow(bar, Priority.ALWAYS);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.SURVEYING)
                .or(model.phaseProperty().isEqualTo(Phase.CONVERTING)));
        progress.managedProperty().bind(progress.visibleProperty());
        Node choices = choices();
        choices.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.CHOOSING));
        VBox box = new VBox(title, found, unlabelled, choices, previewTitle, previewScroll, progress, refusal);
        box.getStyleClass().add("gap-8");
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node choices() {
        ComboBox<Integer> side = new ComboBox<>();
        side.getItems().setAll(org.vaeexplorer.data.ImageFolderOptions.SIDES);
        side.valueProperty().bindBidirectional(model.sideProperty());
        side.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : I18n.text("train.import.sideValue", s);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        side.setId("importSide");
        ToggleGroup colours = new ToggleGroup();
        RadioButton grey = radio("train.import.grey", colours, "importGrey");
        RadioButton colour = radio("train.import.colour", colours, "importColour");
        colour.selectedProperty().bindBidirectional(model.colourProperty());
        grey.setSelected(!model.colourProperty().get());
        model.colourProperty().addListener((o, was, now) -> grey.setSelected(!now));
        ToggleGroup fits = new ToggleGroup();
        RadioButton crop = radio("train.import.crop", fits, "importCrop");
        RadioButton pad = radio("train.import.pad", fits, "importPad");
        crop.setSelected(model.fitProperty().get() == Fit.CROP);
        pad.setSelected(model.fitProperty().get() == Fit.PAD);
        crop.selectedProperty().addListener((o, was, now) -> model.fitProperty().set(now ? Fit.CROP : Fit.PAD));
        model.fitProperty().addListener((o, was, now) -> (now == Fit.CROP ? crop : pad).setSelected(true));
        Spinner<Integer> test = new Spinner<>(1, 50, model.testPercentProperty().get());
        test.setEditable(true);
        test.setPrefWidth(80);
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.getValueFactory().valueProperty().addListener((o, was, now) -> model.testPercentProperty().set(now));
        model.testPercentProperty().addListener((o, was, now) -> test.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, model.seedProperty().get());
        seed.setEditable(true);
        seed.setPrefWidth(110);
        seed.setMinWidth(Region.USE_PREF_SIZE);
        seed.getValueFactory().valueProperty().addListener((o, was, now) -> model.seedProperty().set(now));
        model.seedProperty().addListener((o, was, now) -> seed.getValueFactory().setValue(now.intValue()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("gap-8");
        // The names and the controls keep their width; the hints take what is left and wrap.
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints hints = new javafx.scene.layout.ColumnConstraints();
        hints.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(fixed, fixed, hints);
        grid.addRow(0, name("train.import.side"), side, label(I18n.text("train.import.sideHint"),
                "hint"));
        grid.addRow(1, name("train.import.colours"), new HBox(12, colour, grey),
                label(I18n.text("train.import.coloursHint"), "hint"));
        grid.addRow(2, name("train.import.fit"), new HBox(12, crop, pad),
                label(I18n.text("train.import.fitHint"), "hint"));
        HBox split = new HBox(6, test, name("train.import.testPercent"), seed);
        split.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, name("train.import.split"), split,
                label(I18n.text("train.import.splitHint"), "hint"));
        return grid;
    }

    private Node buttons() {
        Button importButton = new Button(I18n.text("train.import.import"));
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.CHOOSING));
        importButton.setOnAction(e -> model.importNow());
        Button cancel = new Button(I18n.text("train.import.cancel"));
        cancel.setId("importCancel");
        cancel.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.SURVEYING)
                .or(model.phaseProperty().isEqualTo(Phase.CONVERTING)));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button(I18n.text("train.import.close"));
        close.setId("importClose");
        close.setCancelButton(true);
        close.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer, cancel, importButton, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void showPreview() {
        previewGrid.getChildren().clear();
        for (SampleTile tile : model.preview()) {
            FittedImage fitted = new FittedImage();
            fitted.getChildren().add(new ImageView(FxImages.toImage(tile.image())));
            fitted.getStyleClass().add("sample-image");
            // A folder's class names are the person's own: shown as they are, never translated.
            Label name = label(tile.className(), "sample-caption");
            VBox box = new VBox(fitted, name);
            box.getStyleClass().addAll("sample-tile", "gap-2");
            previewGrid.getChildren().add(box);
        }
    }

    /** A row's name: one line, never squeezed. */
    private static Label name(String key) {
        Label l = new Label(I18n.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static RadioButton radio(String key, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(I18n.text(key));
        b.setToggleGroup(group);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
