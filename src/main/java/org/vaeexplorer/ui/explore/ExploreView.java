package org.vaeexplorer.ui.explore;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.explore.CodesCsv;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.explore.GridSpacing;
import org.vaeexplorer.explore.Interpolation;
import org.vaeexplorer.explore.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;

/** The Explore page: the latent plane with its decoded point, and the grid, traversal, interpolation and clusters. */
public final class ExploreView {
    /** The prior's 5%-95% quantiles, the range of a continuous latent's slider. */
    private static final double SLIDER_RANGE = 1.645;
    private static final Duration LIVE_REFRESH = Duration.millis(200);
    private final ExploreViewModel viewModel;
    private final Runnable showThisPage;
    @FXML private Label modelTitle;
    @FXML private MenuButton recentMenu;
    @FXML private ProgressIndicator busy;
    @FXML private ToggleButton followToggle;
    @FXML private Label exploreError;
    @FXML private VBox labelBox;
    @FXML private FlowPane labelButtons;
    @FXML private VBox categoryBox;
    @FXML private VBox categoryRows;
    @FXML private VBox dimsBox;
    @FXML private ComboBox<Integer> xDim;
    @FXML private ComboBox<Integer> yDim;
    @FXML private VBox sliders;
    @FXML private CheckBox showPoints;
    @FXML private CheckBox showEllipses;
    @FXML private CheckBox showPrior;
    @FXML private TabPane views;
    @FXML private Tab traversalTab;
    @FXML private Tab clustersTab;
    @FXML private Tab gridTab;
    @FXML private LatentPlane plane;
    @FXML private FlowPane legend;
    @FXML private ImageView decodedImage;
    @FXML private Label codeLabel;
    @FXML private VBox analogyBox;
    @FXML private ImageView analogyImage;
    @FXML private VBox reconstructionBox;
    @FXML private Label reconstructionLabel;
    @FXML private ImageView originalImage;
    @FXML private ImageView reconImage;
    @FXML private Spinner<Integer> gridSize;
    @FXML private ComboBox<GridSpacing> spacing;
    @FXML private Spinner<Double> gridExtent;
    @FXML private ImageView gridImage;
    @FXML private ComboBox<Integer> traversalDim;
    @FXML private Label traversalCaption;
    @FXML private ImageView traversalImage;
    @FXML private Spinner<Integer> fromIndex;
    @FXML private Spinner<Integer> toIndex;
    @FXML private ComboBox<Interpolation> interpolationMode;
    @FXML private ImageView interpolationImage;
    @FXML private Label accuracyLabel;
    @FXML private GridPane confusion;
    private final List<Slider> dimensionSliders = new ArrayList<>();
    private WritableImage decodedPixels;
    private boolean updatingControls;
    private long paintedRequest;

    public ExploreView(ExploreViewModel viewModel, Runnable showThisPage) {
        this.viewModel = viewModel;
        this.showThisPage = showThisPage;
    }

