package org.vaeexplorer.ui.train;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.ModelSetting;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.StructuredOutput;

/** The Train form's fields of a structured-output CVAE: which masks it trains on, and the GSNN weight. */
final class StructuredOutputFields {
    private final StringProperty givenQuadrants = new SimpleStringProperty("0");
    private final StringProperty gsnnWeight = new SimpleStringProperty("0");

    /** The defaults of the kind that has these settings (random masks, no GSNN term). */
    void fill() {
        StructuredOutput s = StructuredOutput.defaults();
        givenQuadrants.set(Integer.toString(s.givenQuadrants()));
        gsnnWeight.set(TrainFormViewModel.fmt(s.gsnnWeight()));
    }

    /** Parses the fields into {@code b} when its kind reads them; problems go to {@code p}. */
    void apply(FieldParser p, ModelSpecBuilder b) {
        if (!b.reads(ModelSetting.GIVEN_QUADRANTS)) {
            return;
        }
        int given = p.integer(ModelSetting.GIVEN_QUADRANTS, givenQuadrants.get());
        double weight = p.decimal(ModelSetting.GSNN_WEIGHT, gsnnWeight.get());
        if (p.ok()) {
            b.structured(new StructuredOutput(given, weight));
        }
    }

    StringProperty givenQuadrantsProperty() {
        return givenQuadrants;
    }

    StringProperty gsnnWeightProperty() {
        return gsnnWeight;
    }
}
