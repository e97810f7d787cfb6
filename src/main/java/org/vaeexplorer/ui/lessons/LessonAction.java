package org.vaeexplorer.ui.lessons;

/**
 * One thing a lesson does to the window, as data: a lesson's setup is a list of these, and a step of its text may
 * carry one as a button. {@link #apply} returns false when it could not be done; {@link #failureKey} says why.
 */
public sealed interface LessonAction {
    boolean apply(LessonActions actions);

    /** The lessons-bundle key of the notice shown when {@link #apply} returned false. */
    default String failureKey() {
        return "lessons.notice.failed";
    }

    /** The arguments of {@link #failureKey}'s text (the missing file's name, for one). */
    default java.util.List<String> failureArgs() {
        return java.util.List.of();
    }

    /** Whether this replaces the Train page's form or run, so a running training run is asked about first. */
    default boolean touchesTraining() {
        return false;
    }

    /** Opens {@code file} from the shipped {@code models/} folder in Explore. */
    record OpenModel(String file) implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            return actions.openShippedModel(file);
        }

        @Override
        public String failureKey() {
            return "lessons.notice.noModel";
        }

        @Override
        public java.util.List<String> failureArgs() {
            return java.util.List.of(file);
        }
    }

    /** Opens {@code file} from the shipped {@code models/} folder in Explore, on {@code view} (null: as it is). */
    record OpenModelOn(String file, String view) implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            if (!actions.openShippedModel(file)) {
                return false;
            }
            if (view != null) {
                actions.showExploreView(view);
            }
            return true;
        }

        @Override
        public String failureKey() {
            return "lessons.notice.noModel";
        }

        @Override
        public java.util.List<String> failureArgs() {
            return java.util.List.of(file);
        }
    }

    /**
     * Shows {@code file} of the shipped {@code models/} folder beside the model a lesson opens just before (the
     * pair); when it is not shipped yet, the lesson goes on with the model alone and its notice says so.
     */
    record ShowBeside(String file) implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            return actions.showShippedBesideNextOpened(file);
        }

        @Override
        public String failureKey() {
            return "lessons.notice.noPartner";
        }

        @Override
        public java.util.List<String> failureArgs() {
            return java.util.List.of(file);
        }
    }

    /** Shows one of Explore's views. */
    record ShowView(String view) implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            actions.showExploreView(view);
            return true;
        }
    }

    /** Shows Explore's traversal on the dimension the open model uses most (largest average KL). */
    record ShowMostUsedTraversal() implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            actions.showTraversalOfMostUsedDimension();
            return true;
        }
    }

    /** Fills the Train page for {@code preset}. */
    record PrepareTraining(TrainingPreset preset) implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            actions.prepareTraining(preset);
            return true;
        }

        @Override
        public boolean touchesTraining() {
            return true;
        }
    }

    /** Presses Start on the Train page. */
    record StartTraining() implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            return actions.startTraining();
        }

        @Override
        public String failureKey() {
            return "lessons.notice.cannotStart";
        }
    }

    /** Follows the training run on Explore's plane. */
    record FollowTraining() implements LessonAction {
        @Override
        public boolean apply(LessonActions actions) {
            return actions.followTraining();
        }

        @Override
        public String failureKey() {
            return "lessons.notice.nothingToFollow";
        }
    }
}
