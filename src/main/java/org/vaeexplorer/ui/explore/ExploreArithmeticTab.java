package org.vaeexplorer.ui.explore;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.vaeexplorer.explore.AttributeVector;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.ImageGroup;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Arithmetic view (issue 33): two groups of test images chosen or lassoed on the plane (its dots coloured by
 * group, the vector drawn between their mean codes), the test set projected on the vector as a histogram per
 * group, a slider that moves the shared point along the vector with its decoded image beside, saved vectors, and
 * an analogy (its own part). Everything it shows comes from {@link ArithmeticViewModel}.
 */
public final class ExploreArithmeticTab {
    private static final Color OTHERS = Color.gray(0.8);
    private final ExploreViewModel explore;
    private final ArithmeticViewModel arithmetic;
    @FXML private ComboBox<ImageGroup.Kind> groupKind;
    @FXML private ComboBox<Integer> groupFactor;
    @FXML private ComboBox<Integer> fromGroup;
    @FXML private ComboBox<Integer> toGroup;
    @FXML private HBox factorBox;
    @FXML private HBox memberBox;
    @FXML private HBox lassoBox;
    @FXML private Button lassoFrom;
    @FXML private Button lassoTo;
    @FXML private LassoPlane lassoPlane;
    @FXML private Label histogramTitle;
    @FXML private ProjectionHistogramView histogram;
    @FXML private Slider along;
    @FXML private Label separation;
    @FXML private Label legend;
    @FXML private TextField vectorName;
    @FXML private ComboBox<AttributeVector> savedVectors;
    @FXML private Button saveVector;
    @FXML private Button removeVector;
    @FXML private ImageView decodedImage;
    @FXML private Label positionLabel;
    private ArithmeticGroupChoices choices;
    private boolean updating;

    public ExploreArithmeticTab(ExploreViewModel explore, ArithmeticViewModel arithmetic) {
        this.explore = explore;
        this.arithmetic = arithmetic;
    }

