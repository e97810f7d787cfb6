package org.vaeexplorer.ui.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * A ready-made lesson as data: its texts are keys of the lessons bundle ({@code lesson.<id>.title}, {@code .intro},
 * {@code .step1}... and {@code .step1.button} for a step with an action), and {@link #setup} is what choosing it does.
 *
 * @param number 1-based, as the menu and {@code --lesson N} count
 */
public record Lesson(int number, String id, List<LessonAction> setup, List<Step> steps,
                     java.util.function.Supplier<String> ownTitle) {
    /**
     * A paragraph of the lesson; with an action, the panel shows a button under it that does it. A step that
     * describes the open model has {@code describe}, which gives its text from what the model does, or null while
     * that is not known (then {@code key}'s text shows).
     */
    public record Step(String key, LessonAction action, java.util.function.Function<ExploredModel, String> describe) {
        public Step(String key, LessonAction action) {
            this(key, action, null);
        }

        /** The text to show about {@code model} (null: not known yet). */
        public String text(ExploredModel model) {
            String described = describe == null ? null : describe.apply(model);
            return described != null ? described : LessonTexts.text(key);
        }

        public boolean hasAction() {
            return action != null;
        }

        public String buttonKey() {
            return key + ".button";
        }
    }

    /** The key an own lesson's steps carry (their text comes from the session, their button from this key). */
    public static final String OWN_STEP_KEY = "lessons.session.step";
    /** The button of an own lesson's step that shows a view: {@link Step#buttonKey()} of {@link #OWN_STEP_KEY}. */
    static final String OWN_STEP_BUTTON_KEY = "lessons.session.step.button";

    public Lesson {
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
    }

    /** A built-in lesson, its texts in the lessons bundle. */
    public Lesson(int number, String id, List<LessonAction> setup, List<Step> steps) {
        this(number, id, setup, steps, null);
    }

    /**
     * A teacher's lesson from a session file (issue 33): its title and steps are the teacher's text, given in the
     * UI's language when asked; a step with a view to show has the button {@link #OWN_STEP_KEY}{@code .button}.
     */
    public static Lesson own(java.util.function.Supplier<String> title, List<Step> steps) {
        return new Lesson(0, "session", List.of(), steps, title);
    }

    public boolean isOwn() {
        return ownTitle != null;
    }

    /** The title in the UI's language. */
    public String title() {
        return isOwn() ? ownTitle.get() : LessonTexts.text(titleKey());
    }

    public String titleKey() {
        return "lesson." + id + ".title";
    }

    public String introKey() {
        return "lesson." + id + ".intro";
    }

    /** True when the setup replaces the Train page's form or run. */
    public boolean touchesTraining() {
        return setup.stream().anyMatch(LessonAction::touchesTraining);
    }

    /** Every bundle key this lesson shows. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(isOwn() ? List.of() : List.of(titleKey(), introKey()));
        for (Step s : steps) {
            if (!isOwn()) {
                keys.add(s.key());
            }
            if (s.hasAction()) {
                keys.add(isOwn() ? OWN_STEP_BUTTON_KEY : s.buttonKey());
            }
        }
        return keys;
    }
}
