package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.ui.common.FittedImage;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/** The factor browser's nodes: which factor to sweep, a button to hold the others elsewhere, and the sweep. */
final class FactorBrowserPane {
    private FactorBrowserPane() {
    }

    static VBox build(FactorBrowserViewModel browser) {
        ComboBox<Integer> factor = new ComboBox<>(FXCollections.observableArrayList(
                java.util.stream.IntStream.range(0, SpriteSpace.NAMES.size()).boxed().toList()));
        factor.setId("factorChoice");
        factor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : I18n.text("factor." + SpriteSpace.NAMES.get(k));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        factor.setValue(browser.factorProperty().get());
        factor.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                browser.factorProperty().set(now);
            }
        });
        Button elsewhere = new Button(I18n.text("train.factors.elsewhere"));
        elsewhere.setId("factorElsewhere");
        elsewhere.getStyleClass().add("secondary");
        elsewhere.setOnAction(e -> browser.holdOthersElsewhere());
        HBox controls = new HBox(8, new Label(I18n.text("train.factors.sweep")), factor, elsewhere);
        TilePane sweep = new TilePane();
        sweep.setId("factorSweep");
        sweep.getStyleClass().add("gap-6");
        Label title = new Label(I18n.text("train.factors.title"));
        title.getStyleClass().add("section-title");
        VBox pane = new VBox(8, title, controls, sweep);
        Runnable show = () -> {
            sweep.getChildren().clear();
            List<GreyImage> images = browser.sweepProperty().get();
            for (int v = 0; v < images.size(); v++) {
                FittedImage fitted = new FittedImage();
                fitted.getChildren().add(new ImageView(FxImages.toImage(images.get(v))));
                fitted.getStyleClass().add("sample-image");
                Label value = new Label(Integer.toString(v + 1));
                value.getStyleClass().add("sample-caption");
                VBox tile = new VBox(fitted, value);
                tile.getStyleClass().addAll("sample-tile", "gap-2");
                sweep.getChildren().add(tile);
            }
            boolean shown = browser.spaceProperty().get().isPresent();
            pane.setVisible(shown);
            pane.setManaged(shown);
        };
        browser.sweepProperty().addListener((o, was, now) -> show.run());
        show.run();
        return pane;
    }
}
