package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.vaeexplorer.explore.ImageGroup;
import org.vaeexplorer.ui.common.EnumNames;

/**
 * The Arithmetic view's group choosers, kept in step with {@link VectorGroups} both ways: how groups are made
 * (classes, a factor's values, lassoes), the factor, and the two classes or values. Only the choosers of the kind
 * chosen show; the factor kind is offered only for a dataset with factors.
 */
final class ArithmeticGroupChoices {
    private final ExploreViewModel explore;
    private final VectorGroups groups;
    private final ComboBox<ImageGroup.Kind> kind;
    private final ComboBox<Integer> factor;
    private final ComboBox<Integer> from;
    private final ComboBox<Integer> to;
    private final Node memberBox;
    private final Node factorBox;
    private final Node lassoBox;
    private boolean updating;

    ArithmeticGroupChoices(ExploreViewModel explore, VectorGroups groups, ComboBox<ImageGroup.Kind> kind,
                           ComboBox<Integer> factor, ComboBox<Integer> from, ComboBox<Integer> to,
                           List<Node> boxes) {
        this.explore = explore;
        this.groups = groups;
        this.kind = kind;
        this.factor = factor;
        this.from = from;
        this.to = to;
        this.memberBox = boxes.get(0);
        this.factorBox = boxes.get(1);
        this.lassoBox = boxes.get(2);
        EnumNames.show(kind, "explore.arithmetic.kind", ImageGroup.Kind.class);
        factor.setConverter(names(k -> k < explore.factors().factorNames().size()
                ? FactorTexts.factorName(explore.factors().factorNames().get(k)) : ""));
        StringConverter<Integer> member = names(this::memberName);
        from.setConverter(member);
        to.setConverter(member);
        kind.valueProperty().addListener((o, was, now) -> chosen(() -> groups.kindProperty().set(now)));
        factor.valueProperty().addListener((o, was, now) -> chosen(() -> factorChosen(now)));
        from.valueProperty().addListener((o, was, now) -> chosen(() -> (isFactor() ? groups.fromValueProperty()
                : groups.fromClassProperty()).set(now)));
        to.valueProperty().addListener((o, was, now) -> chosen(() -> (isFactor() ? groups.toValueProperty()
                : groups.toClassProperty()).set(now)));
        groups.all().forEach(p -> p.addListener(o -> refresh()));
        explore.sessionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Another factor: its first and last values, the two ends of its range (the sprites' left and right). */
    private void factorChosen(Integer k) {
        if (k == null) {
            return;
        }
        int values = explore.factors().known().map(f -> f.sizes()[k]).orElse(2);
        groups.factorProperty().set(k);
        groups.fromValueProperty().set(0);
        groups.toValueProperty().set(values - 1);
    }

    private boolean isFactor() {
        return groups.kindProperty().get() == ImageGroup.Kind.FACTOR;
    }

    /** A choice the user made goes to the groups, unless it is this class showing the groups' own values. */
    private void chosen(Runnable apply) {
        if (!updating) {
            apply.run();
        }
    }

    private String memberName(int i) {
        return isFactor() ? ArithmeticTexts.factorValue(explore.factors(), groups.factorProperty().get(), i)
                : ArithmeticTexts.group(ImageGroup.ofClass(i), explore.sessionProperty().get(), explore.factors(),
                true);
    }

    /** Shows the groups' values: the kinds offered, the members the kind has, and which controls show. */
    void refresh() {
        updating = true;
        try {
            ExploreSession s = explore.sessionProperty().get();
            List<ImageGroup.Kind> kinds = new ArrayList<>(List.of(ImageGroup.Kind.values()));
            if (!explore.factors().hasFactors()) {
                kinds.remove(ImageGroup.Kind.FACTOR);
            }
            if (!kind.getItems().equals(kinds)) {
                kind.getItems().setAll(kinds);
            }
            kind.setValue(groups.kindProperty().get());
            boolean isFactor = isFactor();
            boolean lasso = groups.kindProperty().get() == ImageGroup.Kind.IMAGES;
            List<Integer> factors = indices(explore.factors().factorNames().size());
            if (!factor.getItems().equals(factors)) {
                factor.getItems().setAll(factors);
            }
            factor.setValue(groups.factorProperty().get());
            int members = isFactor ? explore.factors().known().map(f -> f.sizes()[Math.min(f.sizes().length - 1,
                    groups.factorProperty().get())]).orElse(0) : s == null ? 0 : s.test().numClasses();
            List<Integer> choices = indices(members);
            from.getItems().setAll(choices);
            to.getItems().setAll(choices);
            from.setValue(isFactor ? groups.fromValueProperty().get() : groups.fromClassProperty().get());
            to.setValue(isFactor ? groups.toValueProperty().get() : groups.toClassProperty().get());
            show(factorBox, isFactor);
            show(memberBox, !lasso);
            show(lassoBox, lasso);
        } finally {
            updating = false;
        }
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static StringConverter<Integer> names(java.util.function.IntFunction<String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : name.apply(i);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        };
    }
}
