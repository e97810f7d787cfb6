package org.vaeexplorer.ui.explore;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of the explored point: moves on the plane (and by the sliders), the CVAE's label and the Joint
 * VAE's categories. It watches the point's properties, so every way of changing them is a step; a gesture (a drag
 * on the plane, a jump to a test image that sets code, label and categories at once) is one step however many
 * changes it makes.
 */
public final class PointHistory {
    /** Steps kept: a lesson's worth of exploring, and a few kilobytes for a model of many dimensions. */
    static final int CAPACITY = 200;

    /** The point as undo puts it back. */
    record State(float[] code, int label, int[] categories) {
        boolean sameAs(State o) {
            return Arrays.equals(code, o.code) && label == o.label && Arrays.equals(categories, o.categories);
        }
    }

    private final LatentPointViewModel point;
    private final UndoStack<State> stack = new UndoStack<>(CAPACITY);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private State current;
    private State gestureStart;
    private int gestureDepth;
    private boolean restoring;

    PointHistory(LatentPointViewModel point) {
        this.point = point;
        current = now();
        point.codeProperty().addListener((o, was, now) -> changed());
        point.labelProperty().addListener((o, was, now) -> changed());
        point.categoriesProperty().addListener((o, was, now) -> changed());
    }

    /** A drag or another many-change action begins: what follows until {@link #endGesture} is one step. */
    public void beginGesture() {
        if (gestureDepth++ == 0) {
            gestureStart = current;
        }
    }

    /** The gesture ends: one step back to where it began, if it moved anything. */
    public void endGesture() {
        if (gestureDepth == 0 || --gestureDepth > 0) {
            return;
        }
        finishGesture();
    }

    private void finishGesture() {
        gestureDepth = 0;
        State start = gestureStart;
        gestureStart = null;
        if (start != null && !start.sameAs(current)) {
            stack.record(start);
            updateFlags();
        }
    }

    public void undo() {
        finishGesture();
        restore(stack.undo(current));
    }

    public void redo() {
        finishGesture();
        restore(stack.redo(current));
    }

    /** Forgets every step: called when another model is shown, whose point is not this one's. */
    void reset() {
        stack.clear();
        gestureStart = null;
        gestureDepth = 0;
        current = now();
        updateFlags();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void changed() {
        if (restoring) {
            return;
        }
        State next = now();
        if (next.sameAs(current)) {
            return;
        }
        if (gestureStart == null) {
            stack.record(current);
            updateFlags();
        }
        current = next;
    }

    private void restore(Optional<State> target) {
        target.ifPresent(s -> {
            restoring = true;
            try {
                point.restore(s.code(), s.label(), s.categories());
            } finally {
                restoring = false;
            }
            current = now();
        });
        updateFlags();
    }

    private State now() {
        return new State(point.codeProperty().get().clone(), point.labelProperty().get(),
                point.categoriesProperty().get().clone());
    }

    private void updateFlags() {
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
    }
}
