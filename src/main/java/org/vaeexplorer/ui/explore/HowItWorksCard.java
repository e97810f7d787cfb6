package org.vaeexplorer.ui.explore;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * One block of the How it works diagram: its title, its layers' sizes, and the numbers (or the picture) of the
 * current image there. Built once per model; a refresh only sets its texts and picture, so following a drag costs
 * the FX thread a few label updates, not a new scene graph.
 */
final class HowItWorksCard extends VBox {
    private final String id;
    private final ReservedLabel numbers = new ReservedLabel();
    private final ImageView picture = new ImageView();

    HowItWorksCard(String id, String title, List<String> layers) {
        this.id = id;
        setId("how-" + id);
        getStyleClass().addAll("how-block", "gap-4");
        Label name = new Label(title);
        name.getStyleClass().add("how-block-title");
        name.setWrapText(true);
        getChildren().add(name);
        if (!layers.isEmpty()) {
            Label sizes = new Label(String.join("\n", layers));
            sizes.getStyleClass().add("how-layers");
            getChildren().add(sizes);
        }
        picture.setSmooth(false);
        picture.setPreserveRatio(true);
        picture.getStyleClass().add("how-picture");
        picture.setFitWidth(84);
        numbers.getStyleClass().add("how-numbers");
        numbers.setWrapText(true);
        numbers.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(picture, numbers);
        showPicture(null);
    }

    String blockId() {
        return id;
    }

    /**
     * Shows {@code lines} and {@code image} (null: none), or only the block's frame while it is not revealed: a frame
     * as large as the block will be, so that revealing it moves nothing.
     */
    void show(List<String> lines, GreyImage image, boolean revealed) {
        pseudoClassStateChanged(HIDDEN, !revealed);
        String text = String.join("\n", lines);
        numbers.reserve(List.of(text));
        numbers.setText(revealed ? text : "?");
        showPicture(image);
        picture.setVisible(revealed && image != null);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** The numbers shown (for tests). */
    String numbersText() {
        return numbers.getText();
    }

    private void showPicture(GreyImage image) {
        picture.setImage(image == null ? null : FxImages.toImage(image));
        picture.setVisible(image != null);
        picture.setManaged(image != null);
    }

    private static final javafx.css.PseudoClass HIDDEN = javafx.css.PseudoClass.getPseudoClass("unrevealed");
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
}
