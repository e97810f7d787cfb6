package org.vaeexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** English counts agree with their nouns ("Trained 1 epochs" and "1 runs" were seen on the Train and Models pages). */
class PluralsTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void oneEpochIsSingularAndMoreArePlural() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Trained 1 epoch.", I18n.text("train.run.completed", 1));
        assertEquals("Trained 12 epochs.", I18n.text("train.run.completed", 12));
    }

    @Test
    void theModelsHeadingCountsCheckpointsAndRunsInTheirNumber() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("9 checkpoints: the shipped ones, and 1 run in /r", I18n.text("models.headingFound", 1, 9, "/r"));
        assertEquals("1 checkpoint: the shipped ones, and 0 runs in /r", I18n.text("models.headingFound", 0, 1, "/r"));
        assertEquals("10 checkpoints: the shipped ones, and 2 runs in /r",
                I18n.text("models.headingFound", 2, 10, "/r"));
    }

    @Test
    void chineseCountsStayPlainNumbers() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertTrue(I18n.text("train.run.completed", 1).contains("1"), I18n.text("train.run.completed", 1));
    }
}
