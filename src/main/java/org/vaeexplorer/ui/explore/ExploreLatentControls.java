package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.common.I18n;

/** The point's controls in the side panel: a CVAE's class label, a Joint VAE's categories, the continuous latents. */
public final class ExploreLatentControls {
    private final ExploreViewModel viewModel;
    private final List<Slider> dimensionSliders = new ArrayList<>();
    private final List<Label> dimensionNames = new ArrayList<>();
    /** The dimension each slider sets: all of them, or for a model with many only the plane's two. */
    private final List<Integer> sliderDims = new ArrayList<>();
    private boolean updatingControls;
    private CategoryButtons categoryButtons;
    @FXML private VBox root;
    @FXML private VBox labelBox;
    @FXML private FlowPane labelButtons;
    @FXML private VBox categoryBox;
    @FXML private VBox categoryRows;
    @FXML private VBox dimsBox;
    @FXML private ComboBox<Integer> xDim;
    @FXML private ComboBox<Integer> yDim;
    @FXML private VBox sliders;

    public ExploreLatentControls(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        LatentPointViewModel point = viewModel.point();
        categoryButtons = new CategoryButtons(viewModel, categoryRows);
        point.codeProperty().addListener((o, was, now) -> showCode(now));
        point.labelProperty().addListener((o, was, now) -> select(labelButtons, now.intValue()));
        point.categoriesProperty().addListener((o, was, now) -> {
            for (int l = 0; l < now.length; l++) {
                if (categoryRows.lookup("#category-" + l + "-" + now[l]) instanceof ToggleButton b) {
                    b.setSelected(true);
                }
            }
        });
        // The combos show the point's axes, whoever set them: a new model resets them after this panel has heard
        // of the session, and a language switch rebuilds the panel while they are whatever the user chose.
        point.xDimProperty().addListener((o, was, now) -> axesMoved());
        point.yDimProperty().addListener((o, was, now) -> axesMoved());
        DimensionChoices.install(xDim, viewModel, true);
        DimensionChoices.install(yDim, viewModel, true);
        javafx.scene.control.Tooltip usage = new javafx.scene.control.Tooltip(
                org.vaeexplorer.ui.common.I18n.text("explore.dim.tooltip"));
        xDim.setTooltip(usage);
        yDim.setTooltip(usage);
        xDim.valueProperty().addListener((o, was, now) -> axesChosen());
        yDim.valueProperty().addListener((o, was, now) -> axesChosen());
        viewModel.sessionProperty().addListener((o, was, now) -> sessionChanged(now));
        sessionChanged(viewModel.sessionProperty().get());
    }

    private void sessionChanged(ExploreSession s) {
        Capabilities can = s != null ? viewModel.capabilitiesProperty().get() : null;
        dimsBox.setVisible(can != null && can.planeDimensions() > 0);
        labelBox.setVisible(can != null && can.labels());
        categoryBox.setVisible(can != null && can.hasDiscreteLatents());
        for (VBox box : List.of(dimsBox, labelBox, categoryBox)) {
            box.setManaged(box.isVisible());
        }
        root.setVisible(s != null);
        root.setManaged(s != null);
        if (s == null) {
            return;
        }
        buildLabelButtons(s);
        categoryButtons.rebuild();
        buildDimensionControls(can.planeDimensions());
        showCode(viewModel.point().codeProperty().get());
    }

    private void buildLabelButtons(ExploreSession s) {
        labelButtons.getChildren().clear();
        Capabilities can = viewModel.capabilitiesProperty().get();
        if (!can.labels()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < can.classes(); c++) {
            names.add(c < s.classNames().size() ? s.classNames().get(c) : Integer.toString(c));
        }
        LatentPointViewModel point = viewModel.point();
        labelButtons.getChildren().setAll(ChoiceButtons.of(names, "label-", point.labelProperty().get(),
                point.labelProperty()::set, ClassColors::dot));
    }

    private static void select(FlowPane buttons, int index) {
        if (index < buttons.getChildren().size()) {
            ((ToggleButton) buttons.getChildren().get(index)).setSelected(true);
        }
    }

    private void buildDimensionControls(int dims) {
        List<Integer> numbers = new ArrayList<>();
        for (int d = 1; d <= dims; d++) {
            numbers.add(d);
        }
        updatingControls = true;
        xDim.setItems(FXCollections.observableArrayList(numbers));
        yDim.setItems(FXCollections.observableArrayList(numbers));
        showAxes();
        buildSliders(dims);
    }

