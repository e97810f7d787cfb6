package org.vaeexplorer.ui.explore;

import javafx.scene.paint.Color;

/** One colour per class: the Tableau-10 palette, told apart in print, on projectors and by most colour-blind eyes. */
final class ClassColors {
    private static final Color[] TAB10 = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf"),
    };

    private ClassColors() {
    }

    static Color of(int label) {
        return TAB10[Math.floorMod(label, TAB10.length)];
    }

    /** A dot in the class's colour for legends and buttons, sized in em by the CSS (class-dot) so it follows zoom. */
    static javafx.scene.Node dot(int label) {
        javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
        dot.getStyleClass().add("class-dot");
        Color c = of(label);
        dot.setStyle(String.format(java.util.Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d);",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
        return dot;
    }
}
