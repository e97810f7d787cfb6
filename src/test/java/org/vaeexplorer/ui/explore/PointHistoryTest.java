package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo of the point, without a window or a model (no session: nothing is decoded). */
class PointHistoryTest {
    private LatentPointViewModel point;
    private PointHistory history;

    @BeforeEach
    void setUp() {
        point = new LatentPointViewModel(Runnable::run, m -> { });
        point.codeProperty().set(new float[2]);
        point.categoriesProperty().set(new int[1]);
        history = new PointHistory(point);
        history.reset();
    }

    @Test
    void moveLabelAndCategoryRoundTrip() {
        point.moveTo(1, 2);
        point.labelProperty().set(3);
        point.setCategory(0, 4);
        history.undo();
        assertEquals(0, point.categoriesProperty().get()[0]);
        history.undo();
        assertEquals(0, point.labelProperty().get());
        assertArrayEquals(new float[] {1, 2}, point.codeProperty().get());
        history.undo();
        assertArrayEquals(new float[] {0, 0}, point.codeProperty().get());
        assertFalse(history.canUndoProperty().get());
        history.redo();
        history.redo();
        history.redo();
        assertArrayEquals(new float[] {1, 2}, point.codeProperty().get());
        assertEquals(3, point.labelProperty().get());
        assertEquals(4, point.categoriesProperty().get()[0]);
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aDragIsOneStep() {
        point.moveTo(-1, -1);
        history.beginGesture();
        for (int i = 1; i <= 20; i++) {
            point.moveTo(i * 0.1, i * 0.05);
        }
        history.endGesture();
        history.undo();
        assertArrayEquals(new float[] {-1, -1}, point.codeProperty().get());
        history.redo();
        assertArrayEquals(new float[] {2.0f, 1.0f}, point.codeProperty().get(), 1e-6f);
    }

    @Test
    void aGestureInsideAGestureStaysOneStep() {
        history.beginGesture();
        history.beginGesture();
        point.moveTo(1, 1);
        history.endGesture();
        point.moveTo(2, 2);
        history.endGesture();
        history.undo();
        assertArrayEquals(new float[] {0, 0}, point.codeProperty().get());
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void aNewActionClearsRedo() {
        point.moveTo(1, 1);
        history.undo();
        assertTrue(history.canRedoProperty().get());
        point.labelProperty().set(2);
        assertFalse(history.canRedoProperty().get());
        history.redo();
        assertArrayEquals(new float[] {0, 0}, point.codeProperty().get());
        assertEquals(2, point.labelProperty().get());
    }

    @Test
    void theHistoryIsBounded() {
        for (int i = 1; i <= PointHistory.CAPACITY + 10; i++) {
            point.moveTo(i, 0);
        }
        int undone = 0;
        while (history.canUndoProperty().get()) {
            history.undo();
            undone++;
        }
        assertEquals(PointHistory.CAPACITY, undone);
        assertArrayEquals(new float[] {10, 0}, point.codeProperty().get());
    }

    @Test
    void settingTheSamePointAgainIsNoStep() {
        point.moveTo(0, 0);
        assertFalse(history.canUndoProperty().get());
    }
}
