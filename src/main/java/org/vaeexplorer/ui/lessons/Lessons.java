package org.vaeexplorer.ui.lessons;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.model.ModelKind;

/**
 * The built-in lessons' files and what their words stand for. Each built-in lesson is a session file in the
 * resources beside this class (issue 33), read by the app as any session is; a lesson's step names its action and
 * its text about the open model by the words listed here.
 */
public final class Lessons {
    private static final Logger LOG = LoggerFactory.getLogger(Lessons.class);
    /** The built-in lessons' session files, in menu order, in the resource folder {@link #FOLDER}. */
    public static final List<String> FILES = List.of("1-latent.vaexs", "2-training.vaexs", "3-conditional.vaexs",
            "4-joint.vaexs", "5-disentangled.vaexs", "6-blurry.vaexs");
    public static final String FOLDER = "/org/vaeexplorer/ui/lessons/builtin/";

    /**
     * Lesson 2's run (its session file holds these numbers; a test holds the file to them): about two minutes on a
     * two-core laptop. 6 epochs of 10,000 MNIST digits are 474 batches of 128; the 100 ms pause after each (47 s in
     * all) makes each step visible. Measured in the app, following the run on Explore, on this project's shared
     * two-core machine: 88 s (about 14 s an epoch) while no other training ran; with 6,000 digits and 200 ms under a
     * load of 17 it took 2 min 50 s and its reconstructions were still mostly 9s, hence the larger subset with the
     * shorter pause.
     */
    public static final TrainingPreset TWO_MINUTE_RUN = new TrainingPreset("mnist",
            ModelKind.named("vae"), 2, 6, 10_000, 128, 100);

    private Lessons() {
    }

    /**
     * What a step does: with a {@code model} (a file of the shipped {@code models/} folder), open it on
     * {@code view}, as lesson 5 opens each sprites model on its traversal; otherwise {@link #action(String, String)}.
     */
    public static LessonAction action(String name, String view, String model) {
        return model == null || model.isBlank() ? action(name, view) : new LessonAction.OpenModelOn(model, view);
    }

    /**
     * The action a step's file names: {@code startTraining}, {@code followTraining}, {@code mostUsedTraversal}; a
     * step that only names a {@code view} shows it. Null for neither (an unknown word is logged).
     */
    public static LessonAction action(String name, String view) {
        if (name == null) {
            return view == null ? null : new LessonAction.ShowView(view);
        }
        return switch (name) {
            case "startTraining" -> new LessonAction.StartTraining();
            case "followTraining" -> new LessonAction.FollowTraining();
            case "mostUsedTraversal" -> new LessonAction.ShowMostUsedTraversal();
            default -> {
                LOG.warn("a lesson step names an action the app does not know: {}", name);
                yield view == null ? null : new LessonAction.ShowView(view);
            }
        };
    }

    /**
     * The text about the open model a step's file names ({@code joint.categories}, {@code joint.traversal},
     * {@code joint.clusters}: what the Joint VAE's own cluster matching and KLs say), or null.
     */
    public static Function<ExploredModel, String> describing(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "joint.categories" -> JointLessonText::categories;
            case "joint.traversal" -> JointLessonText::traversal;
            case "joint.clusters" -> JointLessonText::clusters;
            default -> {
                LOG.warn("a lesson step names a description the app does not know: {}", name);
                yield null;
            }
        };
    }

    /** The built-in lesson {@code number} (1-based) of {@code lessons}, or null. */
    public static Lesson byNumber(List<Lesson> lessons, int number) {
        return number >= 1 && number <= lessons.size() ? lessons.get(number - 1) : null;
    }
}
