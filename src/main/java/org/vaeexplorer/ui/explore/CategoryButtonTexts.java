package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/**
 * What the category buttons of the latent matched to the classes say: once the test images are encoded, the class
 * each category draws ({@link CategoryDigits}) in large type with the category's number small beside it, marked
 * when another category draws the same class; before that, the numbers only. Toolkit-free, so it is tested alone.
 */
final class CategoryButtonTexts {
    /**
     * @param main   the button's text: the class drawn (marked when shared), or the category's number
     * @param index  the small "c3" beside it; empty while only numbers are shown
     * @param shared whether another category draws the same class
     */
    record Button(String main, String index, boolean shared, String tooltip) {
    }

    private CategoryButtonTexts() {
    }

    /** One per category of {@code categories}; {@code digits} null while the test images are not encoded. */
    static List<Button> of(int categories, CategoryDigits digits, List<String> classNames) {
        List<Button> buttons = new ArrayList<>();
        for (int k = 0; k < categories; k++) {
            buttons.add(digits == null || k >= digits.categories() ? unmatched(k) : matched(k, digits, classNames));
        }
        return buttons;
    }

    private static Button unmatched(int k) {
        return new Button(Integer.toString(k), "", false, I18n.text("explore.category.tooltip.unmatched",
                Integer.toString(k)));
    }

    private static Button matched(int k, CategoryDigits d, List<String> classNames) {
        int drawn = d.drawnClass(k);
        String index = I18n.text("explore.category.index", Integer.toString(k));
        if (drawn < 0) {
            return new Button("–", index, false, I18n.text("explore.category.tooltip.empty", index));
        }
        String name = className(drawn, classNames);
        List<Integer> same = d.drawingTheSame(k);
        boolean shared = same.size() > 1;
        StringBuilder tooltip = new StringBuilder(I18n.text("explore.category.tooltip", index, name,
                I18n.integer(d.images(k, drawn)), I18n.integer(d.images(k))));
        if (shared) {
            tooltip.append('\n').append(sharing(same, name));
        }
        int counted = d.matchedClass(k);
        if (counted >= 0 && counted != drawn) {
            tooltip.append('\n').append(I18n.text("explore.category.tooltip.countedAs", index,
                    className(counted, classNames), I18n.integer(d.images(k, counted))));
        }
        return new Button(shared ? I18n.text("explore.category.shared", name) : name, index, shared,
                tooltip.toString());
    }

    /**
     * What category {@code k} draws, as its button says it ("3", or "3*" when another category draws 3 too), for
     * every other place that names a category (the traversal's rows, the Draw tab's bars), so they never name it
     * differently from its button; null while {@code matching} is not known or when no test image falls in it.
     */
    static String drawnName(ClusterMatching matching, int k, List<String> classNames) {
        if (matching == null || k >= matching.classOfCategory().length) {
            return null;
        }
        CategoryDigits d = CategoryDigits.of(matching);
        int drawn = d.drawnClass(k);
        if (drawn < 0) {
            return null;
        }
        String name = className(drawn, classNames);
        return d.drawingTheSame(k).size() > 1 ? I18n.text("explore.category.shared", name) : name;
    }

    /** "c3 and c7 both draw 3", "c1, c3 and c7 all draw 3". */
    static String sharing(List<Integer> categories, String className) {
        List<String> names = categories.stream()
                .map(k -> I18n.text("explore.category.index", Integer.toString(k))).toList();
        return I18n.text(names.size() == 2 ? "explore.category.sharedTwo" : "explore.category.sharedMany",
                list(names, "explore.list.and"), className);
    }

    /** Under the buttons: the classes no category draws ("No category draws 5."), or empty. */
    static String drawnByNone(CategoryDigits d, List<String> classNames) {
        if (d == null || d.classesDrawnByNone().isEmpty()) {
            return "";
        }
        List<String> names = d.classesDrawnByNone().stream().map(c -> className(c, classNames)).toList();
        return I18n.text("explore.category.drawnByNone", list(names, "explore.list.or"));
    }

    /** "a", "a and b", "a, b and c" in the bundle's words ({@code lastKey}: "and" or "or"). */
    static String list(List<String> items, String lastKey) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = items.get(0);
        for (int i = 1; i < items.size() - 1; i++) {
            head = I18n.text("explore.list.next", head, items.get(i));
        }
        return I18n.text(lastKey, head, items.get(items.size() - 1));
    }

    private static String className(int c, List<String> classNames) {
        return c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }
}
