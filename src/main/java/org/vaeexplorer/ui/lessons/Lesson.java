package org.vaeexplorer.ui.lessons;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A lesson as the panel shows it: a title, an introduction, numbered steps and what choosing it does ({@link #setup}).
 * The built-in lessons and a teacher's are the same thing, read from session files (issue 33): the texts are the
 * file's, in the UI's language when asked.
 *
 * @param number 1-based for a built-in lesson, as the menu and {@code --lesson N} count; 0 for a session's lesson
 * @param id     the built-in lesson's name ({@code latent}, {@code training}...), {@code session} for a session's
 * @param titleText  the title in the UI's language when asked
 * @param introText  the introduction ("" for none)
 */
public record Lesson(int number, String id, List<LessonAction> setup, List<Step> steps, Supplier<String> titleText,
                     Supplier<String> introText) {
    /**
     * A paragraph of the lesson; with an action, the panel shows a button under it that does it. A step that
     * describes the open model has {@code describe}, which gives its text from what the model does, or null while
     * that is not known (then its own text shows).
     */
    public record Step(LessonAction action, Function<ExploredModel, String> describe, Supplier<String> text,
                       Supplier<String> button) {
        /** The text to show about {@code model}. */
        public String text(ExploredModel model) {
            String described = describe == null ? null : describe.apply(model);
            if (described != null) {
                return described;
            }
            String own = text == null ? null : text.get();
            return own == null || own.isBlank() ? LessonTexts.text(NO_TEXT_KEY) : own;
        }

        public boolean hasAction() {
            return action != null;
        }

        /** The button's text: the step's own, or the lessons bundle's "Show this view". */
        public String buttonText() {
            String own = button == null ? null : button.get();
            return own == null || own.isBlank() ? LessonTexts.text(DEFAULT_BUTTON_KEY) : own;
        }
    }

    /** What a step without text shows. */
    static final String NO_TEXT_KEY = "lessons.session.step";
    /** The button of a step whose file gives it no text. */
    static final String DEFAULT_BUTTON_KEY = "lessons.session.step.button";

    public Lesson {
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
    }

    /** A teacher's lesson opened with a session: the session itself has set the window up. */
    public static Lesson own(Supplier<String> title, Supplier<String> intro, List<Step> steps) {
        return new Lesson(0, "session", List.of(), steps, title, intro);
    }

    /** Whether this is a session's own lesson rather than one of the Lessons menu's. */
    public boolean isOwn() {
        return number == 0;
    }

    /** The title in the UI's language. */
    public String title() {
        return titleText.get();
    }

    /** The introduction in the UI's language ("" for none). */
    public String intro() {
        String text = introText == null ? null : introText.get();
        return text == null ? "" : text;
    }

    /** True when the setup replaces the Train page's form or run. */
    public boolean touchesTraining() {
        return setup.stream().anyMatch(LessonAction::touchesTraining);
    }
}
