package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.explore.GridSpacing;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.explore.LatentPictures;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * Two models side by side: a second checkpoint of the same dataset decodes what the explored point decodes (the
 * same z, label and categories), next to the first model's image, as the point moves; its grid and analogy row
 * too. Decoded off the FX thread on its own latest-only workers. The second model takes z's first dimensions (a
 * model with more gets the prior's mean, 0, in the others), the label when it takes one, and the categories when
 * its discrete latents are laid out the same. The CVAE and the CVAE-GAN of a dataset open as a pair by themselves
 * ({@link PairChoices}).
 */
public final class PairViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PairViewModel.class);
    private final ExploreViewModel explore;
    private final BackgroundExecutor executor;
    private final Supplier<List<Path>> folders;
    private final ObservableList<Path> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Path> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LatentExplorer> partner = new ReadOnlyObjectWrapper<>();
    private final AsyncView<LatentPointViewModel.Decoded> decoded;
    private final AsyncView<GreyImage> grid;
    /** The partner asked for the next model opened; taken by the search that model starts. */
    private Path requested;

    public PairViewModel(ExploreViewModel explore, BackgroundExecutor executor, Executor fx) {
        this(explore, executor, fx, () -> ShippedModels.folder().stream().toList());
    }

    PairViewModel(ExploreViewModel explore, BackgroundExecutor executor, Executor fx, Supplier<List<Path>> folders) {
        this.explore = explore;
        this.executor = executor;
        this.folders = folders;
        decoded = new AsyncView<>("decode-pair", fx, explore::showError);
        grid = new AsyncView<>("decode-pair-grid", fx, explore::showError);
        chosen.addListener((o, was, now) -> load(now));
        explore.sessionProperty().addListener((o, was, now) -> findChoices());
        LatentPointViewModel point = explore.point();
        point.codeProperty().addListener((o, was, now) -> decode());
        point.labelProperty().addListener((o, was, now) -> decode());
        point.categoriesProperty().addListener((o, was, now) -> decode());
        explore.views().gridProperty().addListener((o, was, now) -> renderGrid());
    }

    /** The checkpoints of the open model's dataset that fit beside it ({@link PairChoices}), found on a worker. */
    private void findChoices() {
        ExploreSession s = explore.sessionProperty().get();
        chosen.set(null);
        choices.clear();
        Path wanted = requested;
        requested = null;
        if (s == null || s.manifest() == null) {
            return;
        }
        String dataset = DatasetSource.parse(s.manifest().dataset().source()).base();
        ModelSpec spec = s.spec();
        String title = s.title();
        executor.submit(I18n.text("explore.pair.looking"), progress -> PairChoices.find(folders.get(), dataset, spec,
                title), found -> {
                    if (explore.sessionProperty().get() != s) {
                        return;
                    }
                    choices.setAll(found.stream().map(PairChoices.Candidate::file).toList());
                    PairChoices.among(wanted, found).or(() -> PairChoices.defaultPartner(spec.kind(), found))
                            .ifPresent(chosen::set);
                }, t -> LOG.warn("could not list the checkpoints for the pair", t));
    }

    /**
     * Shows {@code file} beside the model Explore opens next, when it fits there (a lesson's pair), instead of the
     * partner the pair would choose by itself.
     */
    public void showBesideNextOpened(Path file) {
        requested = file;
    }

    private void load(Path file) {
        partner.set(null);
        decoded.clear();
        grid.clear();
        if (file == null) {
            return;
        }
        executor.submit(I18n.text("explore.pair.opening", file.getFileName()), progress -> {
            org.vaeexplorer.platform.NativeInit.await();
            return LatentExplorer.owning(new CheckpointStore().load(file).model());
        }, loaded -> {
            if (file.equals(chosen.get())) {
                partner.set(loaded);
                decode();
                renderGrid();
            }
        }, t -> {
            LOG.warn("could not open {} beside the explored model", file, t);
            explore.showError(I18n.text("explore.error.open", file.getFileName(), Messages.of(t)));
        });
    }

    /** The point (and the analogy row) decoded by the second model, on its worker. */
    public void decode() {
        LatentExplorer p = partner.get();
        ExploreSession s = explore.sessionProperty().get();
        if (p == null || s == null) {
            return;
        }
        LatentPointViewModel point = explore.point();
        long requested = System.nanoTime();
        float[] z = adapt(point.codeProperty().get(), p.spec().latentDim());
        int[] cats = categories(point.categoriesProperty().get(), s.spec(), p.spec());
        int label = Math.min(point.labelProperty().get(), Math.max(0, p.spec().numClasses() - 1));
        decoded.request(() -> {
            var batch = LatentPictures.pointWithAnalogy(p.spec(), z, cats, label);
            float[] pixels = p.decode(batch);
            ModelSpec spec = p.spec();
            List<GreyImage> analogy = new ArrayList<>();
            for (int i = 1; i < batch.count(); i++) {
                analogy.add(image(spec, ImageTiles.one(pixels, i, spec.rows(), spec.cols(), spec.channels())));
            }
            return new LatentPointViewModel.Decoded(image(spec, ImageTiles.one(pixels, 0, spec.rows(), spec.cols(),
                    spec.channels())), analogy, requested);
        });
    }

    /** The grid the explored model shows, over the same two dimensions, decoded by the second model. */
    public void renderGrid() {
        LatentExplorer p = partner.get();
        LatentPointViewModel point = explore.point();
        int xd = point.xDimProperty().get();
        int yd = point.yDimProperty().get();
        if (p == null || explore.sessionProperty().get() == null || xd < 0 || yd < 0
                || Math.max(xd, yd) >= p.spec().latentDim()) {
            grid.clear();
            return;
        }
        LatentViewsViewModel views = explore.views();
        GridSpacing spacing = views.spacingProperty().get();
        ModelSpec spec = p.spec();
        double scale = spacing == GridSpacing.GAUSSIAN_QUANTILE ? spec.capabilities().priorScale() : 1;
        double[] positions = spacing.positions(views.gridSizeProperty().get(), views.gridExtentProperty().get());
        for (int i = 0; i < positions.length; i++) {
            positions[i] *= scale;
        }
        float[] base = adapt(point.codeProperty().get(), spec.latentDim());
        int[] cats = categories(point.categoriesProperty().get(), explore.sessionProperty().get().spec(), spec);
        int label = Math.min(point.labelProperty().get(), Math.max(0, spec.numClasses() - 1));
        grid.request(() -> {
            float[] pixels = p.decode(LatentPictures.grid(spec, base, xd, yd, positions, cats, label));
            ImageTiles t = ImageTiles.of(pixels, positions.length * positions.length, positions.length, spec.rows(),
                    spec.cols(), spec.channels());
            return new GreyImage(t.rows(), t.cols(), t.pixels());
        });
    }

    /** z's first {@code dims} values; a longer code's extra dimensions at the prior's mean. */
    static float[] adapt(float[] z, int dims) {
        return java.util.Arrays.copyOf(z, dims);
    }

    private static int[] categories(int[] chosen, ModelSpec explored, ModelSpec other) {
        return explored.categories().equals(other.categories()) ? chosen.clone() : new int[other.categories().size()];
    }

    private static GreyImage image(ModelSpec spec, float[] pixels) {
        return new GreyImage(spec.rows(), spec.cols(), pixels);
    }

    /** The checkpoints that can be shown beside the explored model. */
    public ObservableList<Path> choices() {
        return choices;
    }

    /** The second model's file, or null for none. */
    public ObjectProperty<Path> chosenProperty() {
        return chosen;
    }

    /** The second model once it is open, else null. */
    public ReadOnlyObjectProperty<LatentExplorer> partnerProperty() {
        return partner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LatentPointViewModel.Decoded> decodedProperty() {
        return decoded.resultProperty();
    }

    public ReadOnlyObjectProperty<GreyImage> gridProperty() {
        return grid.resultProperty();
    }

    @Override
    public void close() {
        decoded.close();
        grid.close();
    }
}
