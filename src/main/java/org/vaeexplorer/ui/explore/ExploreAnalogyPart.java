package org.vaeexplorer.ui.explore;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.image.ImageView;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.FxImages;

/** The Arithmetic view's analogy: three test images picked by index, and the decoded answer of a : b = c : ?. */
public final class ExploreAnalogyPart {
    private final ExploreViewModel explore;
    private final AnalogyViewModel analogy;
    @FXML private Spinner<Integer> analogyA;
    @FXML private Spinner<Integer> analogyB;
    @FXML private Spinner<Integer> analogyC;
    @FXML private ImageView imageA;
    @FXML private ImageView imageB;
    @FXML private ImageView imageC;
    @FXML private ImageView answerImage;
    @FXML private Button goToAnswer;

    public ExploreAnalogyPart(ExploreViewModel explore, AnalogyViewModel analogy) {
        this.explore = explore;
        this.analogy = analogy;
    }

    @FXML
    private void initialize() {
        List<Spinner<Integer>> spinners = List.of(analogyA, analogyB, analogyC);
        List<IntegerProperty> chosen = List.of(analogy.aProperty(), analogy.bProperty(), analogy.cProperty());
        for (int i = 0; i < 3; i++) {
            Spinner<Integer> s = spinners.get(i);
            IntegerProperty p = chosen.get(i);
            s.setValueFactory(new IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, p.get()));
            SpinnerInput.revertBadText(s);
            s.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    p.set(now);
                }
            });
            p.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
        }
        explore.codesProperty().addListener((o, was, now) -> codesChanged(now));
        codesChanged(explore.codesProperty().get());
        analogy.picturesProperty().addListener((o, was, now) -> show(now));
        show(analogy.picturesProperty().get());
    }

    private void codesChanged(EncodedImages codes) {
        if (codes == null || codes.count() == 0) {
            // Not yet encoded: the indices chosen stay until there are images to bound them by.
            return;
        }
        int max = codes.count() - 1;
        for (Spinner<Integer> s : List.of(analogyA, analogyB, analogyC)) {
            ((IntegerSpinnerValueFactory) s.getValueFactory()).setMax(max);
        }
    }

    private void show(AnalogyViewModel.Pictures p) {
        goToAnswer.setDisable(p == null);
        List<ImageView> views = List.of(imageA, imageB, imageC, answerImage);
        if (p == null) {
            views.forEach(v -> v.setImage(null));
            return;
        }
        imageA.setImage(FxImages.toImage(p.a()));
        imageB.setImage(FxImages.toImage(p.b()));
        imageC.setImage(FxImages.toImage(p.c()));
        answerImage.setImage(FxImages.toImage(p.answer()));
    }

    @FXML
    private void random() {
        analogy.randomTriple();
    }

    @FXML
    private void goToAnswer() {
        analogy.goToAnswer();
    }
}
