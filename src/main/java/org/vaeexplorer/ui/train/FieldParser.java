package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.ui.common.I18n;

/**
 * Reads the Train form's text fields, collecting a message per invalid field instead of stopping at the first.
 * Total: any text, null included, gives a value or a message, never an exception.
 */
final class FieldParser {
    private final List<String> problems = new ArrayList<>();
    /** The first problem of each field, by its key: the form shows it beside the field. */
    private final Map<String, String> fieldProblems = new LinkedHashMap<>();

    List<String> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(String problem) {
        problems.add(problem);
    }

    /** A problem of the field {@code key}. */
    void add(String key, String problem) {
        problems.add(problem);
        fieldProblems.putIfAbsent(key, problem);
    }

    Map<String, String> fieldProblems() {
        return Map.copyOf(fieldProblems);
    }

    /** The field's display name from the bundle, e.g. {@code train.form.field.latent}. */
    static String field(String key) {
        return I18n.text("train.form.field." + key);
    }

    int integer(String key, String text, long min, long max) {
        try {
            long v = Long.parseLong(text == null ? "" : text.trim());
            if (v < min || v > max) {
                add(key, I18n.text("train.form.between", field(key), Long.toString(min), Long.toString(max)));
            }
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        } catch (NumberFormatException e) {
            add(key, I18n.text("train.form.wholeNumber", field(key)));
            return 0;
        }
    }

    double decimal(String key, String text, double min, double max) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (!(v >= min && v <= max)) {
                add(key, I18n.text("train.form.between", field(key), Double.toString(min), Double.toString(max)));
            }
            return v;
        } catch (NumberFormatException e) {
            add(key, I18n.text("train.form.number", field(key)));
            return Double.NaN;
        }
    }

    /** What the model's size implies, checked before a run can start (issue 15.4). */
    void checkSize(ModelSize size) {
        if (size.parameters() > ModelSize.MAX_PARAMETERS) {
            problems.add(I18n.text("train.form.tooManyParameters", I18n.integer(size.parameters()),
                    I18n.integer(ModelSize.MAX_PARAMETERS)));
        } else if (size.trainingBytes() > ModelSize.MAX_TRAINING_BYTES) {
            problems.add(I18n.text("train.form.tooMuchMemory", I18n.number(size.trainingBytes() / 1e9, 1),
                    I18n.number(ModelSize.MAX_TRAINING_BYTES / 1e9, 1)));
        }
    }
}
