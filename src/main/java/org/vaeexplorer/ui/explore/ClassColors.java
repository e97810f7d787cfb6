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
}
