package org.vaeexplorer.ui.explore;

import java.util.function.IntFunction;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A picker of latent dimensions (items 1-based) that lists each with its average KL over the test set, so the
 * used ones can be told from the unused without trying them. The texts are made again whenever new codes arrive.
 */
final class DimensionChoices {
    private DimensionChoices() {
    }

    /** The list and the button both show the dimension with its KL. */
    static void install(ComboBox<Integer> picker, ExploreViewModel page) {
        install(picker, page, false);
    }

    /**
     * @param shortButton whether the button shows only the dimension's name (a narrow picker in the side panel);
     *                    the list always shows its KL
     */
    static void install(ComboBox<Integer> picker, ExploreViewModel page, boolean shortButton) {
        IntFunction<String> full = d -> ExploreTexts.dimensionChoice(d, page.codesProperty().get());
        IntFunction<String> button = shortButton ? d -> ExploreTexts.dimensionChoice(d, null) : full;
        Runnable cells = () -> {
            picker.setCellFactory(list -> cell(full));
            picker.setButtonCell(cell(button));
        };
        cells.run();
        // Weak, held by the picker: a language switch rebuilds the page, and the old picker must not stay alive.
        javafx.beans.value.ChangeListener<Object> onCodes = (o, was, now) -> cells.run();
        picker.getProperties().put(DimensionChoices.class, onCodes);
        page.codesProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onCodes));
    }

    private static ListCell<Integer> cell(IntFunction<String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item - 1));
            }
        };
    }
}
