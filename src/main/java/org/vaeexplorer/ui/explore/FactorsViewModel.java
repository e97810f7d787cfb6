package org.vaeexplorer.ui.explore;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.FactorCodes;
import org.vaeexplorer.explore.KnownFactors;
import org.vaeexplorer.explore.LatentRole;

/**
 * What Explore knows of the open model's generating factors (issue 32), for a dataset that has them: the latents x
 * factors mutual information of the encoded test set (computed on its own worker, off the FX thread, each time the
 * codes change), each latent's {@link LatentRole}, and which the plane's dots are coloured by: the class, or a factor.
 */
public final class FactorsViewModel implements AutoCloseable {
    /** {@link #colourByProperty()}'s value for colouring by class. */
    public static final int BY_CLASS = -1;
    /** The factors whose values have no order: the sprites' shape (square, ellipse, heart). */
    private static final java.util.Set<String> UNORDERED = java.util.Set.of("shape");

    private final AsyncView<FactorCodes> information;
    private final IntegerProperty colourBy = new SimpleIntegerProperty(BY_CLASS);
    private Optional<Factors> known = Optional.empty();

    FactorsViewModel(Executor fx, Consumer<String> onError) {
        information = new AsyncView<>("factor-information", fx, onError);
    }

    /**
     * A new model: its dataset's factors, if it has any (looked up by the checkpoint's dataset, or for a run followed
     * by its test set's name; checked against the first test images' drawings).
     */
    void setSession(ExploreSession s) {
        known = s == null ? Optional.empty() : KnownFactors.ofTestImages(
                s.manifest() != null ? s.manifest().dataset().source() : s.test().name(), s.test());
        information.show(null);
        if (known.isEmpty() || colourBy.get() >= known.get().names().size()) {
            colourBy.set(BY_CLASS);
        }
    }

    /** New codes of the test set: the information matrix is recomputed on the worker. */
    void setCodes(EncodedImages c) {
        Optional<Factors> f = known;
        if (f.isEmpty() || c == null || c.count() < 2 || c.dim() < 1) {
            information.show(null);
            return;
        }
        information.request(() -> FactorCodes.of(c, f.get()));
    }

    /** Whether the open model's dataset has known factors. */
    public boolean hasFactors() {
        return known.isPresent();
    }

    /** The test images' factors, in order, when the dataset has them. */
    public Optional<Factors> known() {
        return known;
    }

    /** The factors' names as the dataset stores them (none without factors). */
    public java.util.List<String> factorNames() {
        return known.map(Factors::names).orElse(java.util.List.of());
    }

    /** The encoded test set against its factors; null without factors or before it has been computed. */
    public ReadOnlyObjectProperty<FactorCodes> informationProperty() {
        return information.resultProperty();
    }

    /** What latent {@code d} captures, or null while that is not known. */
    public LatentRole role(int d) {
        FactorCodes f = information.resultProperty().get();
        return f == null || d < 0 || d >= f.latents() ? null : LatentRole.of(f, d);
    }

    /** {@link #BY_CLASS} or the index of the factor the plane's dots are coloured by. */
    public IntegerProperty colourByProperty() {
        return colourBy;
    }

    /**
     * A dot's colour as an index among {@code count} values; {@code ordered}: the values have an order (a scale, an
     * angle, a position), shown on a ramp rather than in unrelated colours.
     */
    public record DotColour(int index, int count, boolean ordered) {
    }

    /**
     * The colour of image {@code i} of {@code codes}: its class among {@code classes} while colouring by class (or
     * while the factors are not known yet), else its value of the chosen factor among that factor's values.
     */
    public DotColour colourOf(EncodedImages codes, int i, int classes) {
        FactorCodes f = information.resultProperty().get();
        int k = colourBy.get();
        if (k == BY_CLASS || f == null || k >= f.factorCount() || i >= f.count()) {
            return new DotColour(codes.labels()[i], classes, false);
        }
        return new DotColour(f.value(i, k), f.factors().sizes()[k], !UNORDERED.contains(f.factors().names().get(k)));
    }

    @Override
    public void close() {
        information.close();
    }
}
