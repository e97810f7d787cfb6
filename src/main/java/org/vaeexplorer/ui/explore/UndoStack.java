package org.vaeexplorer.ui.explore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The states to go back and forward to, a memento history: each step keeps the whole state before it, so undoing
 * is putting it back and needs no inverse of the action. A new step forgets what could be redone; the oldest steps
 * are forgotten beyond {@link #capacity()}.
 *
 * @param <S> an immutable state
 */
public final class UndoStack<S> {
    private final int capacity;
    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();

    public UndoStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an undo history holds at least one step, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** A step was taken from {@code before}: it can be undone, and nothing undone before can be redone. */
    public void record(S before) {
        undo.push(before);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to from {@code current}, if any; {@code current} can then be redone. */
    public Optional<S> undo(S current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    /** The state to go forward to from {@code current}, if any; {@code current} can then be undone again. */
    public Optional<S> redo(S current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public int capacity() {
        return capacity;
    }

    /** Forgets every step (another model was opened: its points mean nothing to this one). */
    public void clear() {
        undo.clear();
        redo.clear();
    }
}
