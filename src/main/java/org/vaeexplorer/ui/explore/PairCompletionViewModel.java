package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.vaeexplorer.explore.DigitCompleter;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The structured-output CVAE in the pair (Sohn et al. 2015): the visible part the explored model completes, a test
 * digit with the Completion tab's given quadrants or the Draw tab's drawing with the quadrants it inked, is completed
 * by the second model too when that is a structured-output CVAE as well, on its own latest-only workers. When the
 * second model decodes codes instead (it has no visible part to take), {@link #whyNotProperty} says so in one line.
 */
public final class PairCompletionViewModel implements AutoCloseable {
    /** The Draw tab's completions seed: the drawing is the same for both models, their draws are their own. */
    private static final long DRAW_SEED = 1;
    private final ExploreViewModel explore;
    private final PairViewModel pair;
    private final CompletionViewModel completion;
    private final DrawViewModel draw;
    private final AsyncView<GreyImage> completed;
    private final AsyncView<GreyImage> drawn;
    private final StringBinding whyNot;

    public PairCompletionViewModel(ExploreViewModel explore, PairViewModel pair, CompletionViewModel completion,
                                   DrawViewModel draw, Executor fx, Consumer<String> onError) {
        this.explore = explore;
        this.pair = pair;
        this.completion = completion;
        this.draw = draw;
        completed = new AsyncView<>("complete-pair", fx, onError);
        drawn = new AsyncView<>("complete-pair-drawing", fx, onError);
        whyNot = Bindings.createStringBinding(this::reason, explore.sessionProperty(), pair.partnerProperty());
        completion.picturesProperty().addListener((o, was, now) -> completeDigit());
        draw.resultProperty().addListener((o, was, now) -> completeDrawing());
        pair.partnerProperty().addListener((o, was, now) -> {
            completeDigit();
            completeDrawing();
        });
    }

    /** Both models complete images: the second one is given the explored model's visible part. */
    private LatentExplorer completingPartner() {
        ExploreSession s = explore.sessionProperty().get();
        LatentExplorer p = pair.partnerProperty().get();
        boolean both = s != null && p != null && s.spec().capabilities().completes()
                && p.spec().capabilities().completes();
        return both ? p : null;
    }

    private String reason() {
        ExploreSession s = explore.sessionProperty().get();
        LatentExplorer p = pair.partnerProperty().get();
        if (s == null || p == null || !s.spec().capabilities().completes() || p.spec().capabilities().completes()
                || pair.chosenProperty().get() == null) {
            return "";
        }
        return I18n.text("explore.pair.noVisiblePart", pair.chosenProperty().get().getFileName());
    }

    /** The test digit and quadrants the explored model completed last, completed by the second model too. */
    private void completeDigit() {
        LatentExplorer p = completingPartner();
        CompletionViewModel.Pictures shown = completion.picturesProperty().get();
        if (p == null || shown == null) {
            completed.clear();
            return;
        }
        boolean[] given = new boolean[4];
        for (int q = 0; q < given.length; q++) {
            given[q] = completion.givenProperty(q).get();
        }
        float[] image = shown.original().pixels().clone();
        long seed = shown.seed();
        completed.request(() -> tiles(p.complete(image, given, CompletionViewModel.SAMPLES, seed),
                CompletionViewModel.GRID_COLUMNS));
    }

    /** The drawing's visible part (the quadrants it inked, or those chosen) completed by the second model too. */
    private void completeDrawing() {
        LatentExplorer p = completingPartner();
        DrawnDigit d = draw.resultProperty().get();
        if (p == null || d == null || d.completion() == null) {
            drawn.clear();
            return;
        }
        float[] input = d.input().pixels().clone();
        boolean[] given = d.completion().givenQuadrants();
        drawn.request(() -> tiles(p.complete(input, given, DrawViewModel.COMPLETIONS, DRAW_SEED),
                DrawViewModel.COMPLETIONS / 2));
    }

    private static GreyImage tiles(DigitCompleter.Completion c, int columns) {
        ImageTiles t = ImageTiles.of(c.samples(), c.count(), columns, c.rows(), c.cols());
        return new GreyImage(t.rows(), t.cols(), t.pixels());
    }

    /** The second model's completions of the Completion tab's digit, or null (no structured second model). */
    public ReadOnlyObjectProperty<GreyImage> completedProperty() {
        return completed.resultProperty();
    }

    /** The second model's completions of the Draw tab's drawing, or null. */
    public ReadOnlyObjectProperty<GreyImage> drawnProperty() {
        return drawn.resultProperty();
    }

    /** Why the second model is not given the visible part (one line from the bundle), or "" when it is or none is. */
    public StringBinding whyNotProperty() {
        return whyNot;
    }

    /** The second model's file name, for the pictures' caption ("" for none). */
    public String partnerName() {
        return pair.chosenProperty().get() == null ? "" : pair.chosenProperty().get().getFileName().toString();
    }

    @Override
    public void close() {
        completed.close();
        drawn.close();
    }
}
