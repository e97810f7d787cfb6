package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.common.I18n;

/** The Explore page's composed texts, from the resource bundle; the views only show them. */
final class ExploreTexts {
    private ExploreTexts() {
    }

    /** The model panel's headline: which model is open, of which kind, trained on what. */
    static String title(ExploreSession s) {
        if (s == null) {
            return I18n.text("explore.noModel");
        }
        return s.isLive() ? I18n.text("explore.liveTitle", s.title()) : I18n.text("explore.title", s.title(),
                I18n.name("kind", s.spec().kind()), s.manifest().dataset().name());
    }

    /**
     * Above this many dimensions the point's code is summed up (the plane's two dimensions, the range of the
     * others) and the side panel has sliders for the plane's two only: 200 numbers or sliders help no one.
     */
    static final int MANY_DIMENSIONS = 12;

    /** z = (0.12, -1.30, ...) with two decimals, written as the UI's locale writes decimals. */
    static String code(float[] z) {
        StringBuilder values = new StringBuilder();
        for (int d = 0; d < z.length; d++) {
            values.append(d == 0 ? "" : ", ").append(I18n.number(z[d], 2));
        }
        return I18n.text("explore.point.code", values.toString());
    }

    /**
     * The point's code as the plane tab shows it: in full for a few dimensions; for many, the plane's two
     * dimensions ({@code x}, {@code y}) and the range of the others.
     */
    static String code(float[] z, int x, int y) {
        if (z.length <= MANY_DIMENSIONS || x < 0 || y < 0 || x >= z.length || y >= z.length) {
            return code(z);
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < z.length; d++) {
            if (d != x && d != y) {
                low = Math.min(low, z[d]);
                high = Math.max(high, z[d]);
            }
        }
        return I18n.text("explore.point.codeSummary", Integer.toString(x + 1), I18n.number(z[x], 2),
                Integer.toString(y + 1), I18n.number(z[y], 2), I18n.integer(z.length - 2), I18n.number(low, 2),
                I18n.number(high, 2));
    }

    /** Why a latent's name is marked: the point lies beyond the prior's usual range along it. */
    static String beyondPrior() {
        return I18n.text("explore.slider.beyondPrior");
    }

    static String reconstruction(int index) {
        return I18n.text("explore.point.reconstruction", Integer.toString(index));
    }

    /**
     * A dimension as the pickers list it (d 0-based): its name and, once the test set is encoded, its average KL
     * from the prior, and whether it is unused.
     */
    static String dimensionChoice(int d, org.vaeexplorer.explore.EncodedImages c) {
        String name = Integer.toString(d + 1);
        if (c == null || c.count() == 0 || d >= c.dim()) {
            return I18n.text("explore.dim.name", name);
        }
        return I18n.text(c.isUsed(d) ? "explore.dim.choice" : "explore.dim.choiceUnused", name,
                I18n.number(c.averageKl()[d], 2));
    }

    /** A traversal row's name: its dimension, and the category (Joint VAE) or class (CVAE) it is decoded under. */
    static TraversalGrid.RowName traversalRow(Traversal.Row r, ExploreSession s, ClusterMatching m) {
        String dim = Integer.toString(r.dim() + 1);
        String text;
        if (r.category() >= 0) {
            String drawn = CategoryButtonTexts.drawnName(m, r.category(), s.classNames());
            text = drawn != null
                    ? I18n.text("explore.traversal.row.categoryMatched", dim, Integer.toString(r.category()), drawn)
                    : I18n.text("explore.traversal.row.category", dim, Integer.toString(r.category()));
        } else if (r.label() >= 0) {
            text = I18n.text("explore.traversal.row.class", dim,
                    r.label() < s.classNames().size() ? s.classNames().get(r.label()) : Integer.toString(r.label()));
        } else {
            text = I18n.text("explore.traversal.row.plain", dim);
        }
        if (r.unused()) {
            text = I18n.text("explore.traversal.row.unused", text);
        }
        String tooltip = Double.isNaN(r.averageKl()) ? null : I18n.text(r.unused() ? "explore.traversal.row.klUnused"
                : "explore.traversal.row.kl", dim, I18n.number(r.averageKl(), 3));
        return new TraversalGrid.RowName(text, r.unused(), tooltip);
    }

    /** A traversal column's value, signed: -2.0, ..., +2.0. */
    static String traversalColumn(double value) {
        String v = I18n.number(value, 1);
        return value > 0 ? "+" + v : v;
    }

    static String traversalCaption(Capabilities can) {
        return I18n.text(can.hasDiscreteLatents() ? "explore.traversal.caption.joint"
                : can.labels() ? "explore.traversal.caption.cvae" : "explore.traversal.caption.plain");
    }

    /** The clusters tab's headline: the accuracy, or why there are no clusters to show. */
    static String clusters(ExploreSession s, ClusterMatching m, int testImages) {
        if (s == null) {
            return I18n.text("explore.clusters.noModel");
        }
        if (!s.spec().capabilities().hasDiscreteLatents()) {
            return I18n.text("explore.clusters.needsDiscrete");
        }
        if (s.classNames().size() < 2) {
            return unlabelled(s);
        }
        if (m == null) {
            return I18n.text("explore.clusters.noTestImages");
        }
        return I18n.text("explore.clusters.accuracy", I18n.number(100 * m.accuracy(), 1), Integer.toString(testImages));
    }

    static String category(int k, String matchedClass) {
        return matchedClass == null ? I18n.text("explore.clusters.category", Integer.toString(k))
                : I18n.text("explore.clusters.categoryMatched", Integer.toString(k), matchedClass);
    }

    static String recentItem(Path file) {
        return I18n.text("explore.recent.item", file.getFileName(), file.getParent());
    }

    static String discreteLatent(int latent, int categories) {
        return I18n.text("explore.discreteLatent", Integer.toString(latent + 1), Integer.toString(categories));
    }

    /** Why "Follow the training run" can or cannot be pressed. */
    static String followHint(boolean runExists) {
        return I18n.text(runExists ? "explore.follow.tooltip" : "explore.follow.noRun");
    }

    /**
     * Why a model's dataset has no classes (a folder of pictures without class subfolders): the plane's dots are one
     * colour and there is no cluster accuracy to measure.
     */
    static String unlabelled(ExploreSession s) {
        return I18n.text("explore.unlabelled", s.test().name());
    }

    /**
     * Why the plane has no dots, saying where the dataset was last found; empty when it has them (or is still
     * encoding them) or when a followed run has no manifest to name it.
     */
    static String noTestImages(ExploreSession s) {
        if (s == null || s.test().size() > 0 || s.manifest() == null) {
            return "";
        }
        return I18n.text("explore.plane.noTestImages", s.manifest().dataset().source());
    }
}
