package org.vaeexplorer.ui.train;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;

/**
 * The Train form's network-wide fields, which every kind reads ({@link ModelSetting#BACKBONE},
 * {@link ModelSetting#KL_ESTIMATOR}, {@link ModelSetting#SIGMA}): the same settings as {@code --backbone},
 * {@code --kl} and {@code --sigma}.
 */
final class NetworkFields {
    private final ObjectProperty<Backbone> backbone = new SimpleObjectProperty<>(Backbone.MLP);
    private final ObjectProperty<KlEstimator> klEstimator = new SimpleObjectProperty<>(KlEstimator.ANALYTIC);
    private final StringProperty sigma = new SimpleStringProperty("0.1");

    /** The kind's defaults, from its default spec. */
    void fill(ModelSpec d) {
        backbone.set(d.backbone());
        klEstimator.set(d.klEstimator());
        sigma.set(TrainFormViewModel.fmt(d.gaussianSigma()));
    }

    /** Sets the backbone, KL form and sigma on {@code b}; problems go to {@code p}. Call before the hidden widths. */
    void apply(FieldParser p, ModelSpecBuilder b) {
        if (backbone.get() != null) {
            b.backbone(backbone.get());
        }
        if (klEstimator.get() != null) {
            b.klEstimator(klEstimator.get());
        }
        double s = p.decimal(ModelSetting.SIGMA, sigma.get());
        if (p.ok()) {
            b.gaussianSigma(s);
        }
    }

    /** True when the chosen network has hidden widths to read (the MLP's). */
    boolean readsHidden() {
        return backbone.get() == null || backbone.get() == Backbone.MLP;
    }

    ObjectProperty<Backbone> backboneProperty() {
        return backbone;
    }

    ObjectProperty<KlEstimator> klEstimatorProperty() {
        return klEstimator;
    }

    StringProperty sigmaProperty() {
        return sigma;
    }
}
