package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndoStackTest {
    @Test
    void undoThenRedoRoundTrips() {
        UndoStack<String> stack = new UndoStack<>(10);
        stack.record("a");
        stack.record("b");
        assertEquals(Optional.of("b"), stack.undo("c"));
        assertEquals(Optional.of("a"), stack.undo("b"));
        assertEquals(Optional.empty(), stack.undo("a"));
        assertEquals(Optional.of("b"), stack.redo("a"));
        assertEquals(Optional.of("c"), stack.redo("b"));
        assertFalse(stack.canRedo());
    }

    @Test
    void aNewStepForgetsWhatCouldBeRedone() {
        UndoStack<String> stack = new UndoStack<>(10);
        stack.record("a");
        stack.undo("b");
        assertTrue(stack.canRedo());
        stack.record("a");
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.redo("x"));
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheCapacity() {
        UndoStack<Integer> stack = new UndoStack<>(3);
        for (int i = 0; i < 5; i++) {
            stack.record(i);
        }
        assertEquals(Optional.of(4), stack.undo(5));
        assertEquals(Optional.of(3), stack.undo(4));
        assertEquals(Optional.of(2), stack.undo(3));
        assertFalse(stack.canUndo());
        assertThrows(IllegalArgumentException.class, () -> new UndoStack<>(0));
    }
}
