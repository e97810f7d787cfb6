package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Map;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.settings.SettingProblem;
import org.vaeexplorer.model.settings.SettingValues;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.train.TrainFormViewModel.Validation;

/**
 * Reads the Train form's values into a model and settings, or into the problems that prevent them. The model's
 * settings are read by {@link SettingValues}, as the command line's options are: the same ranges, the same rules.
 */
final class FormCheck {
    private FormCheck() {
    }

    /** {@link TrainFormViewModel#validate}: never throws. */
    static Validation validate(TrainFormViewModel f, SettingFields fields, int imageRows, int imageCols,
                               int imageChannels, int numClasses) {
        FieldParser p = new FieldParser();
        ModelKind k = f.kindProperty().get();
        SettingValues values = SettingValues.read(k, fields.texts(f.shownSettings()));
        for (SettingProblem problem : values.problems()) {
            String key = problem.setting().key();
            p.add(key, I18n.text(problem.key(), problem.arguments(FieldParser.field(key))));
        }
        double lr = p.decimal("learningRate", f.learningRateProperty().get(), 1e-6, 1);
        int batch = p.integer("batchSize", f.batchSizeProperty().get(), 1, 4096);
        int ep = p.integer("epochs", f.epochsProperty().get(), 1, 10_000);
        long sd = p.integer("seed", f.seedProperty().get(), 0, Integer.MAX_VALUE);
        int limit = p.integer("trainLimit", f.trainLimitProperty().get(), 0, Integer.MAX_VALUE);
        if (!p.ok()) {
            return new Validation(p.problems(), p.fieldProblems(), null, null);
        }
        try {
            // Engine objects are made only from values the parser accepted; their own rules still speak in words.
            ModelSpec spec = values.apply(ModelSpecBuilder.of(k)
                    .images(imageRows, imageCols, imageChannels, numClasses)).build();
            TrainingSettings settings = new TrainingSettings(ep, batch, lr, sd,
                    f.binarizeProperty().get() ? PixelScaling.BINARIZED : PixelScaling.GREY, limit, 0);
            p.checkSize(ModelSize.of(spec, batch));
            return p.ok() ? new Validation(List.of(), Map.of(), spec, settings)
                    : new Validation(p.problems(), p.fieldProblems(), null, null);
        } catch (SpecException e) {
            // The rule in the window's language, from its key; the command line prints the same rule in English.
            return new Validation(List.of(LocalText.of(e.text()).resolve()), Map.of(), null, null);
        } catch (IllegalArgumentException e) {
            return new Validation(List.of(capitalise(e.getMessage())), Map.of(), null, null);
        }
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? I18n.text("train.form.invalid")
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
