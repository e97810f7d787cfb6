package org.vaeexplorer.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.lessons.Lesson;
import org.vaeexplorer.ui.lessons.LessonAction;
import org.vaeexplorer.ui.lessons.Lessons;
import org.vaeexplorer.ui.lessons.TrainingPreset;

/**
 * A session file's lesson as the lesson panel shows it: the same for a teacher's session and for the built-in
 * lessons, which are session files too (issue 33). Its texts are read in the UI's language each time they are shown.
 */
final class SessionLessons {
    private SessionLessons() {
    }

    /**
     * The lesson of {@code session}; {@code number} 0 for a session's own. Its setup, done when it is chosen from the
     * Lessons menu or opened: fill the Train page with its training run, if it has one, and if {@code opensModel}
     * open its model on its view (a session opened from a file has opened its model itself).
     */
    static Lesson of(int number, String id, SessionFile session, boolean opensModel) {
        SessionFile.Lesson lesson = session.lesson();
        List<LessonAction> setup = new ArrayList<>();
        if (lesson.training() != null) {
            setup.add(new LessonAction.PrepareTraining(preset(lesson.training())));
        }
        if (opensModel && session.model() != null && !session.model().isBlank()) {
            if (session.pair() != null && !session.pair().isBlank()) {
                // Asked before the model opens: its opening looks for the model to show beside it.
                setup.add(new LessonAction.ShowBeside(session.pair()));
            }
            setup.add(new LessonAction.OpenModel(session.model()));
            if (session.view() != null) {
                setup.add(new LessonAction.ShowView(session.view()));
            }
        }
        List<Lesson.Step> steps = new ArrayList<>();
        for (SessionFile.Step step : lesson.steps()) {
            steps.add(new Lesson.Step(Lessons.action(step.action(), step.view(), step.model()), Lessons.describing(step.describe()),
                    text(step.text()), step.button() == null ? null : text(step.button())));
        }
        return new Lesson(number, id, setup, steps, text(lesson.title()), text(lesson.intro()));
    }

    static TrainingPreset preset(SessionFile.Training t) {
        return new TrainingPreset(t.dataset(), ModelKind.named(t.kind()), t.latent(), t.epochs(), t.trainImages(),
                t.batchSize(), t.delayMillis());
    }

    /** {@code text} in the UI's language when asked ("" for none). */
    private static Supplier<String> text(SessionFile.Text text) {
        return () -> text == null ? "" : text.in(I18n.locale().toLanguageTag());
    }
}
