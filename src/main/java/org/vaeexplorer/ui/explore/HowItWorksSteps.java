package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.family.NetworkBlock;

/**
 * The How it works view's steps: the open model's blocks in the order an image flows through them (its family says
 * which, {@link org.vaeexplorer.model.ModelSpec#blocks}), then the negative ELBO. Out of step-through every step is
 * revealed; in it, the steps up to the current one, and the current one's explanation is shown. Clicking a block
 * selects it for its explanation at any time.
 */
public final class HowItWorksSteps {
    /** The id of the last step, the two terms of the negative ELBO. */
    public static final String ELBO = "elbo";

    private final ReadOnlyObjectWrapper<List<NetworkBlock>> blocks = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty stepping = new SimpleBooleanProperty(false);
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final StringProperty selected = new SimpleStringProperty();

    HowItWorksSteps() {
        stepping.addListener((o, was, now) -> {
            if (now) {
                step.set(0);
                selectStep();
            }
        });
        step.addListener((o, was, now) -> {
            if (stepping.get()) {
                selectStep();
            }
        });
    }

    /** A new model's blocks; step-through starts again from the first. */
    void setBlocks(List<NetworkBlock> list) {
        blocks.set(List.copyOf(list));
        step.set(0);
        selected.set(null);
        if (stepping.get()) {
            selectStep();
        }
    }

    /** The id of a block (its role, lower case), the key its title and explanation are found under. */
    public static String id(NetworkBlock b) {
        return switch (b.role()) {
            case INPUT -> "input";
            case LABEL -> "label";
            case BASELINE -> "baseline";
            case PRIOR -> "prior";
            case ENCODER -> "encoder";
            case MEAN -> "mean";
            case LOG_VARIANCE -> "log-variance";
            case GUMBEL -> "gumbel";
            case SAMPLE -> "sample";
            case DECODER -> "decoder";
            case OUTPUT -> "output";
            case DISCRIMINATOR -> "discriminator";
            case CLASSIFIER -> "classifier";
        };
    }

    /** Every step's id: the blocks', then {@link #ELBO}. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (NetworkBlock b : blocks.get()) {
            ids.add(id(b));
        }
        ids.add(ELBO);
        return ids;
    }

    public int count() {
        return blocks.get().size() + 1;
    }

    /** Whether step {@code i} is shown with its numbers: always out of step-through, up to the current one in it. */
    public boolean revealed(int i) {
        return !stepping.get() || i <= step.get();
    }

    /** The next step, if there is one. */
    public void next() {
        if (!stepping.get()) {
            stepping.set(true);
        } else if (step.get() < count() - 1) {
            step.set(step.get() + 1);
        }
    }

    /** The step before, if there is one. */
    public void previous() {
        if (stepping.get() && step.get() > 0) {
            step.set(step.get() - 1);
        }
    }

    /** Selects step {@code id} for its explanation (a click on its block). */
    public void select(String id) {
        selected.set(id);
    }

    private void selectStep() {
        List<String> ids = ids();
        selected.set(ids.get(Math.min(step.get(), ids.size() - 1)));
    }

    public ReadOnlyObjectProperty<List<NetworkBlock>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    public BooleanProperty steppingProperty() {
        return stepping;
    }

    /** The current step (0-based) while stepping. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** The id of the step whose explanation is shown, or null. */
    public StringProperty selectedProperty() {
        return selected;
    }
}
