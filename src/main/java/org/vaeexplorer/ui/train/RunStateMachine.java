package org.vaeexplorer.ui.train;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import org.vaeexplorer.training.RunControl;

/**
 * The Train page's run states and the commands each allows: pause only while running, resume and step only while
 * paused, cancel while either. Each command that applies is passed on to the run's {@link RunControl}.
 */
final class RunStateMachine {
    final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    /** A pause after each batch so a class can watch; applies to the current run at once. */
    final LongProperty delayMillis = new SimpleLongProperty(0);
    private RunControl control;

    RunStateMachine() {
        delayMillis.addListener((o, was, now) -> {
            if (control != null) {
                control.setDelayMillis(now.longValue());
            }
        });
    }

    /** A control for a new run, with the current delay. */
    RunControl newControl() {
        control = new RunControl();
        control.setDelayMillis(delayMillis.get());
        return control;
    }

    boolean is(RunState s) {
        return state.get() == s;
    }

    boolean pause() {
        return command(RunState.RUNNING, RunState.PAUSED, RunControl::pause);
    }

    boolean resume() {
        return command(RunState.PAUSED, RunState.RUNNING, RunControl::resume);
    }

    /** While paused, lets exactly one more batch run. */
    boolean step() {
        return command(RunState.PAUSED, RunState.PAUSED, RunControl::step);
    }

    boolean cancel() {
        return command(RunState.RUNNING, RunState.STOPPING, RunControl::cancel)
                || command(RunState.PAUSED, RunState.STOPPING, RunControl::cancel);
    }

    private boolean command(RunState from, RunState to, java.util.function.Consumer<RunControl> action) {
        if (state.get() != from) {
            return false;
        }
        action.accept(control);
        state.set(to);
        return true;
    }

    BooleanBinding canStart() {
        return state.isEqualTo(RunState.IDLE);
    }

    BooleanBinding canPause() {
        return state.isEqualTo(RunState.RUNNING);
    }

    BooleanBinding whilePaused() {
        return state.isEqualTo(RunState.PAUSED);
    }

    BooleanBinding canCancel() {
        return Bindings.createBooleanBinding(() -> is(RunState.RUNNING) || is(RunState.PAUSED), state);
    }
}
