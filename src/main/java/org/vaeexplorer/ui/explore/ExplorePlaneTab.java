package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;

/** The latent plane tab: the plane with its legend, the decoded point, the analogy row and a reconstruction. */
public final class ExplorePlaneTab {
    private final ExploreViewModel viewModel;
    @FXML private Label noTestImages;
    @FXML private LatentPlane plane;
    @FXML private FlowPane legend;
    @FXML private ImageView decodedImage;
    @FXML private VBox decodedColumn;
    @FXML private org.vaeexplorer.ui.common.FittedImage decodedBox;
    @FXML private Label codeLabel;
    @FXML private VBox analogyBox;
    @FXML private ImageView analogyImage;
    @FXML private VBox reconstructionBox;
    @FXML private Label reconstructionLabel;
    @FXML private ImageView originalImage;
    @FXML private ImageView reconImage;
    private static final Logger LOG = LoggerFactory.getLogger(ExplorePlaneTab.class);
    /** Of the tab's width: 1280x720 keeps its 250 px column, 1920x1080 gets about 410. */
    private static final double DECODED_SHARE = 0.26;
    private WritableImage decodedPixels;
    private long paintedRequest;
    private boolean firstShown;

    private final PairViewModel pair;

    public ExplorePlaneTab(ExploreViewModel viewModel, PairViewModel pair) {
        this.viewModel = viewModel;
        this.pair = pair;
    }

