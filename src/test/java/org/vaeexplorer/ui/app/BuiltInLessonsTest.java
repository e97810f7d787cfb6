package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.lessons.ExploredModel;
import org.vaeexplorer.ui.lessons.Lesson;
import org.vaeexplorer.ui.lessons.LessonAction;
import org.vaeexplorer.ui.lessons.Lessons;

/**
 * The six built-in lessons are session files in the resources (issue 33): they load through the session format,
 * every text is in both languages, lesson 2's run is the documented one, and lesson 4 still writes its texts from
 * the open model's own cluster matching.
 */
class BuiltInLessonsTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void theBuiltInLessonsLoadFromTheirSessionFiles() {
        List<Lesson> lessons = BuiltInLessons.all();
        assertEquals(List.of("latent", "training", "conditional", "joint", "disentangled", "blurry"),
                lessons.stream().map(Lesson::id).toList());
        for (int n = 1; n <= Lessons.FILES.size(); n++) {
            SessionFile file = BuiltInLessons.session(n);
            Lesson lesson = lessons.get(n - 1);
            assertNotNull(file.lesson(), "lesson " + n + " is a session with a lesson");
            assertEquals(file.lesson().title().en(), lesson.title(), "the title is the file's");
            assertEquals(file.lesson().steps().size(), lesson.steps().size());
            for (int i = 0; i < lesson.steps().size(); i++) {
                assertEquals(file.lesson().steps().get(i).text().en(), lesson.steps().get(i).text(null),
                        "lesson " + n + " step " + (i + 1) + " says the file's text");
            }
        }
        assertEquals(List.of(new LessonAction.OpenModel("mnist-vae-2d.vaex"), new LessonAction.ShowView("plane")),
                lessons.get(0).setup(), "the session's model on its view");
        assertEquals(List.of(new LessonAction.PrepareTraining(Lessons.TWO_MINUTE_RUN)), lessons.get(1).setup(),
                "lesson 2's file holds the documented two-minute run");
        assertEquals(List.of(new LessonAction.OpenModel("mnist-joint-vae.vaex"), new LessonAction.ShowView("plane")),
                lessons.get(3).setup());
        assertEquals(List.of(new LessonAction.ShowBeside("mnist-cvae-gan.vaex"),
                new LessonAction.OpenModel("mnist-cvae-2d.vaex"), new LessonAction.ShowView("plane")),
                lessons.get(5).setup(), "the blur lesson opens the CVAE with the CVAE-GAN beside it");
    }

    @Test
    void theDisentanglementLessonOpensEachSpritesModelOnItsTraversal() {
        Lesson lesson = BuiltInLessons.all().get(4);
        assertEquals(List.of(new LessonAction.OpenModel("sprites-vae.vaex"), new LessonAction.ShowView("traversal")),
                lesson.setup(), "the plain VAE first, on the traversal named by factor");
        assertEquals(List.of(new LessonAction.ShowView("traversal"), new LessonAction.ShowView("factors"),
                new LessonAction.OpenModelOn("sprites-beta-vae.vaex", "traversal"),
                new LessonAction.OpenModelOn("sprites-beta-tcvae.vaex", "traversal"),
                new LessonAction.ShowView("factors")), lesson.steps().stream().map(Lesson.Step::action).toList());
    }

    @Test
    void everyTextIsInBothLanguagesAndTheChineseIsChinese() {
        for (int n = 1; n <= Lessons.FILES.size(); n++) {
            SessionFile.Lesson lesson = BuiltInLessons.session(n).lesson();
            List<SessionFile.Text> texts = new ArrayList<>(List.of(lesson.title(), lesson.intro()));
            for (SessionFile.Step step : lesson.steps()) {
                texts.add(step.text());
                if (step.view() != null || step.action() != null) {
                    assertNotNull(step.button(), "lesson " + n + ": a step that does something names its button");
                    texts.add(step.button());
                }
            }
            for (SessionFile.Text t : texts) {
                assertTrue(t.en() != null && !t.en().isBlank() && t.zh() != null && !t.zh().isBlank(),
                        "lesson " + n + ": " + t);
                assertTrue(t.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), "lesson " + n + " in Chinese: " + t.zh());
            }
        }
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Lesson latent = BuiltInLessons.all().get(0);
        assertTrue(latent.intro().contains("隐空间"), latent.intro());
        assertEquals(BuiltInLessons.session(1).lesson().steps().get(0).button().zh(),
                latent.steps().get(0).buttonText());
    }

    @Test
    void theJointLessonStillWritesItsTextsFromTheModelsOwnClusterMatching() {
        Lesson joint = BuiltInLessons.all().get(3);
        ExploredModel unknown = new ExploredModel(null, List.of("0", "1", "2", "3"), -1, Double.NaN);
        String ownText = BuiltInLessons.session(4).lesson().steps().get(0).text().en();
        assertEquals(ownText, joint.steps().get(0).text(unknown), "until the test images are encoded");

        // Four categories over digits 0-3: c2 and c3 (as the buttons count, from 1) both draw 3, none draws 2.
        int[] categories = new int[100];
        int[] labels = new int[100];
        int[][] groups = {{0, 0, 25}, {1, 1, 20}, {2, 3, 25}, {3, 3, 20}, {3, 2, 10}};
        int i = 0;
        for (int[] g : groups) {
            for (int j = 0; j < g[2]; j++, i++) {
                categories[i] = g[0];
                labels[i] = g[1];
            }
        }
        ExploredModel model = new ExploredModel(CategoryDigits.of(ClusterMatching.of(categories, labels, 4, 4)),
                List.of("0", "1", "2", "3"), 2, 1.93);
        String described = joint.steps().get(0).text(model);
        assertNotEquals(ownText, described);
        assertEquals(Lessons.describing("joint.categories").apply(model), described);
        assertTrue(described.contains("c2 and c3 both draw 3") && described.contains("no category draws 2"),
                described);
        assertTrue(joint.steps().get(2).text(model).contains("z3"), "the traversal's dimension is the model's");
        assertTrue(joint.steps().get(3).text(model).contains("80.0%"), joint.steps().get(3).text(model));
        assertEquals(new LessonAction.ShowMostUsedTraversal(), joint.steps().get(2).action());
        assertEquals(new LessonAction.ShowView("clusters"), joint.steps().get(3).action());
    }
}
