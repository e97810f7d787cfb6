package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javax.imageio.ImageIO;

/**
 * The plane as the PNG export shows it: which model above it and what each colour means below it (issue 27.12;
 * the export had been a bare snapshot of the plane, coloured dots nobody could name). Built as its own small scene,
 * apart from the window's, so the picture does not depend on the window's size, zoom or presentation mode.
 */
final class PlanePicture {
    private static final double GAP = 8;
    private static final double DOT_RADIUS = 6;

    private PlanePicture() {
    }

    /** The picture's nodes: {@code title}, the plane image, then one coloured dot and name per class. */
    static VBox compose(Image plane, String title, List<String> classNames) {
        List<Color> colours = new java.util.ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            colours.add(ClassColors.of(c));
        }
        return compose(plane, title, classNames, colours);
    }

    /** The picture's nodes with a legend of {@code names}, each beside a dot of its colour (a factor's values). */
    static VBox compose(Image plane, String title, List<String> names, List<Color> colours) {
        Label heading = new Label(title);
        heading.setFont(Font.font(null, FontWeight.BOLD, 14));
        heading.setTextFill(Color.BLACK);
        heading.setWrapText(true);
        heading.setMaxWidth(plane.getWidth());
        FlowPane legend = new FlowPane(GAP * 2, GAP / 2);
        legend.setPrefWrapLength(plane.getWidth());
        for (int c = 0; c < names.size(); c++) {
            Label entry = new Label(names.get(c), new Circle(DOT_RADIUS, colours.get(c)));
            entry.setTextFill(Color.BLACK);
            legend.getChildren().add(entry);
        }
        VBox picture = new VBox(GAP, heading, new ImageView(plane), legend);
        picture.setPadding(new Insets(GAP));
        picture.setBackground(Background.fill(Color.WHITE));
        return picture;
    }

    /** Writes the composed picture as PNG; on the FX thread (it is a snapshot). */
    static void write(Image plane, String title, List<String> classNames, Path file) throws IOException {
        write(compose(plane, title, classNames), file);
    }

    /** Writes the picture with the legend the plane shows ({@link PlaneColouring#legendOf}). */
    static void write(Image plane, String title, PlaneColouring.Legend legend, Path file) throws IOException {
        write(compose(plane, title, legend.names(), legend.colours()), file);
    }

    private static void write(VBox picture, Path file) throws IOException {
        new Scene(picture);
        picture.applyCss();
        picture.layout();
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        ImageIO.write(SwingFXUtils.fromFXImage(picture.snapshot(white, null), null), "png", file.toFile());
    }
}