    @FXML
    private void initialize() {
        choices = new ArithmeticGroupChoices(explore, arithmetic.groups(), groupKind, groupFactor, fromGroup, toGroup,
                List.of(memberBox, factorBox, lassoBox));
        new PlaneFollowing(explore, lassoPlane.plane()).install();
        lassoPlane.setOnLasso((first, lasso) -> {
            EncodedImages codes = explore.codesProperty().get();
            LatentPointViewModel p = explore.point();
            if (codes != null) {
                arithmetic.groups().lassoed(first, lasso.select(codes, p.xDimProperty().get(),
                        p.yDimProperty().get()));
            }
        });
        arithmetic.groups().fromImagesProperty().addListener((o, was, now) -> lassoTexts());
        arithmetic.groups().toImagesProperty().addListener((o, was, now) -> lassoTexts());
        lassoTexts();
        histogram.setOnSeek(arithmetic::moveAlong);
        along.valueChangingProperty().addListener((o, was, now) -> arithmetic.dragging(now));
        along.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                arithmetic.moveAlong(now.doubleValue());
            }
        });
        arithmetic.definedProperty().addListener((o, was, now) -> show(now));
        arithmetic.positionProperty().addListener((o, was, now) -> showPosition(now.doubleValue()));
        explore.point().decodedProperty().addListener((o, was, now) -> showDecoded(now));
        // The arrow is drawn on the plane's two dimensions: it turns with them.
        explore.point().xDimProperty().addListener((o, was, now) -> show(arithmetic.definedProperty().get()));
        explore.point().yDimProperty().addListener((o, was, now) -> show(arithmetic.definedProperty().get()));
        savedVectors.setItems(arithmetic.saved());
        savedVectors.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttributeVector v) {
                return v == null ? "" : v.name();
            }

            @Override
            public AttributeVector fromString(String s) {
                return null;
            }
        });
        savedVectors.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating) {
                arithmetic.use(now);
            }
        });
        removeVector.disableProperty().bind(savedVectors.valueProperty().isNull());
        arithmetic.nameProperty().addListener((o, was, now) -> vectorName.setText(now));
        vectorName.setText(arithmetic.nameProperty().get());
        // A tab built while a model is open (a language switch rebuilds it) shows what is there at once.
        show(arithmetic.definedProperty().get());
        showDecoded(explore.point().decodedProperty().get());
    }

    private void lassoTexts() {
        lassoFrom.setText(I18n.text("explore.arithmetic.lassoFromButton",
                arithmetic.groups().fromImagesProperty().get().length));
        lassoTo.setText(I18n.text("explore.arithmetic.lassoToButton",
                arithmetic.groups().toImagesProperty().get().length));
    }

    private void show(ArithmeticViewModel.Defined d) {
        choices.refresh();
        saveVector.setDisable(d == null || d.vector() == null);
        along.setDisable(d == null || d.vector() == null);
        colourDots(d);
        if (d == null || d.vector() == null) {
            histogram.show(null, "", "");
            lassoPlane.setArrow(null);
            histogramTitle.setText(d == null ? "" : I18n.text(d.problem()));
            separation.setText("");
            legend.setText("");
            updating = true;
            savedVectors.setValue(null);
            updating = false;
            showPosition(Double.NaN);
            return;
        }
        AttributeVector v = d.vector();
        ExploreSession s = explore.sessionProperty().get();
        String from = ArithmeticTexts.group(v.from(), s, explore.factors(), true);
        String to = ArithmeticTexts.group(v.to(), s, explore.factors(), false);
        histogramTitle.setText(I18n.text("explore.arithmetic.histogramTitle", v.name().isEmpty()
                ? ArithmeticTexts.defaultName(from, to) : v.name()));
        histogram.show(d.histogram(), from, to);
        separation.setText(ArithmeticTexts.separation(d.histogram()));
        legend.setText(ArithmeticTexts.legend(from, to, d.fromImages().length, d.toImages().length));
        if (vectorName.getText() == null || vectorName.getText().isBlank() || v.name().isEmpty()) {
            vectorName.setText(v.name().isEmpty() ? ArithmeticTexts.defaultName(from, to) : v.name());
        }
        updating = true;
        along.setMin(d.histogram().min());
        along.setMax(d.histogram().max());
        savedVectors.setValue(arithmetic.saved().stream().filter(v::equals).findFirst().orElse(null));
        updating = false;
        LatentPointViewModel p = explore.point();
        int x = p.xDimProperty().get();
        int y = p.yDimProperty().get();
        float[] a = v.fromMean();
        float[] b = v.toMean();
        lassoPlane.setArrow(x >= 0 && y >= 0 && x < a.length && y < a.length
                ? new double[] {a[x], a[y], b[x], b[y]} : null);
        showPosition(arithmetic.positionProperty().get());
    }

    /** The plane's dots in the two groups' colours, the rest grey. */
    private void colourDots(ArithmeticViewModel.Defined d) {
        EncodedImages codes = explore.codesProperty().get();
        if (d == null || codes == null) {
            lassoPlane.plane().setDotColours(i -> OTHERS);
            return;
        }
        byte[] group = new byte[codes.count()];
        for (int i : d.fromImages()) {
            group[i] = 1;
        }
        for (int i : d.toImages()) {
            group[i] = 2;
        }
        lassoPlane.plane().setDotColours(i -> i >= group.length || group[i] == 0 ? OTHERS
                : group[i] == 1 ? LassoPlane.FROM : LassoPlane.TO);
    }

    private void showPosition(double t) {
        histogram.setPosition(t);
        positionLabel.setText(ArithmeticTexts.position(t));
        if (Double.isFinite(t) && !along.isValueChanging()) {
            updating = true;
            along.setValue(Math.max(along.getMin(), Math.min(along.getMax(), t)));
            updating = false;
        }
    }

    private void showDecoded(LatentPointViewModel.Decoded d) {
        if (d != null) {
            decodedImage.setImage(FxImages.toImage(d.image()));
        }
    }

    @FXML
    private void lassoFrom() {
        lassoPlane.lasso(true);
    }

    @FXML
    private void lassoTo() {
        lassoPlane.lasso(false);
    }

    @FXML
    private void save() {
        if (arithmetic.save(vectorName.getText())) {
            updating = true;
            savedVectors.setValue(arithmetic.saved().stream().filter(v -> v.name().equals(vectorName.getText()
                    .strip())).findFirst().orElse(null));
            updating = false;
        }
    }

    @FXML
    private void remove() {
        AttributeVector v = savedVectors.getValue();
        if (v != null) {
            arithmetic.remove(v);
            savedVectors.setValue(null);
        }
    }
}