    @FXML
    private void initialize() {
        modelTitle.textProperty().bind(viewModel.titleProperty());
        exploreError.textProperty().bind(viewModel.errorProperty());
        exploreError.visibleProperty().bind(exploreError.textProperty().isNotEmpty());
        exploreError.managedProperty().bind(exploreError.visibleProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        followToggle.selectedProperty().bindBidirectional(viewModel.followingProperty());
        followToggle.disableProperty().bind(viewModel.liveRunProperty().isNull());
        viewModel.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        for (CheckBox box : List.of(showPoints, showEllipses, showPrior)) {
            box.selectedProperty().addListener((o, was, now) -> applyPlaneOptions());
        }
        bindPlane();
        bindViews();
        viewModel.sessionProperty().addListener((o, was, now) -> sessionChanged());
        viewModel.codesProperty().addListener((o, was, now) -> codesChanged());
        viewModel.matchingProperty().addListener((o, was, now) -> showMatching(now));
        Timeline live = new Timeline(new KeyFrame(LIVE_REFRESH, e -> viewModel.refreshLive()));
        live.setCycleCount(Timeline.INDEFINITE);
        live.play();
        plane.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                acceptDroppedCheckpoints(now);
            }
        });
        sessionChanged();
    }

    private void bindPlane() {
        LatentPointViewModel point = viewModel.point();
        plane.setOnMove(point::moveTo);
        plane.setOnPick(i -> point.jumpToTest(i, viewModel.codesProperty().get()));
        point.codeProperty().addListener((o, was, now) -> codeChanged());
        point.decodedProperty().addListener((o, was, now) -> showDecoded(now));
        point.reconstructionProperty().addListener((o, was, now) -> {
            reconstructionBox.setVisible(now != null);
            reconstructionBox.setManaged(now != null);
            if (now != null) {
                originalImage.setImage(FxImages.toImage(now.original()));
                reconImage.setImage(FxImages.toImage(now.reconstruction()));
                reconstructionLabel.setText("Test image #" + now.index() + " / its reconstruction");
            }
        });
        point.labelProperty().addListener((o, was, now) -> labelChanged(now.intValue()));
        point.categoriesProperty().addListener((o, was, now) -> {
            for (int l = 0; l < now.length; l++) {
                if (categoryRows.lookup("#category-" + l + "-" + now[l]) instanceof ToggleButton b) {
                    b.setSelected(true);
                }
            }
        });
        xDim.valueProperty().addListener((o, was, now) -> axesChosen());
        yDim.valueProperty().addListener((o, was, now) -> axesChosen());
    }

    private void bindViews() {
        LatentViewsViewModel v = viewModel.views();
        gridSize.getValueFactory().valueProperty().addListener((o, was, now) -> v.gridSizeProperty().set(now));
        spacing.setItems(FXCollections.observableArrayList(GridSpacing.values()));
        spacing.valueProperty().bindBidirectional(v.spacingProperty());
        gridExtent.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 10, 3, 0.5));
        gridExtent.valueProperty().addListener((o, was, now) -> v.gridExtentProperty().set(now));
        gridExtent.disableProperty().bind(v.spacingProperty().isEqualTo(GridSpacing.GAUSSIAN_QUANTILE));
        v.gridProperty().addListener((o, was, now) -> show(gridImage, now));
        v.traversalProperty().addListener((o, was, now) -> show(traversalImage, now));
        v.interpolationImageProperty().addListener((o, was, now) -> show(interpolationImage, now));
        traversalDim.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                v.traversalDimProperty().set(now - 1);
            }
        });
        interpolationMode.setItems(FXCollections.observableArrayList(Interpolation.values()));
        interpolationMode.valueProperty().bindBidirectional(v.interpolationProperty());
        fromIndex.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0));
        toIndex.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0));
        fromIndex.valueProperty().addListener((o, was, now) -> v.interpolationFromProperty().set(now));
        toIndex.valueProperty().addListener((o, was, now) -> v.interpolationToProperty().set(now));
    }

    /** A new model: rebuild the controls that depend on its latent spec and classes. */
    private void sessionChanged() {
        ExploreSession s = viewModel.sessionProperty().get();
        boolean open = s != null;
        ModelSpec spec = open ? s.spec() : null;
        dimsBox.setVisible(open && spec.latentDim() > 0);
        labelBox.setVisible(open && spec.conditional());
        categoryBox.setVisible(open && spec.hasCategorical());
        analogyBox.setVisible(open && spec.conditional());
        clustersTab.setDisable(!open || !spec.hasCategorical());
        gridTab.setDisable(!open || spec.latentDim() < 2);
        for (VBox box : List.of(dimsBox, labelBox, categoryBox, analogyBox)) {
            box.setManaged(box.isVisible());
        }
        reconstructionBox.setVisible(false);
        reconstructionBox.setManaged(false);
        if (!open) {
            return;
        }
        decodedPixels = new WritableImage(s.test().cols(), s.test().rows());
        decodedImage.setImage(decodedPixels);
        buildLabelButtons(s);
        buildCategoryButtons(spec);
        buildDimensionControls(spec);
        buildLegend(s);
        traversalCaption.setText(spec.hasCategorical()
                ? "One row per category of the first discrete latent; the chosen dimension swept from -2 to 2."
                : spec.conditional() ? "One row per class; the chosen dimension swept from -2 to 2."
                : "One row per latent dimension, each swept from -2 to 2 around the point (the others fixed).");
        traversalDim.setDisable(!spec.hasCategorical() && !spec.conditional());
        codesChanged();
        codeChanged();
    }

    private void buildLabelButtons(ExploreSession s) {
        labelButtons.getChildren().clear();
        if (!s.spec().conditional()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < s.spec().numClasses(); c++) {
            names.add(c < s.classNames().size() ? s.classNames().get(c) : Integer.toString(c));
        }
        LatentPointViewModel point = viewModel.point();
        labelButtons.getChildren().setAll(ChoiceButtons.of(names, "label-", point.labelProperty().get(),
                point.labelProperty()::set, c -> new Circle(5, ClassColors.of(c))));
    }

    private void labelChanged(int label) {
        if (label < labelButtons.getChildren().size()) {
            ((ToggleButton) labelButtons.getChildren().get(label)).setSelected(true);
        }
    }

    private void buildCategoryButtons(ModelSpec spec) {
        categoryRows.getChildren().clear();
        for (int l = 0; l < spec.categories().size(); l++) {
            int k = spec.categories().get(l);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add(Integer.toString(c));
            }
            int latent = l;
            FlowPane row = new FlowPane(3, 3);
            row.getChildren().setAll(ChoiceButtons.of(names, "category-" + l + "-", 0,
                    c -> viewModel.point().setCategory(latent, c), null));
            categoryRows.getChildren().addAll(new Label("c" + (l + 1) + " (" + k + " categories)"), row);
        }
    }

    private void buildDimensionControls(ModelSpec spec) {
        int dims = spec.latentDim();
        List<Integer> numbers = new ArrayList<>();
        for (int d = 1; d <= dims; d++) {
            numbers.add(d);
        }
        updatingControls = true;
        xDim.setItems(FXCollections.observableArrayList(numbers));
        yDim.setItems(FXCollections.observableArrayList(numbers));
        xDim.setValue(dims >= 1 ? 1 : null);
        yDim.setValue(dims >= 2 ? 2 : null);
        traversalDim.setItems(FXCollections.observableArrayList(numbers));
        traversalDim.setValue(dims >= 1 ? 1 : null);
        updatingControls = false;
        sliders.getChildren().clear();
        dimensionSliders.clear();
        for (int d = 0; d < dims; d++) {
            Slider slider = new Slider(-SLIDER_RANGE, SLIDER_RANGE, 0);
            slider.setId("z" + (d + 1));
            int dim = d;
            slider.valueProperty().addListener((o, was, now) -> {
                if (!updatingControls) {
                    viewModel.point().setDimension(dim, now.doubleValue());
                }
            });
            Label name = new Label("z" + (d + 1));
            name.setMinWidth(30);
            HBox row = new HBox(6, name, slider);
            HBox.setHgrow(slider, javafx.scene.layout.Priority.ALWAYS);
            sliders.getChildren().add(row);
            dimensionSliders.add(slider);
        }
    }

    private void buildLegend(ExploreSession s) {
        legend.getChildren().clear();
        for (int c = 0; c < s.classNames().size(); c++) {
            Label l = new Label(s.classNames().get(c), new Circle(5, ClassColors.of(c)));
            legend.getChildren().add(l);
        }
    }

    private void axesChosen() {
        Integer x = xDim.getValue();
        Integer y = yDim.getValue();
        if (updatingControls || x == null || y == null) {
            return;
        }
        if (x.equals(y)) {
            viewModel.errorProperty().set("Choose two different dimensions for the plane.");
            return;
        }
        viewModel.errorProperty().set("");
        viewModel.point().setPlaneDimensions(x - 1, y - 1);
        codesChanged();
        codeChanged();
        viewModel.views().renderGrid();
    }

    private void codesChanged() {
        LatentCodes codes = viewModel.codesProperty().get();
        LatentPointViewModel p = viewModel.point();
        plane.setCodes(codes, p.xDimProperty().get(), p.yDimProperty().get());
        int max = codes == null ? 0 : Math.max(0, codes.count() - 1);
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) fromIndex.getValueFactory()).setMax(max);
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) toIndex.getValueFactory()).setMax(max);
        if (codes != null && codes.count() > 1 && toIndex.getValue() == 0) {
            toIndex.getValueFactory().setValue(1);
        }
    }

    private void codeChanged() {
        float[] z = viewModel.point().codeProperty().get();
        LatentPointViewModel p = viewModel.point();
        int x = p.xDimProperty().get();
        int y = p.yDimProperty().get();
        plane.setMarker(x >= 0 && x < z.length ? z[x] : 0, y >= 0 && y < z.length ? z[y] : 0);
        StringBuilder text = new StringBuilder("z = (");
        for (int d = 0; d < z.length; d++) {
            text.append(d == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", z[d]));
        }
        codeLabel.setText(text.append(')').toString());
        updatingControls = true;
        for (int d = 0; d < Math.min(z.length, dimensionSliders.size()); d++) {
            dimensionSliders.get(d).setValue(z[d]);
        }
        updatingControls = false;
    }

    /** Writes the decoded pixels into the one reused image, and times when they reach the screen. */
    private void showDecoded(LatentPointViewModel.Decoded d) {
        if (d == null || decodedPixels == null || d.image().cols() != (int) decodedPixels.getWidth()) {
            return;
        }
        FxImages.write(d.image(), decodedPixels);
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

    private void showMatching(ClusterMatching m) {
        ExploreSession s = viewModel.sessionProperty().get();
        if (m == null || s == null) {
            confusion.getChildren().clear();
            accuracyLabel.setText("Clusters are shown for Joint VAE models.");
            return;
        }
        accuracyLabel.setText(String.format(Locale.ROOT,
                "Unsupervised accuracy %.1f%% (categories matched to classes by the Hungarian method, %d test images)",
                100 * m.accuracy(), viewModel.codesProperty().get().count()));
        ConfusionTable.fill(confusion, m, s.classNames());
    }

    private void applyPlaneOptions() {
        plane.setOptions(showPoints.isSelected(), showEllipses.isSelected(), showPrior.isSelected());
    }

    private static void show(ImageView view, GreyImage image) {
        if (image != null) {
            view.setImage(FxImages.toImage(image));
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : viewModel.recent().files()) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setOnAction(e -> viewModel.open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void acceptDroppedCheckpoints(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().endsWith(CheckpointStore.EXTENSION))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            var file = e.getDragboard().getFiles().stream()
                    .filter(f -> f.getName().endsWith(CheckpointStore.EXTENSION)).findFirst();
            file.ifPresent(f -> {
                showThisPage.run();
                viewModel.open(f.toPath());
            });
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** Selects one of the page's views by name (plane, grid, traversal, interpolation, clusters). */
    public void showView(String name) {
        for (Tab tab : views.getTabs()) {
            if (tab.getId() != null && tab.getId().equalsIgnoreCase(name + "Tab")) {
                views.getSelectionModel().select(tab);
                return;
            }
        }
        throw new IllegalArgumentException("no Explore view named '" + name + "'");
    }

    @FXML
    private void openCheckpoint() {
        FileChooser c = new FileChooser();
        c.setTitle("Open a checkpoint");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("VAE Explorer checkpoint", "*.vaex"));
        File file = c.showOpenDialog(plane.getScene().getWindow());
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    @FXML
    private void randomPair() {
        LatentCodes codes = viewModel.codesProperty().get();
        if (codes != null && codes.count() > 1) {
            Random r = new Random();
            fromIndex.getValueFactory().setValue(r.nextInt(codes.count()));
            toIndex.getValueFactory().setValue(r.nextInt(codes.count()));
        }
    }

    @FXML
    private void exportDecoded() {
        LatentPointViewModel.Decoded d = viewModel.point().decodedProperty().get();
        if (d != null) {
            save("decoded.png", "PNG image", "*.png", f -> GreyPng.write(
                    GreyPng.grid(d.image().pixels(), 1, d.image().rows(), d.image().cols(), 1, 8), f));
        }
    }

    @FXML
    private void exportGrid() {
        GreyImage g = viewModel.views().gridProperty().get();
        if (g != null) {
            save("manifold-grid.png", "PNG image", "*.png", f -> GreyPng.write(
                    GreyPng.grid(g.pixels(), 1, g.rows(), g.cols(), 1, 2), f));
        }
    }

    @FXML
    private void exportPlane() {
        WritableImage image = plane.snapshot(null, null);
        save("latent-plane.png", "PNG image", "*.png",
                f -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f.toFile()));
    }

    @FXML
    private void exportCodes() {
        LatentCodes codes = viewModel.codesProperty().get();
        ExploreSession s = viewModel.sessionProperty().get();
        if (codes != null && s != null) {
            save("latent-codes.csv", "CSV", "*.csv", f -> CodesCsv.write(codes, s.classNames(), f));
        }
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void save(String name, String description, String pattern, Writer writer) {
        FileChooser c = new FileChooser();
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = c.showSaveDialog(plane.getScene().getWindow());
        if (file != null) {
            try {
                writer.write(file.toPath());
            } catch (IOException e) {
                viewModel.errorProperty().set("Could not write " + file + ": " + e.getMessage());
            }
        }
    }

    /** Measurement aid ({@code --explore-drag SECONDS}): see {@link DragDemo}. */
    public void startDragDemo(double seconds, Consumer<String> report) {
        new DragDemo(plane).run(seconds, () -> report.accept(viewModel.mouseToPixels().summary("mouse_to_pixels")));
    }
}