    @FXML
    private void initialize() {
        growWithTheWindow();
        // With a second model beside it, the pair part shows both pictures and both analogy rows at half width.
        decodedBox.visibleProperty().bind(pair.partnerProperty().isNull());
        decodedBox.managedProperty().bind(decodedBox.visibleProperty());
        pair.partnerProperty().addListener((o, was, now) -> showAnalogyBox(viewModel.sessionProperty().get()));
        LatentPointViewModel point = viewModel.point();
        plane.setOnMove(point::moveTo);
        PlaneColouring.follow(plane, legend, viewModel);
        PointHistory history = viewModel.history();
        plane.setOnPick(i -> {
            history.beginGesture();
            point.jumpToTest(i, viewModel.codesProperty().get());
            history.endGesture();
        });
        // A drag, from press to release, is one undo step however many moves it makes.
        plane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> history.beginGesture());
        plane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> history.endGesture());
        point.codeProperty().addListener((o, was, now) -> codeChanged());
        point.xDimProperty().addListener((o, was, now) -> axesChanged());
        point.yDimProperty().addListener((o, was, now) -> axesChanged());
        point.decodedProperty().addListener((o, was, now) -> showDecoded(now));
        point.reconstructionProperty().addListener((o, was, now) -> showReconstruction(now));
        PlaneLayers layers = viewModel.planeLayers();
        for (var layer : java.util.List.of(layers.pointsProperty(), layers.ellipsesProperty(),
                layers.priorProperty())) {
            layer.addListener((o, was, now) -> applyLayers());
        }
        applyLayers();
        viewModel.sessionProperty().addListener((o, was, now) -> sessionChanged(now));
        viewModel.codesProperty().addListener((o, was, now) -> axesChanged());
        sessionChanged(viewModel.sessionProperty().get());
        // A tab built while a model is open (a language switch rebuilds it) shows its pictures at once.
        showDecoded(point.decodedProperty().get());
        showReconstruction(point.reconstructionProperty().get());
    }

    /**
     * At 1920x1080 the decoded image grows with the window as the plane does (it stayed 250 px, issue 27.14): its
     * column takes a share of the tab's width, within its CSS minimum and maximum. Presentation mode keeps its own
     * layout, made for a 1280x720 projector and scaled: the column at its maximum. The picture stays square.
     */
    private void growWithTheWindow() {
        javafx.scene.layout.Region tab = (javafx.scene.layout.Region) decodedColumn.getParent();
        decodedColumn.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            boolean presenting = tab.getScene() != null && tab.getScene().getRoot().getStyleClass()
                    .contains("presentation");
            double share = presenting ? Double.MAX_VALUE : tab.getWidth() * DECODED_SHARE;
            return Math.max(decodedColumn.getMinWidth(), Math.min(decodedColumn.getMaxWidth(), share));
        }, tab.widthProperty(), decodedColumn.minWidthProperty(), decodedColumn.maxWidthProperty()));
        decodedBox.maxHeightProperty().bind(decodedBox.widthProperty());
    }

    private void showAnalogyBox(ExploreSession s) {
        analogyBox.setVisible(s != null && viewModel.capabilitiesProperty().get().labels()
                && pair.partnerProperty().get() == null);
        analogyBox.setManaged(analogyBox.isVisible());
    }

    private void sessionChanged(ExploreSession s) {
        showAnalogyBox(s);
        showReconstruction(false);
        String missing = ExploreTexts.noTestImages(s);
        noTestImages.setText(missing);
        noTestImages.setVisible(!missing.isEmpty());
        noTestImages.setManaged(!missing.isEmpty());
        if (s == null) {
            return;
        }
        decodedPixels = new WritableImage(s.test().cols(), s.test().rows());
        decodedImage.setImage(decodedPixels);
        axesChanged();
    }

    private void showReconstruction(LatentPointViewModel.Reconstruction r) {
        showReconstruction(r != null);
        if (r != null) {
            originalImage.setImage(FxImages.toImage(r.original()));
            reconImage.setImage(FxImages.toImage(r.reconstruction()));
            reconstructionLabel.setText(ExploreTexts.reconstruction(r.index()));
        }
    }

    private void showReconstruction(boolean shown) {
        reconstructionBox.setVisible(shown);
        reconstructionBox.setManaged(shown);
    }

    private void axesChanged() {
        LatentPointViewModel p = viewModel.point();
        plane.setCodes(viewModel.codesProperty().get(), p.xDimProperty().get(), p.yDimProperty().get());
        codeChanged();
    }

    private void codeChanged() {
        LatentPointViewModel p = viewModel.point();
        float[] z = p.codeProperty().get();
        int x = p.xDimProperty().get();
        int y = p.yDimProperty().get();
        plane.setMarker(x >= 0 && x < z.length ? z[x] : 0, y >= 0 && y < z.length ? z[y] : 0);
        codeLabel.setText(ExploreTexts.code(z, x, y));
    }

    /** Writes the decoded pixels into the one reused image, and times when they reach the screen. */
    private void showDecoded(LatentPointViewModel.Decoded d) {
        if (d == null || decodedPixels == null || d.image().cols() != (int) decodedPixels.getWidth()) {
            return;
        }
        FxImages.write(d.image(), decodedPixels);
        if (!firstShown) {
            firstShown = true;
            logWhenOnScreen();
        }
        GreyImage analogy = d.analogyTiles(5);
        if (analogy != null) {
            analogyImage.setImage(FxImages.toImage(analogy));
        }
        long requested = d.requestedNanos();
        Scene scene = decodedImage.getScene();
        if (scene != null && requested != paintedRequest) {
            paintedRequest = requested;
            // The image is rendered in the pulse that follows its change; time until that pulse has laid out.
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                viewModel.recordMouseToPixels(System.nanoTime() - requested);
                scene.removePostLayoutPulseListener(once[0]);
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    /**
     * Start-up is measured to the first decoded image, the first thing the page is for: at the pulse that draws it
     * (until 2026-11-22 it was logged when written, up to a frame earlier).
     */
    private void logWhenOnScreen() {
        Scene scene = decodedImage.getScene();
        Runnable log = () -> LOG.info("first decoded image shown {} ms after the JVM started",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (scene == null) {
            log.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            log.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void applyLayers() {
        PlaneLayers l = viewModel.planeLayers();
        plane.setOptions(l.pointsProperty().get(), l.ellipsesProperty().get(), l.priorProperty().get());
    }

    /**
     * Writes what the plane shows as a PNG, with the model's name and the legend: a snapshot of the node, the one
     * export only the view can make.
     */
    void writeSnapshot(Path file) throws IOException {
        ExploreSession s = viewModel.sessionProperty().get();
        PlanePicture.write(plane.snapshot(null, null), ExploreTexts.title(s), PlaneColouring.legendOf(viewModel), file);
    }

    LatentPlane plane() {
        return plane;
    }
}
