package org.vaeexplorer.ui.lessons;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.ui.common.I18n;

/**
 * Lesson 4's sentences about the open model, computed from its own cluster matching and KLs when they are known:
 * which categories draw the same digit, which digit none draws, the accuracy, the dimension it uses most. Each
 * returns null while the facts are not known, and the panel shows the step's own text, which claims nothing
 * about a particular model.
 */
final class JointLessonText {
    private JointLessonText() {
    }

    /** Step 1: the category buttons, and what this model's categories draw. */
    static String categories(ExploredModel m) {
        CategoryDigits d = m == null ? null : m.digits();
        if (d == null) {
            return null;
        }
        List<String> facts = new ArrayList<>();
        for (List<Integer> group : d.sharedClasses()) {
            List<String> names = group.stream().map(k -> LessonTexts.text("lesson.joint.model.category",
                    Integer.toString(k))).toList();
            facts.add(LessonTexts.text(group.size() == 2 ? "lesson.joint.model.sharedTwo"
                    : "lesson.joint.model.sharedMany", list(names, "lessons.list.and"),
                    m.className(d.drawnClass(group.get(0)))));
        }
        List<Integer> none = d.classesDrawnByNone();
        if (!none.isEmpty()) {
            facts.add(LessonTexts.text("lesson.joint.model.none",
                    list(none.stream().map(m::className).toList(), "lessons.list.or")));
        }
        String model = facts.isEmpty() ? LessonTexts.text("lesson.joint.model.allOwn")
                : LessonTexts.text("lesson.joint.model.facts", list(facts, "lessons.list.clauses"));
        return LessonTexts.text("lesson.joint.step1.model", model);
    }

    /** Step 3: the traversal, on the dimension this model uses most. */
    static String traversal(ExploredModel m) {
        if (m == null || m.mostUsedDim() < 0) {
            return null;
        }
        return LessonTexts.text("lesson.joint.step3.model", Integer.toString(m.mostUsedDim() + 1),
                String.format(I18n.locale(), "%.2f", m.mostUsedKl()));
    }

    /** Step 4: the clusters, with this model's accuracy against guessing. */
    static String clusters(ExploredModel m) {
        CategoryDigits d = m == null ? null : m.digits();
        if (d == null || d.classes() == 0) {
            return null;
        }
        return LessonTexts.text("lesson.joint.step4.model",
                String.format(I18n.locale(), "%.1f", 100 * d.accuracy()),
                NumberFormat.getIntegerInstance(I18n.locale()).format(d.testImages()),
                String.format(I18n.locale(), "%.0f", 100.0 / d.classes()));
    }

    /** "a", "a and b", "a, b and c" in the lessons bundle's words. */
    static String list(List<String> items, String lastKey) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = items.get(0);
        for (int i = 1; i < items.size() - 1; i++) {
            head = LessonTexts.text("lessons.list.next", head, items.get(i));
        }
        return LessonTexts.text(lastKey, head, items.get(items.size() - 1));
    }
}
