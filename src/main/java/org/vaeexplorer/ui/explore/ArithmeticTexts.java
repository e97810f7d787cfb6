package org.vaeexplorer.ui.explore;

import java.util.List;
import org.vaeexplorer.explore.ImageGroup;
import org.vaeexplorer.explore.ProjectionHistogram;
import org.vaeexplorer.ui.common.I18n;

/** The Arithmetic view's words: a group by name, a vector's default name, the separation a histogram shows. */
final class ArithmeticTexts {
    private ArithmeticTexts() {
    }

    /**
     * A group as the screen names it: its class, its factor value ("x position 3 of 16"), or which lasso it is
     * ({@code first} tells the lassoed groups apart).
     */
    static String group(ImageGroup g, ExploreSession s, FactorsViewModel factors, boolean first) {
        return switch (g.kind()) {
            case CLASS -> s != null && g.value() < s.classNames().size() ? s.classNames().get(g.value())
                    : Integer.toString(g.value());
            case FACTOR -> factorValue(factors, g.factor(), g.value());
            // Its size is on its lasso button and in the legend.
            case IMAGES -> I18n.text(first ? "explore.arithmetic.lassoedFrom" : "explore.arithmetic.lassoedTo");
        };
    }

    /** Factor {@code k}'s value {@code v}, 1-based of its count, as the plane's legend says it. */
    static String factorValue(FactorsViewModel factors, int k, int v) {
        List<String> names = factors.factorNames();
        if (k < 0 || k >= names.size()) {
            return Integer.toString(v + 1);
        }
        return I18n.text("explore.plane.factorValue", FactorTexts.factorName(names.get(k)), v + 1,
                factors.known().map(f -> f.sizes()[k]).orElse(0));
    }

    /** What a vector between {@code from} and {@code to} is called until the user names it. */
    static String defaultName(String from, String to) {
        return I18n.text("explore.arithmetic.defaultName", from, to);
    }

    /** What the histogram's colours are. */
    static String legend(String from, String to, int fromCount, int toCount) {
        return I18n.text("explore.arithmetic.legend", from, I18n.number(fromCount, 0), to, I18n.number(toCount, 0));
    }

    /** How well the histogram's groups are told apart by the side of t = 1/2 they lie on. */
    static String separation(ProjectionHistogram h) {
        return I18n.text("explore.arithmetic.separation", I18n.number(100 * h.separated(), 0));
    }

    /** The point's coordinate along the vector. */
    static String position(double t) {
        return Double.isFinite(t) ? I18n.text("explore.arithmetic.position", I18n.number(t, 2)) : "";
    }
}
