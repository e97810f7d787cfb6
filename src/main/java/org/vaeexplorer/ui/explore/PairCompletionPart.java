package org.vaeexplorer.ui.explore;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The second model's completions under the explored model's, on the Completion and the Draw tab: its name and
 * pictures while it completes the same visible part, its one-line reason while it cannot, else nothing.
 */
final class PairCompletionPart {
    private PairCompletionPart() {
    }

    static void bind(VBox box, Label caption, ImageView image, Label whyNot,
                     ReadOnlyObjectProperty<GreyImage> pictures, PairCompletionViewModel pair) {
        box.visibleProperty().bind(pictures.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        whyNot.textProperty().bind(pair.whyNotProperty());
        whyNot.visibleProperty().bind(pair.whyNotProperty().isNotEmpty());
        whyNot.managedProperty().bind(whyNot.visibleProperty());
        pictures.addListener((o, was, now) -> show(now, caption, image, pair));
        show(pictures.get(), caption, image, pair);
    }

    private static void show(GreyImage now, Label caption, ImageView image, PairCompletionViewModel pair) {
        if (now != null) {
            image.setImage(FxImages.toImage(now));
            caption.setText(I18n.text("explore.pair.completions", pair.partnerName()));
        }
    }
}
