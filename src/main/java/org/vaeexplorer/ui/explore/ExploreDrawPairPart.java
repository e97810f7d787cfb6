package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The Draw tab's part of the pair: under the explored structured-output CVAE's completions of the drawn part, the
 * second model's completions of the same part, or the one line saying why it is not given the part.
 */
public final class ExploreDrawPairPart {
    private final PairCompletionViewModel pair;
    @FXML private VBox pairBox;
    @FXML private Label pairCaption;
    @FXML private ImageView pairCompletions;
    @FXML private Label pairWhyNot;

    public ExploreDrawPairPart(PairCompletionViewModel pair) {
        this.pair = pair;
    }

    @FXML
    private void initialize() {
        PairCompletionPart.bind(pairBox, pairCaption, pairCompletions, pairWhyNot, pair.drawnProperty(), pair);
    }
}
