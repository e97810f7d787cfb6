package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The completion tab of a structured-output CVAE: the digit strip and stepping, the 2x2 quadrant toggle, and the
 * four pictures (original, visible part, baseline guess, sampled completions), with the second model's completions
 * of the same visible part when the pair is two structured-output CVAEs. R (or the button) redraws; the left
 * and right arrow keys step through the test digits.
 */
public final class ExploreCompletionTab {
    private final CompletionViewModel viewModel;
    private final PairCompletionViewModel pair;
    @FXML private VBox completionRoot;
    @FXML private Label digitNumber;
    @FXML private ImageView strip;
    @FXML private ToggleButton quadrant0;
    @FXML private ToggleButton quadrant1;
    @FXML private ToggleButton quadrant2;
    @FXML private ToggleButton quadrant3;
    @FXML private ImageView original;
    @FXML private ImageView visible;
    @FXML private ImageView baseline;
    @FXML private ImageView samples;
    @FXML private VBox pairBox;
    @FXML private Label pairCaption;
    @FXML private ImageView pairSamples;
    @FXML private Label pairWhyNot;

    public ExploreCompletionTab(CompletionViewModel viewModel, PairCompletionViewModel pair) {
        this.viewModel = viewModel;
        this.pair = pair;
    }

    @FXML
    private void initialize() {
        ToggleButton[] quadrants = {quadrant0, quadrant1, quadrant2, quadrant3};
        for (int q = 0; q < 4; q++) {
            quadrants[q].selectedProperty().bindBidirectional(viewModel.givenProperty(q));
        }
        digitNumber.textProperty().bind(viewModel.digitProperty().asString(I18n.text("explore.completion.number")));
        // The tab is built when first shown: what the view model already made is shown at once.
        viewModel.picturesProperty().addListener((o, was, now) -> showPictures(now));
        viewModel.stripProperty().addListener((o, was, now) -> showStrip(now));
        showPictures(viewModel.picturesProperty().get());
        showStrip(viewModel.stripProperty().get());
        PairCompletionPart.bind(pairBox, pairCaption, pairSamples, pairWhyNot, pair.completedProperty(), pair);
        strip.setOnMouseClicked(e -> viewModel.pickFromStrip(
                (int) (e.getX() / strip.getBoundsInLocal().getWidth() * CompletionViewModel.STRIP)));
        completionRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // R (new completions) is the window's shortcut, declared with the others (ui.app.Shortcuts).
            if (e.getCode() == KeyCode.RIGHT) {
                viewModel.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                viewModel.previous();
                e.consume();
            }
        });
    }

    @FXML
    private void redraw() {
        viewModel.redraw();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    private void showPictures(CompletionViewModel.Pictures now) {
        if (now != null) {
            original.setImage(FxImages.toImage(now.original()));
            visible.setImage(FxImages.toImage(now.visible()));
            baseline.setImage(FxImages.toImage(now.baseline()));
            samples.setImage(FxImages.toImage(now.samples()));
        }
    }

    private void showStrip(GreyImage now) {
        if (now != null) {
            strip.setImage(FxImages.toImage(now));
        }
    }
}