    /** The axes moved: the combos show them and, with many dimensions, the two sliders follow them. */
    private void axesMoved() {
        showAxes();
        ExploreSession s = viewModel.sessionProperty().get();
        Capabilities can = s != null ? viewModel.capabilitiesProperty().get() : null;
        if (can != null && can.planeDimensions() > ExploreTexts.MANY_DIMENSIONS) {
            buildSliders(can.planeDimensions());
            showCode(viewModel.point().codeProperty().get());
        }
    }

    /**
     * A slider per dimension; for a model with many, one for each of the plane's two and a control that draws the
     * rest from the prior.
     */
    private void buildSliders(int dims) {
        sliders.getChildren().clear();
        dimensionSliders.clear();
        dimensionNames.clear();
        sliderDims.clear();
        LatentPointViewModel p = viewModel.point();
        if (dims > ExploreTexts.MANY_DIMENSIONS) {
            for (int d : new int[] {p.xDimProperty().get(), p.yDimProperty().get()}) {
                if (d >= 0 && d < dims) {
                    addSlider(d);
                }
            }
            Label others = new Label(I18n.text("explore.otherDimensions", I18n.integer(dims - 2)));
            others.setWrapText(true);
            others.getStyleClass().add("hint");
            javafx.scene.control.Button resample = new javafx.scene.control.Button(I18n.text("explore.resampleOthers"));
            resample.setId("resampleOthers");
            resample.setTooltip(new javafx.scene.control.Tooltip(I18n.text("explore.resampleOthers.tooltip")));
            resample.setOnAction(e -> p.resampleOthers());
            sliders.getChildren().addAll(others, resample);
            return;
        }
        for (int d = 0; d < dims; d++) {
            addSlider(d);
        }
    }

    /** The open model's prior's standard deviation: the sliders reach its 5%-95% range. */
    private double priorScale() {
        Capabilities can = viewModel.capabilitiesProperty().get();
        return can == null ? 1 : can.priorScale();
    }

    private void addSlider(int d) {
        double prior = SliderReach.PRIOR * priorScale();
        Slider slider = new Slider(-prior, prior, 0);
        slider.setId("z" + (d + 1));
        int dim = d;
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updatingControls) {
                viewModel.point().setDimension(dim, now.doubleValue());
            }
        });
        // Dragging the thumb is one undo step, as a drag on the plane is.
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (changing) {
                viewModel.history().beginGesture();
            } else {
                viewModel.history().endGesture();
            }
        });
        Label name = new Label("z" + (d + 1));
        name.getStyleClass().add("latent-name");
        HBox row = new HBox(name, slider);
        row.getStyleClass().add("gap-6");
        HBox.setHgrow(slider, Priority.ALWAYS);
        sliders.getChildren().add(row);
        dimensionSliders.add(slider);
        dimensionNames.add(name);
        sliderDims.add(d);
    }

    private void showAxes() {
        LatentPointViewModel p = viewModel.point();
        int x = p.xDimProperty().get();
        int y = p.yDimProperty().get();
        updatingControls = true;
        xDim.setValue(x >= 0 && x < xDim.getItems().size() ? x + 1 : null);
        yDim.setValue(y >= 0 && y < yDim.getItems().size() ? y + 1 : null);
        updatingControls = false;
    }

    private void axesChosen() {
        Integer x = xDim.getValue();
        Integer y = yDim.getValue();
        if (!updatingControls && x != null && y != null) {
            viewModel.choosePlaneAxes(x - 1, y - 1);
        }
    }

    private void showCode(float[] z) {
        updatingControls = true;
        for (int i = 0; i < dimensionSliders.size(); i++) {
            int d = sliderDims.get(i);
            if (d >= z.length) {
                continue;
            }
            Slider slider = dimensionSliders.get(i);
            // The slider being dragged keeps its scale under the mouse; any other reaches as far as the point.
            if (!slider.isValueChanging()) {
                double reach = SliderReach.of(z[d], priorScale());
                slider.setMin(-reach);
                slider.setMax(reach);
            }
            slider.setValue(z[d]);
            markBeyondPrior(dimensionNames.get(i), SliderReach.beyondPrior(z[d], priorScale()));
        }
        updatingControls = false;
    }

    /** A dimension past the prior's 5%-95% range says so: its name is marked and explained in a tooltip. */
    private static void markBeyondPrior(Label name, boolean beyond) {
        if (beyond == name.getStyleClass().contains("beyond-prior")) {
            return;
        }
        if (beyond) {
            name.getStyleClass().add("beyond-prior");
            name.setTooltip(new javafx.scene.control.Tooltip(ExploreTexts.beyondPrior()));
        } else {
            name.getStyleClass().remove("beyond-prior");
            name.setTooltip(null);
        }
    }
}
