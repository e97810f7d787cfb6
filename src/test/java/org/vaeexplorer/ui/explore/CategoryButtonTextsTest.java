package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.explore.CategoryDigits;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.ui.common.I18n;

/** The category buttons carry what each category draws, from a given matching, in both languages. */
class CategoryButtonTextsTest {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3");

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    /** c0 draws 0, c1 draws 1, c2 and c3 both draw 3 (c3 also holds the 2s, which the matching counts it as). */
    private static CategoryDigits shared() {
        return CategoryDigits.of(sharedMatching());
    }

    private static ClusterMatching sharedMatching() {
        int[][] confusion = {{25, 0, 0, 0}, {0, 20, 0, 0}, {0, 0, 0, 25}, {0, 0, 10, 20}};
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        int[] categories = new int[n];
        int[] labels = new int[n];
        int i = 0;
        for (int k = 0; k < 4; k++) {
            for (int c = 0; c < 4; c++) {
                for (int j = 0; j < confusion[k][c]; j++, i++) {
                    categories[i] = k;
                    labels[i] = c;
                }
            }
        }
        return ClusterMatching.of(categories, labels, 4, 4);
    }

    @Test
    void untilTheTestImagesAreEncodedTheButtonsShowIndicesOnly() {
        List<CategoryButtonTexts.Button> b = CategoryButtonTexts.of(4, null, DIGITS);
        assertEquals(List.of("0", "1", "2", "3"), b.stream().map(CategoryButtonTexts.Button::main).toList());
        assertTrue(b.stream().allMatch(x -> x.index().isEmpty() && !x.shared()));
        assertEquals("", CategoryButtonTexts.drawnByNone(null, DIGITS));
    }

    @Test
    void eachButtonCarriesTheDigitItDrawsWithItsIndexAndSharedOnesSaySo() {
        List<CategoryButtonTexts.Button> b = CategoryButtonTexts.of(4, shared(), DIGITS);
        assertEquals(List.of("0", "1", "3*", "3*"), b.stream().map(CategoryButtonTexts.Button::main).toList());
        assertEquals(List.of("c0", "c1", "c2", "c3"), b.stream().map(CategoryButtonTexts.Button::index).toList());
        assertFalse(b.get(0).shared());
        assertTrue(b.get(2).shared() && b.get(3).shared());
        assertTrue(b.get(3).tooltip().contains("c2 and c3 both draw 3"), b.get(3).tooltip());
        assertTrue(b.get(3).tooltip().contains("c3 draws 3: 20 of the 30 test images"), b.get(3).tooltip());
        assertTrue(b.get(3).tooltip().contains("counts c3 as 2"), b.get(3).tooltip());
        assertFalse(b.get(2).tooltip().contains("counts"), "c2 is matched to what it draws: " + b.get(2).tooltip());
        assertEquals("No category draws 2.", CategoryButtonTexts.drawnByNone(shared(), DIGITS));
    }

    @Test
    void inChinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<CategoryButtonTexts.Button> b = CategoryButtonTexts.of(4, shared(), DIGITS);
        assertTrue(b.get(2).tooltip().contains("c2 和 c3 都画 3"), b.get(2).tooltip());
        assertEquals("没有类别画 2。", CategoryButtonTexts.drawnByNone(shared(), DIGITS));
    }

    @Test
    void listsOfThreeUseTheBundlesSeparators() {
        assertEquals("c1, c3 and c7", CategoryButtonTexts.list(List.of("c1", "c3", "c7"), "explore.list.and"));
        assertEquals("5 or 8", CategoryButtonTexts.list(List.of("5", "8"), "explore.list.or"));
    }

    @Test
    void theOtherPlacesThatNameACategoryNameItAsItsButtonDoesNotAsTheMatchingCountsIt() {
        ClusterMatching m = sharedMatching();
        assertEquals(2, m.classOfCategory()[3], "the matching counts c3 as 2, the class no other category takes");
        List<String> names = java.util.stream.IntStream.range(0, 4)
                .mapToObj(k -> CategoryButtonTexts.drawnName(m, k, DIGITS)).toList();
        assertEquals(CategoryButtonTexts.of(4, shared(), DIGITS).stream().map(CategoryButtonTexts.Button::main)
                .toList(), names);
        assertEquals(null, CategoryButtonTexts.drawnName(null, 0, DIGITS));
    }
}
