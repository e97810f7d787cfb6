package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSetting;

/**
 * One set of model settings given to both sides: as {@code train} options (each setting's declared flag) and as the
 * Train form's fields (each setting's field), so a case is written once.
 */
record SettingCases(String kind, Map<ModelSetting, String> values) {
    static SettingCases of(String kind, Object... settingAndValue) {
        Map<ModelSetting, String> values = new LinkedHashMap<>();
        for (int i = 0; i < settingAndValue.length; i += 2) {
            values.put((ModelSetting) settingAndValue[i], (String) settingAndValue[i + 1]);
        }
        return new SettingCases(kind, values);
    }

    /** The command line's model options: {@code --model KIND} and each setting's flag. */
    String[] cliArgs() {
        List<String> args = new ArrayList<>(List.of("--model", kind));
        values.forEach((setting, value) -> {
            args.add(setting.flag());
            args.add(value);
        });
        return args.toArray(String[]::new);
    }

    /** A form with the kind chosen (its defaults filled) and each setting typed into its field. */
    TrainFormViewModel form() {
        TrainFormViewModel f = new TrainFormViewModel();
        f.kindProperty().set(ModelKind.parse(kind).orElseThrow());
        values.forEach((setting, value) -> {
            switch (setting) {
                case LIKELIHOOD -> f.likelihoodProperty().set(constant(Likelihood.class, value));
                case BACKBONE -> f.backboneProperty().set(constant(Backbone.class, value));
                case KL_ESTIMATOR -> f.klEstimatorProperty().set(constant(KlEstimator.class, value));
                default -> text(f, setting).set(value);
            }
        });
        return f;
    }

    private static StringProperty text(TrainFormViewModel f, ModelSetting setting) {
        return switch (setting) {
            case LATENT -> f.latentProperty();
            case HIDDEN -> f.hiddenProperty();
            case DISCRETE -> f.discreteProperty();
            case BETA -> f.betaProperty();
            case CAPACITY -> f.capacityProperty();
            case CAPACITY_ITERATIONS -> f.capacityIterationsProperty();
            case GAMMA -> f.gammaProperty();
            case TEMPERATURE -> f.temperatureProperty();
            case TEMPERATURE_MIN -> f.temperatureMinProperty();
            case ANNEAL_RATE -> f.annealRateProperty();
            case GIVEN_QUADRANTS -> f.structuredProperties()[0];
            case GSNN_WEIGHT -> f.structuredProperties()[1];
            case SIGMA -> f.sigmaProperty();
            default -> throw new IllegalArgumentException(setting + " is not a text field");
        };
    }

    /** The constant a command-line word names: {@code gaussian-fixed} is {@code GAUSSIAN_FIXED}. */
    private static <E extends Enum<E>> E constant(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().toLowerCase().replace('_', '-').equals(word)).findFirst().orElseThrow();
    }
}
