package org.vaeexplorer.ui.train;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.settings.ModelSetting;
import org.vaeexplorer.ui.common.EnumNames;
import org.vaeexplorer.ui.common.I18n;

/**
 * The model and training form. A model setting's row is made from its declaration ({@link ModelSetting}: name,
 * field, tooltip, place), shown while the chosen kind reads it ({@link TrainFormViewModel#applies}); the kind and
 * the training settings are the FXML's. Every field is editable only while no run is active.
 */
public final class TrainFormView {
    private final TrainViewModel viewModel;
    @FXML private ComboBox<ModelKind> kind;
    @FXML private TextField learningRate;
    @FXML private TextField batchSize;
    @FXML private TextField epochs;
    @FXML private TextField seed;
    @FXML private TextField trainLimit;
    @FXML private CheckBox binarize;
    @FXML private Label formErrors;
    @FXML private GridPane form;
    @FXML private TitledPane advanced;
    @FXML private GridPane advancedForm;

    public TrainFormView(TrainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        TrainFormViewModel f = viewModel.form();
        EnumNames.show(kind, "kind", List.of(ModelKind.values()), ModelKind::name);
        kind.valueProperty().bindBidirectional(f.kindProperty());
        learningRate.textProperty().bindBidirectional(f.learningRateProperty());
        batchSize.textProperty().bindBidirectional(f.batchSizeProperty());
        epochs.textProperty().bindBidirectional(f.epochsProperty());
        seed.textProperty().bindBidirectional(f.seedProperty());
        trainLimit.textProperty().bindBidirectional(f.trainLimitProperty());
        binarize.selectedProperty().bindBidirectional(f.binarizeProperty());
        formErrors.textProperty().bind(f.otherErrors());
        Labels.showWhenText(formErrors);
        for (TextField field : List.of(learningRate, batchSize, epochs, seed, trainLimit)) {
            boolean folded = field.getParent() == advancedForm;
            openWhenShown(FieldMessages.attach(field, f.fieldErrors()), folded);
        }
        BooleanBinding busy = viewModel.run().canStart().not();
        for (Node n : new Node[] {kind, learningRate, batchSize, epochs, seed, trainLimit, binarize}) {
            n.disableProperty().bind(busy);
        }
        // The first settings go after the kind (its name and box are two rows), the rest before the training ones.
        GridRows first = GridRows.of(form);
        GridRows folded = GridRows.of(advancedForm);
        int firstAt = 2;
        int foldedAt = 0;
        for (ModelSetting setting : ModelSetting.values()) {
            boolean isFirst = setting.shown() == ModelSetting.Shown.FIRST;
            List<Node> row = row(setting, f, busy, !isFirst);
            if (isFirst) {
                first.insert(firstAt++, row, f.applies(setting));
            } else {
                folded.insert(foldedAt++, row, f.applies(setting));
            }
        }
    }

    /**
     * A setting's name and field for a form grid: a text field over its message line, or a box of its choices; the
     * field's id is the setting's key (as the view model's field problems are keyed).
     */
    private List<Node> row(ModelSetting setting, TrainFormViewModel f, BooleanBinding busy, boolean folded) {
        Label name = new Label(I18n.text(setting.labelKey()));
        Control field;
        Node cell;
        if (setting.type() == ModelSetting.Type.CHOICE) {
            field = choiceBox(setting, f);
            cell = field;
        } else {
            TextField text = new TextField();
            text.setId(setting.key());
            text.textProperty().bindBidirectional(f.text(setting));
            field = text;
            VBox withMessage = FieldMessages.cell(text, f.fieldErrors());
            openWhenShown(FieldMessages.message(withMessage), folded);
            cell = withMessage;
        }
        field.setTooltip(new Tooltip(I18n.text(setting.descriptionKey()) + "\n"
                + I18n.text("train.form.flag", setting.flag())));
        field.disableProperty().bind(busy);
        GridPane.setConstraints(name, 0, 0);
        GridPane.setConstraints(cell, 1, 0);
        GridPane.setValignment(name, VPos.BASELINE);
        GridPane.setValignment(cell, VPos.BASELINE);
        return List.of(name, cell);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ComboBox<?> choiceBox(ModelSetting setting, TrainFormViewModel f) {
        ComboBox box = new ComboBox<>();
        box.setId(setting.key());
        box.setMaxWidth(Double.MAX_VALUE);
        Class type = setting.choice().values().get(0).getDeclaringClass();
        EnumNames.show(box, setting.choice().namePrefix(), type);
        box.valueProperty().bindBidirectional(f.choice(setting));
        return box;
    }

    /** A folded Advanced section opens when one of its fields goes wrong, so its message is seen. */
    private void openWhenShown(Label message, boolean folded) {
        if (!folded) {
            return;
        }
        message.visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                advanced.setExpanded(true);
            }
        });
        if (message.isVisible()) {
            advanced.setExpanded(true);
        }
    }
}
