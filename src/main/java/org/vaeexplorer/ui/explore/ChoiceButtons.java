package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** A row of mutually exclusive buttons (class labels, categories) that report the index chosen. */
final class ChoiceButtons {
    private ChoiceButtons() {
    }

    /**
     * @param idPrefix each button's id is this plus its index, so tests and lookups can find it
     * @param graphic  the icon of button i, or null for none
     */
    static List<ToggleButton> of(List<String> names, String idPrefix, int selected, IntConsumer onChoose,
                                 IntFunction<Node> graphic) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ToggleButton b = new ToggleButton(names.get(i));
            b.setId(idPrefix + i);
            b.setToggleGroup(group);
            b.setSelected(i == selected);
            if (graphic != null) {
                b.setGraphic(graphic.apply(i));
            }
            int index = i;
            // Clicking the selected button would unselect it; a choice is always made, so it stays selected.
            b.setOnAction(e -> {
                onChoose.accept(index);
                b.setSelected(true);
            });
            buttons.add(b);
        }
        return buttons;
    }
}
