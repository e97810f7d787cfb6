package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.ui.common.I18n;

/**
 * The plane's dots coloured by the class or by a generating factor (issue 32): the chooser beside the plane's layer
 * switches, shown only for a model whose dataset has factors, and the colours the plane draws with.
 */
final class PlaneColouring {
    private PlaneColouring() {
    }

    /** "Colour by: class / shape / scale / ..." bound to {@code factors}; hidden while there are no factors. */
    static Node chooser(ExploreViewModel explore) {
        FactorsViewModel factors = explore.factors();
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("colourBy");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : k == FactorsViewModel.BY_CLASS ? I18n.text("explore.plane.colourBy.class")
                        : FactorTexts.factorName(factors.factorNames().get(k));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        HBox row = new HBox(8, new Label(I18n.text("explore.plane.colourBy")), box);
        row.getStyleClass().add("gap-8");
        Runnable refill = () -> {
            List<Integer> items = new ArrayList<>(List.of(FactorsViewModel.BY_CLASS));
            for (int k = 0; k < factors.factorNames().size(); k++) {
                items.add(k);
            }
            box.setItems(FXCollections.observableArrayList(items));
            box.setValue(factors.colourByProperty().get());
            row.setVisible(factors.hasFactors());
            row.setManaged(factors.hasFactors());
        };
        explore.sessionProperty().addListener((o, was, now) -> refill.run());
        refill.run();
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                factors.colourByProperty().set(now);
            }
        });
        factors.colourByProperty().addListener((o, was, now) -> box.setValue(now.intValue()));
        return row;
    }

    /**
     * Keeps {@code plane}'s dot colours to the choice, the factors' values and the codes, and {@code legend} to
     * what the colours mean: the classes, or the chosen factor's values (an ordered factor's first, middle and last).
     */
    static void follow(LatentPlane plane, javafx.scene.layout.Pane legend, ExploreViewModel explore) {
        FactorsViewModel factors = explore.factors();
        Runnable recolour = () -> {
            EncodedImages codes = explore.codesProperty().get();
            ExploreSession s = explore.sessionProperty().get();
            int classes = s == null ? 0 : s.classNames().size();
            int k = factors.colourByProperty().get();
            boolean byFactor = codes != null && k != FactorsViewModel.BY_CLASS
                    && factors.informationProperty().get() != null;
            plane.setDotColours(byFactor ? i -> colour(factors.colourOf(codes, i, classes)) : null);
            legend.getChildren().clear();
            if (byFactor) {
                legend.getChildren().addAll(factorLegend(factors, codes, k));
            } else if (s != null && classes == 1) {
                // A folder without class subfolders: one colour, and the legend says why.
                legend.getChildren().add(new Label(ExploreTexts.unlabelled(s), ClassColors.dot(0)));
            } else if (s != null) {
                for (int c = 0; c < classes; c++) {
                    legend.getChildren().add(new Label(s.classNames().get(c), ClassColors.dot(c)));
                }
            }
        };
        explore.sessionProperty().addListener((o, was, now) -> recolour.run());
        factors.colourByProperty().addListener((o, was, now) -> recolour.run());
        factors.informationProperty().addListener((o, was, now) -> recolour.run());
        explore.codesProperty().addListener((o, was, now) -> recolour.run());
        recolour.run();
    }

    /** What the dots' colours mean: a name per colour. */
    record Legend(List<String> names, List<Color> colours) {
    }

    /** The legend of the plane as {@code explore} colours it now, for the PNG export. */
    static Legend legendOf(ExploreViewModel explore) {
        FactorsViewModel factors = explore.factors();
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        int k = factors.colourByProperty().get();
        if (codes != null && k != FactorsViewModel.BY_CLASS && factors.informationProperty().get() != null) {
            for (Node n : factorLegend(factors, codes, k)) {
                Label l = (Label) n;
                names.add(l.getText());
                colours.add((Color) ((javafx.scene.shape.Circle) l.getGraphic()).getFill());
            }
        } else if (s != null) {
            names.addAll(s.classNames());
            for (int c = 0; c < names.size(); c++) {
                colours.add(ClassColors.of(c));
            }
        }
        return new Legend(names, colours);
    }

    private static List<Node> factorLegend(FactorsViewModel factors, EncodedImages codes, int k) {
        int size = factors.informationProperty().get().factors().sizes()[k];
        String name = FactorTexts.factorName(factors.factorNames().get(k));
        boolean ordered = factors.colourOf(codes, 0, 0).ordered();
        List<Integer> shown = ordered ? List.of(0, (size - 1) / 2, size - 1) : java.util.stream.IntStream
                .range(0, size).boxed().toList();
        List<Node> entries = new ArrayList<>();
        for (int v : shown.stream().distinct().toList()) {
            Color c = colour(new FactorsViewModel.DotColour(v, size, ordered));
            javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5, c);
            entries.add(new Label(I18n.text("explore.plane.factorValue", name, v + 1, size), dot));
        }
        return entries;
    }

    /** Unordered values in the class palette; ordered ones on a ramp from blue (first) to orange (last). */
    static Color colour(FactorsViewModel.DotColour c) {
        if (!c.ordered()) {
            return ClassColors.of(c.index());
        }
        double t = c.count() < 2 ? 0 : c.index() / (double) (c.count() - 1);
        return Color.hsb(230 - 200 * t, 0.85, 0.85);
    }
}
