package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.common.FittedImage;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The plane tab's side-by-side part: a second checkpoint to decode the point with, and the two models' images and
 * analogy rows next to each other, following the point as it is dragged.
 */
public final class ExplorePairPart {
    private final ExploreViewModel explore;
    private final PairViewModel pair;
    @FXML private ComboBox<Path> partner;
    @FXML private VBox pairBox;
    @FXML private Label firstName;
    @FXML private Label secondName;
    @FXML private Label analogyCaption;
    @FXML private FittedImage firstBox;
    @FXML private FittedImage secondBox;
    @FXML private ImageView firstImage;
    @FXML private ImageView secondImage;
    @FXML private FittedImage firstAnalogyBox;
    @FXML private FittedImage secondAnalogyBox;
    @FXML private ImageView firstAnalogy;
    @FXML private ImageView secondAnalogy;

    public ExplorePairPart(ExploreViewModel explore, PairViewModel pair) {
        this.explore = explore;
        this.pair = pair;
    }

    @FXML
    private void initialize() {
        partner.setItems(pair.choices());
        partner.setCellFactory(list -> new NameCell());
        partner.setButtonCell(new NameCell());
        partner.setPromptText(I18n.text("explore.pair.none"));
        partner.valueProperty().bindBidirectional(pair.chosenProperty());
        partner.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(pair.choices()));
        pairBox.visibleProperty().bind(pair.partnerProperty().isNotNull());
        pairBox.managedProperty().bind(pairBox.visibleProperty());
        firstBox.maxHeightProperty().bind(firstBox.widthProperty());
        secondBox.maxHeightProperty().bind(secondBox.widthProperty());
        explore.point().decodedProperty().addListener((o, was, now) -> show(now, firstImage, firstAnalogy,
                firstAnalogyBox));
        pair.decodedProperty().addListener((o, was, now) -> show(now, secondImage, secondAnalogy, secondAnalogyBox));
        explore.sessionProperty().addListener((o, was, now) -> names());
        pair.chosenProperty().addListener((o, was, now) -> names());
        names();
        // Only over the rows it names: a model without labels (a VAE, a structured-output CVAE) has none.
        analogyCaption.visibleProperty().bind(firstAnalogyBox.visibleProperty().or(secondAnalogyBox.visibleProperty()));
        analogyCaption.managedProperty().bind(analogyCaption.visibleProperty());
        show(explore.point().decodedProperty().get(), firstImage, firstAnalogy, firstAnalogyBox);
        show(pair.decodedProperty().get(), secondImage, secondAnalogy, secondAnalogyBox);
    }

    private void names() {
        ExploreSession s = explore.sessionProperty().get();
        Path p = pair.chosenProperty().get();
        // Named only while shown: a hidden label of a long name would read as cut short.
        firstName.setText(s == null || p == null ? "" : shortName(s.title()));
        secondName.setText(p == null ? "" : shortName(p.getFileName().toString()));
    }

    private static void show(LatentPointViewModel.Decoded d, ImageView image, ImageView analogy, FittedImage box) {
        if (d == null) {
            return;
        }
        image.setImage(FxImages.toImage(d.image()));
        GreyImage row = d.analogyTiles(10);
        box.setVisible(row != null);
        box.setManaged(row != null);
        if (row != null) {
            analogy.setImage(FxImages.toImage(row));
        }
    }

    /** A checkpoint's name without its extension: two names share the column's width. */
    private static String shortName(String file) {
        return file.endsWith(".vaex") ? file.substring(0, file.length() - ".vaex".length()) : file;
    }

    /** A checkpoint by its file name. */
    private static final class NameCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? I18n.text("explore.pair.none") : item.getFileName().toString());
        }
    }
}
