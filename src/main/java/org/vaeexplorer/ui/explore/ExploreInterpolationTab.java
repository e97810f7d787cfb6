package org.vaeexplorer.ui.explore;

import java.util.Random;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.image.ImageView;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.Interpolation;
import org.vaeexplorer.ui.common.EnumNames;
import org.vaeexplorer.ui.common.FxImages;

/** The interpolation tab: two test images, the kind of path, and the decoded strip. */
public final class ExploreInterpolationTab {
    private final ExploreViewModel viewModel;
    private final Random random = new Random();
    @FXML private Spinner<Integer> fromIndex;
    @FXML private Spinner<Integer> toIndex;
    @FXML private ComboBox<Interpolation> interpolationMode;
    @FXML private ImageView interpolationImage;

    public ExploreInterpolationTab(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        LatentViewsViewModel v = viewModel.views();
        EnumNames.show(interpolationMode, "interpolation", Interpolation.class);
        interpolationMode.valueProperty().bindBidirectional(v.interpolationProperty());
        for (Spinner<Integer> s : java.util.List.of(fromIndex, toIndex)) {
            s.setValueFactory(new IntegerSpinnerValueFactory(0, 0, 0));
            SpinnerInput.revertBadText(s);
        }
        fromIndex.valueProperty().addListener((o, was, now) -> v.interpolationFromProperty().set(now));
        toIndex.valueProperty().addListener((o, was, now) -> v.interpolationToProperty().set(now));
        v.interpolationImageProperty().addListener((o, was, now) -> show(now));
        viewModel.codesProperty().addListener((o, was, now) -> codesChanged(now));
        // A tab rebuilt by a language switch keeps the pair chosen and shows its path at once.
        int from = v.interpolationFromProperty().get();
        int to = v.interpolationToProperty().get();
        codesChanged(viewModel.codesProperty().get());
        if (to > 0) {
            fromIndex.getValueFactory().setValue(from);
            toIndex.getValueFactory().setValue(to);
        }
        show(v.interpolationImageProperty().get());
    }

    private void show(org.vaeexplorer.ui.common.GreyImage strip) {
        if (strip != null) {
            interpolationImage.setImage(FxImages.toImage(strip));
        }
    }

    private void codesChanged(EncodedImages codes) {
        int max = codes == null ? 0 : Math.max(0, codes.count() - 1);
        ((IntegerSpinnerValueFactory) fromIndex.getValueFactory()).setMax(max);
        ((IntegerSpinnerValueFactory) toIndex.getValueFactory()).setMax(max);
        if (codes != null && codes.count() > 1 && toIndex.getValue() == 0) {
            toIndex.getValueFactory().setValue(1);
        }
    }

    @FXML
    private void randomPair() {
        EncodedImages codes = viewModel.codesProperty().get();
        if (codes != null && codes.count() > 1) {
            fromIndex.getValueFactory().setValue(random.nextInt(codes.count()));
            toIndex.getValueFactory().setValue(random.nextInt(codes.count()));
        }
    }
}
