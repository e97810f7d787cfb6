package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.lessons.Lesson;
import org.vaeexplorer.ui.lessons.LessonActions;
import org.vaeexplorer.ui.lessons.Lessons;
import org.vaeexplorer.ui.lessons.LessonsViewModel;
import org.vaeexplorer.ui.lessons.TrainingPreset;

/**
 * The built-in lessons' setups and steps, as their session files give them (issue 33), against a recording stand-in
 * for the shell: no toolkit, no model.
 */
class LessonsViewModelTest {
    /** Records every call; {@code training} and the answers are set by the test. */
    static final class RecordingActions implements LessonActions {
        final List<String> calls = new ArrayList<>();
        boolean training;
        boolean modelsPresent = true;
        boolean canFollow = true;
        boolean partnerPresent = true;

        @Override
        public boolean isTraining() {
            return training;
        }

        @Override
        public void stopTraining() {
            calls.add("stop");
            training = false;
        }

        @Override
        public boolean openShippedModel(String fileName) {
            calls.add("open " + fileName);
            return modelsPresent;
        }

        @Override
        public boolean showShippedBesideNextOpened(String fileName) {
            calls.add("beside " + fileName);
            return partnerPresent;
        }

        @Override
        public void showExploreView(String view) {
            calls.add("view " + view);
        }

        @Override
        public void showTraversalOfMostUsedDimension() {
            calls.add("traversal of the most used dimension");
        }

        @Override
        public void prepareTraining(TrainingPreset preset) {
            calls.add("prepare " + preset);
        }

        @Override
        public boolean startTraining() {
            calls.add("start");
            return true;
        }

        @Override
        public boolean followTraining() {
            calls.add("follow");
            return canFollow;
        }
    }

    private final RecordingActions actions = new RecordingActions();
    private final FixedDialogService dialogs = new FixedDialogService();
    private final List<Lesson> all = BuiltInLessons.all();
    private final LessonsViewModel lessons = new LessonsViewModel(all, actions, dialogs);

