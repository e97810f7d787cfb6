package org.vaeexplorer.ui.explore;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.explore.DrawnPosterior;
import org.vaeexplorer.explore.Stroke;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.common.FxImages;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Draw tab: a pad to draw a digit on (mouse or pen), the model input made from it, and what the open model makes
 * of it. The tab has its own plane rather than moving the page's point: the drawing, the pictures and where it lands
 * stay in view together, and the point on the Latent plane tab keeps its meaning (the code being decoded).
 */
public final class ExploreDrawTab {
    private final ExploreViewModel explore;
    private final DrawViewModel draw;
    private CategoryBars categoryBars;
    @FXML private Canvas pad;
    @FXML private Slider brush;
    @FXML private Button undo;
    @FXML private Button clear;
    @FXML private Button resample;
    @FXML private VBox quadrantBox;
    @FXML private GridPane quadrantGrid;
    @FXML private ImageView inputImage;
    @FXML private ImageView reconImage;
    @FXML private Label reconLabel;
    @FXML private Label samplesLabel;
    @FXML private Label emptyLabel;
    @FXML private VBox resultBox;
    @FXML private Label posteriorLabel;
    @FXML private ImageView samplesImage;
    @FXML private VBox categoriesBox;
    @FXML private GridPane bars;
    @FXML private VBox perLabelBox;
    @FXML private ImageView perLabelImage;
    @FXML private PosteriorPlane plane;
    @FXML private Label planeCaption;
    @FXML private FlowPane legend;

    public ExploreDrawTab(ExploreViewModel explore, DrawViewModel draw) {
        this.explore = explore;
        this.draw = draw;
    }

