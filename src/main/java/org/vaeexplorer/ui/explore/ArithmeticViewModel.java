package org.vaeexplorer.ui.explore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.explore.AttributeVector;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.ProjectionHistogram;

/**
 * Latent arithmetic (issue 33, after Latent Space Cartography, Liu et al. 2019): an attribute vector between the mean
 * codes of two groups of test images ({@link VectorGroups}), the test set projected on it as a histogram per group
 * (computed off the FX thread whenever the groups or the codes change), the shared point's coordinate along it and
 * moves along it, and the vectors the user has named and saved (a session keeps them).
 */
public final class ArithmeticViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArithmeticViewModel.class);
    /** Bins of the histogram: enough to show the shape of 1,000 images a class, few enough to read at 400 pixels. */
    static final int BINS = 40;

    /**
     * A vector and its histogram, or why there is none.
     *
     * @param fromImages the first group's test images (what the plane colours as it)
     * @param toImages   the second group's
     * @param problem    the bundle key of why the groups give no vector (a group without images, or two groups
     *                   with one mean code), or null
     */
    public record Defined(AttributeVector vector, ProjectionHistogram histogram, int[] fromImages, int[] toImages,
                          String problem) {
        static Defined none(int[] fromImages, int[] toImages, String problem) {
            return new Defined(null, null, fromImages, toImages, problem);
        }
    }

    private final ExploreViewModel explore;
    private final VectorGroups groups = new VectorGroups();
    private final AsyncView<Defined> defined;
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(Double.NaN);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<AttributeVector> saved = FXCollections.observableArrayList();
    private final AnalogyViewModel analogy;
    /** A saved vector being shown: its own means, not those the groups give now. */
    private AttributeVector chosen;
    private boolean choosing;

    public ArithmeticViewModel(ExploreViewModel explore, Executor fx, Consumer<String> onError) {
        this.explore = explore;
        defined = new AsyncView<>("attribute-vector", fx, onError);
        analogy = new AnalogyViewModel(explore, fx, onError);
        InvalidationListener regroup = o -> {
            if (!choosing) {
                chosen = null;
                define();
            }
        };
        groups.all().forEach(p -> p.addListener(regroup));
        explore.sessionProperty().addListener((o, was, now) -> newModel(now));
        explore.codesProperty().addListener((o, was, now) -> define());
        explore.point().codeProperty().addListener((o, was, now) -> updatePosition());
        defined.resultProperty().addListener((o, was, now) -> updatePosition());
    }

    /** Another model: its latent space is not the saved vectors' one, nor are its codes the lassoed ones. */
    private void newModel(ExploreSession s) {
        saved.clear();
        chosen = null;
        name.set("");
        choosing = true;
        try {
            groups.reset(s == null ? 0 : s.test().numClasses());
        } finally {
            choosing = false;
        }
        define();
    }

    /** Recomputes the vector and its histogram on the worker, from the groups or the saved vector shown. */
    private void define() {
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        if (s == null || codes == null || codes.count() == 0 || codes.dim() == 0) {
            defined.show(null);
            return;
        }
        Factors factors = explore.factors().known().orElse(null);
        AttributeVector shown = chosen;
        var from = groups.from();
        var to = groups.to();
        defined.request(() -> {
            int[] fromImages = from.members(codes, factors);
            int[] toImages = to.members(codes, factors);
            if (fromImages.length == 0 || toImages.length == 0) {
                return Defined.none(fromImages, toImages, "explore.arithmetic.emptyGroup");
            }
            AttributeVector v = shown != null ? shown : AttributeVector.between("", from, to, codes, factors);
            if (v.fromMean().length != codes.dim()) {
                return Defined.none(fromImages, toImages, "explore.arithmetic.otherModel");
            }
            if (!v.hasDirection()) {
                return Defined.none(fromImages, toImages, "explore.arithmetic.sameMeans");
            }
            return new Defined(v, ProjectionHistogram.of(v, codes, factors, BINS), fromImages, toImages, null);
        });
    }

    private void updatePosition() {
        AttributeVector v = vector();
        position.set(v == null ? Double.NaN : v.coordinate(explore.point().codeProperty().get()));
    }

    /** The vector shown, or null. */
    public AttributeVector vector() {
        Defined d = defined.resultProperty().get();
        return d == null ? null : d.vector();
    }

    /** Moves the shared point along the vector until its coordinate is {@code t} (0: first group, 1: second). */
    public void moveAlong(double t) {
        AttributeVector v = vector();
        if (v != null && Double.isFinite(t)) {
            explore.point().setCode(v.movedTo(explore.point().codeProperty().get(), t));
        }
    }

    /** A slider's drag begins or ends: the moves in between are one undo step. */
    public void dragging(boolean begins) {
        if (begins) {
            explore.history().beginGesture();
        } else {
            explore.history().endGesture();
        }
    }

    /**
     * Saves the vector shown under {@code newName} (a saved one of that name is replaced); false when there is no
     * vector or no name.
     */
    public boolean save(String newName) {
        AttributeVector v = vector();
        String n = newName == null ? "" : newName.strip();
        if (v == null || n.isEmpty()) {
            return false;
        }
        AttributeVector named = v.named(n);
        saved.removeIf(s -> s.name().equals(n));
        saved.add(named);
        name.set(n);
        LOG.info("saved the attribute vector {}", named);
        return true;
    }

    /** Shows a saved vector: its groups are chosen, and its own mean codes are the vector. */
    public void use(AttributeVector v) {
        choosing = true;
        try {
            groups.show(v.from(), v.to());
        } finally {
            choosing = false;
        }
        chosen = v;
        name.set(v.name());
        define();
    }

    public void remove(AttributeVector v) {
        saved.remove(v);
    }

    /**
     * The vectors a session saved, for the model now open: those of another number of dimensions are left out
     * (and logged); the first is shown.
     */
    public void restore(List<AttributeVector> vectors) {
        int dims = explore.sessionProperty().get() == null ? -1
                : explore.sessionProperty().get().spec().latentDim();
        saved.clear();
        for (AttributeVector v : vectors) {
            if (v.fromMean().length == dims) {
                saved.add(v);
            } else {
                LOG.warn("the session's vector {} has {} dimensions, the model {}: left out", v.name(),
                        v.fromMean().length, dims);
            }
        }
        saved.stream().findFirst().ifPresent(this::use);
    }

    public VectorGroups groups() {
        return groups;
    }

    public AnalogyViewModel analogy() {
        return analogy;
    }

    public ReadOnlyObjectProperty<Defined> definedProperty() {
        return defined.resultProperty();
    }

    /** The point's coordinate along the vector (0 at the first group's mean code, 1 at the second's), or NaN. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The name of the vector shown, if it was saved; what the name field starts from. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The named vectors, in the order saved. */
    public ObservableList<AttributeVector> saved() {
        return saved;
    }

    /** Whether the open model's dataset has generating factors to make groups of. */
    public boolean hasFactors() {
        return explore.factors().hasFactors();
    }

    public Optional<ExploreSession> session() {
        return Optional.ofNullable(explore.sessionProperty().get());
    }

    @Override
    public void close() {
        defined.close();
        analogy.close();
    }
}