    @Test
    void eachLessonSetsUpWhatItSaysAndNothingMore() {
        assertTrue(lessons.choose(1));
        assertEquals(List.of("open mnist-vae-2d.vaex", "view plane"), actions.calls);
        actions.calls.clear();
        assertTrue(lessons.choose(2));
        assertEquals(List.of("prepare " + Lessons.TWO_MINUTE_RUN), actions.calls, "the lesson fills, never starts");
        actions.calls.clear();
        assertTrue(lessons.choose(3));
        assertEquals(List.of("open fashion-cvae-2d.vaex", "view plane"), actions.calls);
        actions.calls.clear();
        assertTrue(lessons.choose(4));
        assertEquals(List.of("open mnist-joint-vae.vaex", "view plane"), actions.calls);
        assertEquals(Lessons.byNumber(all, 4), lessons.currentProperty().get());
        actions.calls.clear();
        assertTrue(lessons.choose(5));
        assertEquals(List.of("open sprites-vae.vaex", "view traversal"), actions.calls);
        actions.calls.clear();
        assertTrue(lessons.choose(6));
        assertEquals(List.of("beside mnist-cvae-gan.vaex", "open mnist-cvae-2d.vaex", "view plane"), actions.calls,
                "the CVAE-GAN asked for beside the CVAE before the CVAE opens");
        assertNull(lessons.noticeProperty().get());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), all.stream().map(Lesson::number).toList());
        assertTrue(lessons.panelShownProperty().get());
        assertTrue(dialogs.titles().isEmpty(), "nothing was running, so nothing was asked");
    }

    @Test
    void lessonTwoIsASmallTwoDimensionalMnistRunInSlowMotion() {
        TrainingPreset p = Lessons.TWO_MINUTE_RUN;
        assertEquals("mnist", p.dataset());
        assertEquals(org.vaeexplorer.model.ModelKind.VAE, p.kind());
        assertEquals(2, p.latent());
        assertTrue(p.trainImages() < 60_000 && p.delayMillis() > 0, "a subset, slowed down: " + p);
        // The panel tells the class the same numbers the form gets.
        org.vaeexplorer.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        String intro = Lessons.byNumber(all, 2).intro();
        assertTrue(intro.contains(p.epochs() + " epochs") && intro.contains(p.delayMillis() + " ms")
                && intro.contains(String.format(java.util.Locale.ENGLISH, "%,d", p.trainImages())), intro);
    }

    @Test
    void stepButtonsDoTheirActions() {
        lessons.choose(1);
        actions.calls.clear();
        Lesson latent = lessons.currentProperty().get();
        latent.steps().forEach(lessons::doStep);
        assertEquals(List.of("view plane", "view grid"), actions.calls);

        lessons.choose(2);
        actions.calls.clear();
        lessons.currentProperty().get().steps().forEach(lessons::doStep);
        assertEquals(List.of("start", "follow"), actions.calls);

        lessons.choose(4);
        actions.calls.clear();
        lessons.currentProperty().get().steps().forEach(lessons::doStep);
        assertEquals(List.of("traversal of the most used dimension", "view clusters"), actions.calls);
    }

    @Test
    void aLessonForTheTrainPageAsksBeforeStoppingARunAndDoesNothingWhenTold() {
        lessons.choose(1);
        actions.calls.clear();
        actions.training = true;
        dialogs.answerQuestion(false);

        assertFalse(lessons.choose(2));
        assertEquals(List.of(), actions.calls, "no stop, no form filled");
        assertEquals(1, dialogs.titles().size(), "asked once");
        assertEquals(Lessons.byNumber(all, 1), lessons.currentProperty().get(), "the open lesson stays");
        assertTrue(actions.training);

        dialogs.answerQuestion(true);
        assertTrue(lessons.choose(2));
        assertEquals(List.of("stop", "prepare " + Lessons.TWO_MINUTE_RUN), actions.calls, "stopped first, then set up");
        assertEquals(Lessons.byNumber(all, 2), lessons.currentProperty().get());
    }

    @Test
    void lessonsThatOnlyExploreLeaveARunningRunAloneWithoutAsking() {
        actions.training = true;
        assertTrue(lessons.choose(3));
        assertTrue(dialogs.titles().isEmpty());
        assertFalse(actions.calls.contains("stop"));
        assertTrue(actions.training);
    }

    @Test
    void whatCouldNotBeDoneIsSaidInThePanel() {
        actions.modelsPresent = false;
        lessons.choose(3);
        assertEquals("lessons.notice.noModel", lessons.noticeProperty().get().key());
        assertTrue(lessons.noticeProperty().get().text().contains("fashion-cvae-2d.vaex"),
                lessons.noticeProperty().get().text());

        actions.canFollow = false;
        lessons.choose(2);
        assertNull(lessons.noticeProperty().get(), "a new lesson starts without the old notice");
        lessons.doStep(lessons.currentProperty().get().steps().get(1));
        assertEquals("lessons.notice.nothingToFollow", lessons.noticeProperty().get().key());
    }

    @Test
    void theBlurLessonWithoutTheShippedCvaeGanShowsTheCvaeAloneAndSaysSoInOneLine() {
        actions.partnerPresent = false;
        assertTrue(lessons.choose(6));
        assertEquals(List.of("beside mnist-cvae-gan.vaex", "open mnist-cvae-2d.vaex", "view plane"), actions.calls,
                "the CVAE opens all the same");
        LessonsViewModel.Notice notice = lessons.noticeProperty().get();
        assertEquals("lessons.notice.noPartner", notice.key());
        assertTrue(notice.text().contains("mnist-cvae-gan.vaex") && !notice.text().contains("\n"), notice.text());
        assertTrue(lessons.panelShownProperty().get(), "the lesson is open, not failed");
        lessons.currentProperty().get().steps().forEach(lessons::doStep);
        assertEquals(List.of("view plane", "view grid"), actions.calls.subList(3, actions.calls.size()),
                "its steps still show the views");
    }

    @Test
    void thePanelClosesAndReopensWithoutRedoingTheSetup() {
        lessons.reopenPanel();
        assertFalse(lessons.panelShownProperty().get(), "no lesson yet, no panel");
        lessons.choose(1);
        lessons.closePanel();
        assertFalse(lessons.panelShownProperty().get());
        actions.calls.clear();
        lessons.reopenPanel();
        assertTrue(lessons.panelShownProperty().get());
        assertEquals(List.of(), actions.calls);
        assertFalse(lessons.choose(0));
        assertFalse(lessons.choose(all.size() + 1));
    }
}
