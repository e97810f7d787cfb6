package org.vaeexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/** Lesson 4 says what the open model does, from its own matching and KLs, in both languages. */
class JointLessonTextTest {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3");

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    /** Four categories over digits 0-3: c1 and c3 both draw 3, none draws 2 (the matching counts c3 as 2). */
    private static ExploredModel sharedModel() {
        int[] categories = new int[100];
        int[] labels = new int[100];
        int i = 0;
        i = put(categories, labels, i, 0, 0, 25);
        i = put(categories, labels, i, 1, 1, 20);
        i = put(categories, labels, i, 2, 3, 25);
        i = put(categories, labels, i, 3, 3, 20);
        put(categories, labels, i, 3, 2, 10);
        ClusterMatching m = ClusterMatching.of(categories, labels, 4, 4);
        return new ExploredModel(CategoryDigits.of(m), DIGITS, 4, 1.93);
    }

    private static int put(int[] categories, int[] labels, int from, int category, int label, int n) {
        for (int j = from; j < from + n; j++) {
            categories[j] = category;
            labels[j] = label;
        }
        return from + n;
    }

    @Test
    void theCategoriesStepNamesTheSharedDigitAndTheMissingOne() {
        String text = JointLessonText.categories(sharedModel());
        assertTrue(text.contains("c2 and c3 both draw 3, and no category draws 2"), text);
        assertFalse(text.contains("4 and 9"), "no sentence written for another model: " + text);
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        String zh = JointLessonText.categories(sharedModel());
        assertTrue(zh.contains("c2 和 c3 都画 3") && zh.contains("没有类别画 2"), zh);
    }

    @Test
    void aModelWhoseDigitsAllHaveACategorySaysSo() {
        int[] categories = {0, 1, 2, 3, 0, 1, 2, 3};
        int[] labels = {0, 1, 2, 3, 0, 1, 2, 3};
        ExploredModel m = new ExploredModel(CategoryDigits.of(ClusterMatching.of(categories, labels, 4, 4)), DIGITS,
                0, 0.5);
        String text = JointLessonText.categories(m);
        assertTrue(text.contains("every digit has a category of its own"), text);
        assertTrue(JointLessonText.clusters(m).contains("100.0% of the 8 test images"), JointLessonText.clusters(m));
        assertTrue(JointLessonText.clusters(m).contains("guessing: 25%"), JointLessonText.clusters(m));
    }

    @Test
    void theAccuracyAndTheMostUsedDimensionAreTheModelsOwn() {
        ExploredModel m = sharedModel();
        // c0..c2 matched to their digits (70 images), c3 counted as 2 (10): 80 of 100.
        assertTrue(JointLessonText.clusters(m).contains("80.0% of the 100 test images"), JointLessonText.clusters(m));
        assertTrue(JointLessonText.traversal(m).contains("z5 swept") && JointLessonText.traversal(m).contains("1.93"),
                JointLessonText.traversal(m));
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertTrue(JointLessonText.traversal(m).contains("z5"), JointLessonText.traversal(m));
    }

    @Test
    void largeCountsAreGroupedAsTheLanguageWritesThem() {
        int n = 10_000;
        int[] categories = new int[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            categories[i] = i % 4;
            labels[i] = i % 4;
        }
        ExploredModel m = new ExploredModel(CategoryDigits.of(ClusterMatching.of(categories, labels, 4, 4)), DIGITS,
                0, 0.5);
        assertTrue(JointLessonText.clusters(m).contains("of the 10,000 test images"), JointLessonText.clusters(m));
    }
}