    @FXML
    private void initialize() {
        categoryBars = new CategoryBars(bars);
        brush.valueProperty().bindBidirectional(draw.brushProperty());
        QuadrantToggles.install(quadrantGrid, draw);
        // A pen arrives as the primary button; other buttons do not draw.
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            // Consumed, or the enclosing TabPane takes the focus and the press.
            e.consume();
            if (e.getButton() == MouseButton.PRIMARY) {
                draw.beginStroke(padX(e), padY(e));
            }
        });
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                draw.extendStroke(padX(e), padY(e));
            }
        });
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                draw.endStroke();
            }
        });
        draw.strokesProperty().addListener((o, was, now) -> paintPad());
        draw.pictureProperty().addListener((o, was, now) -> paintPad());
        draw.resultProperty().addListener((o, was, now) -> show(now));
        explore.sessionProperty().addListener((o, was, now) -> sessionChanged(now));
        explore.codesProperty().addListener((o, was, now) -> axesChanged());
        explore.matchingProperty().addListener((o, was, now) -> sessionChanged(explore.sessionProperty().get()));
        explore.point().xDimProperty().addListener((o, was, now) -> axesChanged());
        explore.point().yDimProperty().addListener((o, was, now) -> axesChanged());
        PlaneLayers layers = explore.planeLayers();
        for (var layer : List.of(layers.pointsProperty(), layers.ellipsesProperty(), layers.priorProperty())) {
            layer.addListener((o, was, now) -> applyLayers());
        }
        applyLayers();
        sessionChanged(explore.sessionProperty().get());
        PadSizing.follow(pad, this::paintPad);
        paintPad();
        show(draw.resultProperty().get());
    }

    private double padX(MouseEvent e) {
        return Math.max(0, Math.min(1, e.getX() / pad.getWidth()));
    }

    private double padY(MouseEvent e) {
        return Math.max(0, Math.min(1, e.getY() / pad.getHeight()));
    }

    /** Paints the loaded picture and the strokes as the view model holds them (pad units scaled to the canvas). */
    private void paintPad() {
        GraphicsContext g = pad.getGraphicsContext2D();
        double w = pad.getWidth();
        double h = pad.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        float[] picture = draw.pictureProperty().get();
        if (picture != null) {
            g.setImageSmoothing(true);
            g.drawImage(FxImages.toImage(new GreyImage(DrawViewModel.PAD, DrawViewModel.PAD, picture)), 0, 0, w, h);
        }
        List<Stroke> strokes = draw.strokesProperty().get();
        g.setStroke(Color.BLACK);
        g.setFill(Color.BLACK);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke s : strokes) {
            g.setLineWidth(s.width() * w);
            if (s.points() == 1) {
                double r = s.width() * w / 2;
                g.fillOval(s.x(0) * w - r, s.y(0) * h - r, 2 * r, 2 * r);
                continue;
            }
            g.beginPath();
            g.moveTo(s.x(0) * w, s.y(0) * h);
            for (int i = 1; i < s.points(); i++) {
                g.lineTo(s.x(i) * w, s.y(i) * h);
            }
            g.stroke();
        }
        undo.setDisable(strokes.isEmpty());
        clear.setDisable(strokes.isEmpty() && picture == null);
    }

    private void sessionChanged(ExploreSession s) {
        Capabilities can = s == null ? null : explore.capabilitiesProperty().get();
        boolean joint = can != null && can.hasDiscreteLatents();
        visible(categoriesBox, joint);
        visible(perLabelBox, can != null && can.labels());
        visible(quadrantBox, can != null && can.completes());
        boolean hasPlane = can != null && can.planeDimensions() > 0;
        plane.setVisible(hasPlane);
        // The pad works before a model is open (a teacher can draw while one loads); the caption says what is missing.
        // A structured-output CVAE completes the drawing instead of encoding it: nothing of it is marked here.
        planeCaption.setText(I18n.text(s == null ? "explore.tab.needsModel" : !can.draws() ? "explore.draw.greyOnly"
                : !hasPlane ? "explore.draw.noPlane"
                : can.completes() ? "explore.draw.plane.captionStructured" : "explore.draw.plane.caption"));
        emptyLabel.setText(I18n.text(can != null && !can.draws() ? "explore.draw.greyOnly" : "explore.draw.empty"));
        legend.getChildren().clear();
        for (int c = 0; hasPlane && c < s.classNames().size(); c++) {
            legend.getChildren().add(new Label(s.classNames().get(c), new Circle(4, ClassColors.of(c))));
        }
        categoryBars.name(joint ? can.discreteLatents() : List.of(),
                joint ? ClusterMatching.matchedLatent(s.spec()) : 0, explore.matchingProperty().get(),
                s == null ? List.of() : s.classNames());
        axesChanged();
    }

    private void axesChanged() {
        LatentPointViewModel p = explore.point();
        plane.setCodes(explore.codesProperty().get(), p.xDimProperty().get(), p.yDimProperty().get());
        // The posterior's text names the plane's dimensions.
        show(draw.resultProperty().get());
    }

    private void applyLayers() {
        PlaneLayers l = explore.planeLayers();
        plane.setOptions(l.pointsProperty().get(), l.ellipsesProperty().get(), l.priorProperty().get());
    }

    private void show(DrawnDigit d) {
        boolean empty = d == null || d.isEmpty();
        visible(resultBox, !empty);
        visible(emptyLabel, empty);
        inputImage.setImage(empty ? null : FxImages.toImage(d.input()));
        resample.setDisable(empty);
        reconImage.setImage(empty ? null : FxImages.toImage(d.reconstruction()));
        boolean completing = !empty && d.completion() != null;
        reconLabel.setText(I18n.text(completing ? "explore.draw.baseline" : "explore.draw.reconstruction"));
        samplesLabel.setText(I18n.text(completing ? "explore.draw.completions" : "explore.draw.samples"));
        plane.show(empty || completing ? null : d.posterior());
        if (empty) {
            return;
        }
        if (completing) {
            showCompletion(d);
            return;
        }
        DrawnPosterior p = d.posterior();
        int x = explore.point().xDimProperty().get();
        int y = explore.point().yDimProperty().get();
        posteriorLabel.setText(I18n.text("explore.draw.posterior", number(p.mu(), x), number(p.mu(), y),
                sigma(p, x), sigma(p, y)));
        samplesImage.setImage(FxImages.toImage(d.samples(3)));
        GreyImage perLabel = d.perLabel(5);
        perLabelImage.setImage(perLabel == null ? null : FxImages.toImage(perLabel));
        categoryBars.show(p.categoryProbabilities());
    }

    /** A structured-output CVAE: which quadrants the drawing gave, the baseline's guess and the completions. */
    private void showCompletion(DrawnDigit d) {
        boolean[] given = d.completion().givenQuadrants();
        String[] names = {"tl", "tr", "bl", "br"};
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int q = 0; q < 4; q++) {
            if (given[q]) {
                shown.add(I18n.text("explore.completion.quadrant." + names[q]));
            }
        }
        posteriorLabel.setText(I18n.text(draw.quadrantsChosen() ? "explore.draw.givenChosen" : "explore.draw.given",
                String.join(", ", shown)));
        QuadrantToggles.show(quadrantGrid, given);
        samplesImage.setImage(FxImages.toImage(d.completions(4)));
        perLabelImage.setImage(null);
    }

    /** Dimension {@code d} of {@code values} with two decimals, or a dash when the plane has no such axis. */
    private static String number(float[] values, int d) {
        return d >= 0 && d < values.length ? String.format(Locale.ROOT, "%.2f", values[d]) : "–";
    }

    private static String sigma(DrawnPosterior p, int d) {
        return d >= 0 && d < p.logvar().length ? String.format(Locale.ROOT, "%.2f", p.sigma(d)) : "–";
    }

    private static void visible(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void undo() {
        draw.undo();
    }

    @FXML
    private void clear() {
        draw.clear();
    }

    @FXML
    private void resample() {
        draw.newSamples();
    }

    /** The tab's plane (for tests: the posterior it shows). */
    PosteriorPlane plane() {
        return plane;
    }
}
