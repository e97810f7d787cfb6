package org.vaeexplorer.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.ui.lessons.LessonAction.FollowTraining;
import org.vaeexplorer.ui.lessons.LessonAction.OpenModel;
import org.vaeexplorer.ui.lessons.LessonAction.PrepareTraining;
import org.vaeexplorer.ui.lessons.LessonAction.ShowMostUsedTraversal;
import org.vaeexplorer.ui.lessons.LessonAction.ShowView;
import org.vaeexplorer.ui.lessons.LessonAction.StartTraining;

/** The ready-made lessons, in menu order. Their texts live in {@code lessons.properties} and its translations. */
public final class Lessons {
    /**
     * Lesson 2's run: about two minutes on a two-core laptop. 6 epochs of 10,000 MNIST digits are 474 batches of
     * 128; the 100 ms pause after each (47 s in all) makes each step visible. Measured in the app, following the run
     * on Explore, on this project's shared two-core machine: 88 s (about 14 s an epoch) while no other training ran;
     * with 6,000 digits and 200 ms under a load of 17 it took 2 min 50 s and its reconstructions were still mostly 9s,
     * hence the larger subset with the shorter pause.
     */
    public static final TrainingPreset TWO_MINUTE_RUN = new TrainingPreset("mnist",
            ModelKind.named("vae"), 2, 6, 10_000, 128, 100);

    private Lessons() {
    }

    public static List<Lesson> all() {
        return List.of(
                lesson(1, "latent", List.of(new OpenModel("mnist-vae-2d.vaex"), new ShowView("plane")),
                        new ShowView("plane"), null, new ShowView("grid"), null),
                lesson(2, "training", List.of(new PrepareTraining(TWO_MINUTE_RUN)),
                        new StartTraining(), new FollowTraining(), null),
                lesson(3, "conditional", List.of(new OpenModel("fashion-cvae-2d.vaex"), new ShowView("plane")),
                        null, null, null, new ShowView("grid")),
                describing(lesson(4, "joint", List.of(new OpenModel("mnist-joint-vae.vaex"), new ShowView("plane")),
                        null, null, new ShowMostUsedTraversal(), new ShowView("clusters")),
                        JointLessonText::categories, null, JointLessonText::traversal, JointLessonText::clusters));
    }

    /** Lesson {@code number} (1-based), or null. */
    public static Lesson byNumber(int number) {
        return number >= 1 && number <= all().size() ? all().get(number - 1) : null;
    }

    /** {@code lesson} with its steps' texts about the open model (null: the step's own text only). */
    @SafeVarargs
    private static Lesson describing(Lesson lesson, Function<ExploredModel, String>... describe) {
        List<Lesson.Step> steps = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Lesson.Step s = lesson.steps().get(i);
            steps.add(new Lesson.Step(s.key(), s.action(), i < describe.length ? describe[i] : null));
        }
        return new Lesson(lesson.number(), lesson.id(), lesson.setup(), steps);
    }

    /** A lesson whose steps are {@code step1, step2...}, each with the action given (null: text only). */
    private static Lesson lesson(int number, String id, List<LessonAction> setup, LessonAction... stepActions) {
        List<Lesson.Step> steps = new ArrayList<>();
        for (int i = 0; i < stepActions.length; i++) {
            steps.add(new Lesson.Step("lesson." + id + ".step" + (i + 1), stepActions[i]));
        }
        return new Lesson(number, id, setup, steps);
    }
}
