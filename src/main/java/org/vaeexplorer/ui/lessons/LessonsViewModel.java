package org.vaeexplorer.ui.lessons;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.DialogService;

/**
 * The Lessons menu and side panel: which lesson is open, whether its panel shows, and doing a lesson's setup or a
 * step's action through {@link LessonActions}. A lesson only sets things up; it never ends the teacher's work
 * without asking: one that replaces the Train page's run asks first, and does nothing when the answer is no.
 */
public final class LessonsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LessonsViewModel.class);

    /** Something the panel tells the teacher (a step that could not be done), kept as a key so it can be re-read. */
    public record Notice(String key, List<Object> args) {
        public Notice {
            args = List.copyOf(args);
        }

        public String text() {
            return LessonTexts.text(key, args.toArray());
        }
    }

    private final List<Lesson> lessons;
    private final LessonActions actions;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty panelShown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<ExploredModel> exploredModel = new SimpleObjectProperty<>();

    public LessonsViewModel(List<Lesson> lessons, LessonActions actions, DialogService dialogs) {
        this.lessons = List.copyOf(lessons);
        this.actions = actions;
        this.dialogs = dialogs;
        // The panel can only show a lesson.
        current.addListener((o, was, now) -> {
            if (now == null) {
                panelShown.set(false);
            }
        });
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /**
     * Opens {@code lesson}: asks first if its setup would replace a running training run (no: nothing happens and
     * false is returned), then does its setup and shows its panel.
     */
    public boolean choose(Lesson lesson) {
        if (lesson.touchesTraining() && !mayReplaceTraining()) {
            LOG.info("lesson {} not set up: the teacher kept the training run", lesson.number());
            return false;
        }
        current.set(lesson);
        panelShown.set(true);
        notice.set(null);
        lesson.setup().forEach(this::apply);
        return true;
    }

    /** Lesson {@code number} (1-based, as {@code --lesson N}); false if there is none or it was not set up. */
    public boolean choose(int number) {
        if (number < 1 || number > lessons.size()) {
            LOG.warn("no lesson {} (there are {})", number, lessons.size());
            return false;
        }
        return choose(lessons.get(number - 1));
    }

    /** The button of a step of the open lesson: does its action, asking first as {@link #choose} does. */
    public void doStep(Lesson.Step step) {
        if (!step.hasAction()) {
            return;
        }
        if (step.action().touchesTraining() && !mayReplaceTraining()) {
            return;
        }
        notice.set(null);
        apply(step.action());
    }

    private boolean mayReplaceTraining() {
        if (!actions.isTraining()) {
            return true;
        }
        boolean stop = dialogs.confirm(LessonTexts.text("lessons.confirm.title"),
                LessonTexts.text("lessons.confirm.question"), LessonTexts.text("lessons.confirm.stop"),
                LessonTexts.text("lessons.confirm.keep"));
        if (stop) {
            actions.stopTraining();
        }
        return stop;
    }

    private void apply(LessonAction action) {
        if (!action.apply(actions)) {
            LOG.warn("a lesson step could not be done: {}", action);
            notice.set(new Notice(action.failureKey(), List.<Object>copyOf(action.failureArgs())));
        }
    }

    /** Hides the panel; the lesson stays chosen, so the menu can show it again. */
    public void closePanel() {
        panelShown.set(false);
    }

    /** Shows the chosen lesson's panel again, without redoing its setup. */
    public void reopenPanel() {
        panelShown.set(current.get() != null);
    }

    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanProperty panelShownProperty() {
        return panelShown;
    }

    /** What the model open in Explore does (null: none open); the shell keeps it current. */
    public ObjectProperty<ExploredModel> exploredModelProperty() {
        return exploredModel;
    }

    /** The text of {@code step} of the open lesson, about the model open now where the step describes it. */
    public String stepText(Lesson.Step step) {
        return step.text(exploredModel.get());
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
