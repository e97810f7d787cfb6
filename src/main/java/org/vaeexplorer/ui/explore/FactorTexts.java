package org.vaeexplorer.ui.explore;

import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.explore.LatentRole;
import org.vaeexplorer.ui.common.I18n;

/** The screen's words for generating factors: their names in the UI's language and latents named after them. */
final class FactorTexts {
    private FactorTexts() {
    }

    /** A factor's name on screen, from the name the dataset stores (factor.shape, factor.x, ...). */
    static String factorName(String stored) {
        return I18n.text("factor." + stored);
    }

    /**
     * A traversal row's name: for a row of its own dimension, once the factors are known, the factor the latent
     * captures most ("z3: x position"), "mixed" or "unused" ({@link LatentRole}); otherwise as
     * {@link ExploreTexts#traversalRow}.
     */
    static TraversalGrid.RowName traversalRow(Traversal.Row r, ExploreSession s, ClusterMatching m,
                                             FactorsViewModel factors) {
        TraversalGrid.RowName plain = ExploreTexts.traversalRow(r, s, m);
        LatentRole role = r.category() < 0 && r.label() < 0 ? factors.role(r.dim()) : null;
        if (role == null) {
            return plain;
        }
        String dim = Integer.toString(r.dim() + 1);
        java.util.List<String> names = factors.factorNames();
        String text = switch (role.kind()) {
            case FACTOR -> I18n.text("explore.traversal.row.factor", dim, factorName(names.get(role.factor())));
            case MIXED -> I18n.text("explore.traversal.row.mixed", dim, factorName(names.get(role.factor())),
                    factorName(names.get(role.second())));
            case UNUSED -> I18n.text("explore.traversal.row.noFactor", dim);
        };
        String why = I18n.text("explore.traversal.row.factorScore", I18n.number(role.score(), 2));
        String tooltip = plain.tooltip() == null ? why : plain.tooltip() + "\n" + why;
        return new TraversalGrid.RowName(text, role.kind() == LatentRole.Kind.UNUSED, tooltip);
    }
}
