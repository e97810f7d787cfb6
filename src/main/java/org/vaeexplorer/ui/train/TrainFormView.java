package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.ui.common.EnumNames;

/**
 * The model and training form. Every field is editable only while no run is active; a model setting also only
 * when the chosen kind reads it ({@link TrainFormViewModel#applies}).
 */
public final class TrainFormView {
    private final TrainViewModel viewModel;
    @FXML private ComboBox<ModelKind> kind;
    @FXML private ComboBox<Likelihood> likelihood;
    @FXML private ComboBox<Backbone> backbone;
    @FXML private ComboBox<KlEstimator> klEstimator;
    @FXML private TextField sigma;
    @FXML private TextField latent;
    @FXML private TextField hidden;
    @FXML private TextField discrete;
    @FXML private TextField beta;
    @FXML private TextField capacity;
    @FXML private TextField capacityIterations;
    @FXML private TextField gamma;
    @FXML private TextField temperature;
    @FXML private TextField temperatureMin;
    @FXML private TextField annealRate;
    @FXML private TextField givenQuadrants;
    @FXML private TextField gsnnWeight;
    @FXML private TextField learningRate;
    @FXML private TextField batchSize;
    @FXML private TextField epochs;
    @FXML private TextField seed;
    @FXML private TextField trainLimit;
    @FXML private CheckBox binarize;
    @FXML private Label formErrors;
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
        EnumNames.show(likelihood, "likelihood", Likelihood.class);
        likelihood.valueProperty().bindBidirectional(f.likelihoodProperty());
        EnumNames.show(backbone, "backbone", Backbone.class);
        backbone.valueProperty().bindBidirectional(f.backboneProperty());
        EnumNames.show(klEstimator, "kl", KlEstimator.class);
        klEstimator.valueProperty().bindBidirectional(f.klEstimatorProperty());
        Map<TextField, StringProperty> texts = Map.ofEntries(Map.entry(latent, f.latentProperty()),
                Map.entry(hidden, f.hiddenProperty()), Map.entry(discrete, f.discreteProperty()),
                Map.entry(beta, f.betaProperty()), Map.entry(capacity, f.capacityProperty()),
                Map.entry(capacityIterations, f.capacityIterationsProperty()), Map.entry(gamma, f.gammaProperty()),
                Map.entry(temperature, f.temperatureProperty()), Map.entry(temperatureMin, f.temperatureMinProperty()),
                Map.entry(annealRate, f.annealRateProperty()), Map.entry(learningRate, f.learningRateProperty()),
                Map.entry(batchSize, f.batchSizeProperty()), Map.entry(epochs, f.epochsProperty()),
                Map.entry(seed, f.seedProperty()), Map.entry(trainLimit, f.trainLimitProperty()),
                Map.entry(sigma, f.sigmaProperty()));
        texts.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        givenQuadrants.textProperty().bindBidirectional(f.structuredProperties()[0]);
        gsnnWeight.textProperty().bindBidirectional(f.structuredProperties()[1]);
        binarize.selectedProperty().bindBidirectional(f.binarizeProperty());
        formErrors.textProperty().bind(f.otherErrors());
        Labels.showWhenText(formErrors);
        for (TextField field : texts.keySet()) {
            attachMessage(field, f);
        }
        attachMessage(givenQuadrants, f);
        attachMessage(gsnnWeight, f);

        BooleanBinding busy = viewModel.run().canStart().not();
        for (Node n : new Node[] {kind, learningRate, batchSize, epochs, seed, trainLimit, binarize}) {
            n.disableProperty().bind(busy);
        }
        Map<Node, ModelSetting> settings = Map.ofEntries(Map.entry(likelihood, ModelSetting.LIKELIHOOD),
                Map.entry(latent, ModelSetting.LATENT), Map.entry(hidden, ModelSetting.HIDDEN),
                Map.entry(discrete, ModelSetting.DISCRETE), Map.entry(beta, ModelSetting.BETA),
                Map.entry(capacity, ModelSetting.CAPACITY),
                Map.entry(capacityIterations, ModelSetting.CAPACITY_ITERATIONS), Map.entry(gamma, ModelSetting.GAMMA),
                Map.entry(temperature, ModelSetting.TEMPERATURE),
                Map.entry(temperatureMin, ModelSetting.TEMPERATURE_MIN),
                Map.entry(annealRate, ModelSetting.ANNEAL_RATE),
                Map.entry(givenQuadrants, ModelSetting.GIVEN_QUADRANTS), Map.entry(gsnnWeight, ModelSetting.GSNN_WEIGHT),
                Map.entry(backbone, ModelSetting.BACKBONE), Map.entry(klEstimator, ModelSetting.KL_ESTIMATOR),
                Map.entry(sigma, ModelSetting.SIGMA));
        settings.forEach((n, setting) -> n.disableProperty().bind(busy.or(f.applies(setting).not())));
    }

    /** The field's message under it; a folded Advanced section opens when one of its fields goes wrong. */
    private void attachMessage(TextField field, TrainFormViewModel f) {
        boolean folded = field.getParent() == advancedForm;
        Label message = FieldMessages.attach(field, f.fieldErrors());
        if (folded) {
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
}
