package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.explore.LatentPictures;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The point being explored: a code z (two of its dimensions span the plane, the rest are set with sliders), a class
 * label for a CVAE, one category per discrete latent for a Joint VAE; and what it decodes to. Every change submits
 * a decode; the worker only ever decodes the newest.
 */
public final class LatentPointViewModel implements AutoCloseable {
    /** The image at the current point and, for a CVAE, the same z under every label; stamped with its request time. */
    public record Decoded(GreyImage image, List<GreyImage> analogy, long requestedNanos) {
        /** The analogy row tiled {@code columns} to a row, or null when there is none (not a CVAE). */
        public GreyImage analogyTiles(int columns) {
            if (analogy.isEmpty()) {
                return null;
            }
            int size = image.pixels().length;
            float[] all = new float[analogy.size() * size];
            for (int i = 0; i < analogy.size(); i++) {
                System.arraycopy(analogy.get(i).pixels(), 0, all, i * size, size);
            }
            ImageTiles t = ImageTiles.of(all, analogy.size(), columns, image.rows(), image.cols(), image.channels());
            return new GreyImage(t.rows(), t.cols(), t.pixels());
        }
    }

    /** A test image and its reconstruction through the posterior mean. */
    public record Reconstruction(int index, GreyImage original, GreyImage reconstruction) {
    }

    private final IntegerProperty xDim = new SimpleIntegerProperty(0);
    private final IntegerProperty yDim = new SimpleIntegerProperty(1);
    private final ObjectProperty<float[]> code = new SimpleObjectProperty<>(new float[0]);
    private final IntegerProperty label = new SimpleIntegerProperty(0);
    private final ObjectProperty<int[]> categories = new SimpleObjectProperty<>(new int[0]);
    private final AsyncView<Decoded> decoded;
    private final AsyncView<Reconstruction> reconstruction;
    private ExploreSession session;
    private long resamples;
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    LatentPointViewModel(Executor fx, Consumer<String> onError) {
        decoded = new AsyncView<>("decode-point", fx, onError);
        reconstruction = new AsyncView<>("reconstruct", fx, onError);
        label.addListener((o, was, now) -> decode());
    }

    void setSession(ExploreSession s) {
        session = s;
        ModelSpec spec = s.spec();
        int dims = spec.latentDim();
        xDim.set(0);
        yDim.set(dims >= 2 ? 1 : -1);
        code.set(new float[dims]);
        categories.set(new int[spec.categories().size()]);
        reconstruction.clear();
        if (label.get() >= spec.numClasses()) {
            label.set(0);
        }
        Prepared p = prepared.getAndSet(null);
        if (p != null && p.session() == s && p.isAt(code.get(), categories.get(), label.get())) {
            // Timed from now, as a request made now would be: it was decoded while the window was being built.
            Decoded ready = p.image();
            decoded.show(new Decoded(ready.image(), ready.analogy(), System.nanoTime()));
        } else {
            decode();
        }
    }

    /** Moves the plane's two dimensions to ({@code zx}, {@code zy}), as dragging the marker does. */
    public void moveTo(double zx, double zy) {
        float[] z = code.get().clone();
        if (xDim.get() >= 0 && xDim.get() < z.length) {
            z[xDim.get()] = (float) zx;
        }
        if (yDim.get() >= 0 && yDim.get() < z.length) {
            z[yDim.get()] = (float) zy;
        }
        code.set(z);
        decode();
    }

    /** Sets one latent dimension, as its slider does. */
    public void setDimension(int d, double value) {
        float[] z = code.get().clone();
        z[d] = (float) value;
        code.set(z);
        decode();
    }

    /** Moves the point to {@code z}, every dimension (the Arithmetic view's moves along a vector). */
    public void setCode(float[] z) {
        code.set(z.clone());
        decode();
    }

    /**
     * Draws every dimension but the plane's two afresh from the prior N(0, s^2) (s = 1 but for a kind with another
     * prior), as the "resample the rest" control of a model with many dimensions does; each call draws another
     * sample.
     */
    public void resampleOthers() {
        float[] z = code.get().clone();
        java.util.SplittableRandom random = new java.util.SplittableRandom(++resamples);
        double scale = session == null ? 1 : session.spec().capabilities().priorScale();
        for (int d = 0; d < z.length; d++) {
            if (d != xDim.get() && d != yDim.get()) {
                z[d] = (float) (scale * random.nextGaussian());
            }
        }
        code.set(z);
        decode();
    }

    /** Chooses the plane's axes; a dimension cannot be both. */
    public void setPlaneDimensions(int x, int y) {
        if (x == y) {
            throw new IllegalArgumentException("the plane needs two different dimensions");
        }
        xDim.set(x);
        yDim.set(y);
    }

    /**
     * Once the test set is encoded, turns the plane to the two most used dimensions, unless the axes were changed
     * from the first two since the model was opened.
     */
    void preferSpreadDimensions(EncodedImages c) {
        if (c.dim() > 2 && c.count() > 1 && xDim.get() == 0 && yDim.get() == 1) {
            int[] best = c.mostSpreadDimensions();
            setPlaneDimensions(best[0], best[1]);
        }
    }

    /** Picks category {@code k} of discrete latent {@code latent} (Joint VAE). */
    public void setCategory(int latent, int k) {
        int[] c = categories.get().clone();
        c[latent] = k;
        categories.set(c);
        decode();
    }

    /** Puts the point back where it was (undo, redo, an opened session), and decodes it once. */
    void restore(float[] z, int chosenLabel, int[] cats) {
        code.set(z.clone());
        categories.set(cats.clone());
        if (label.get() == chosenLabel) {
            decode();
        } else {
            label.set(chosenLabel);
        }
    }

    /** Jumps to test image {@code index}'s posterior mean and shows it next to its reconstruction. */
    public void jumpToTest(int index, EncodedImages codes) {
        ExploreSession s = session;
        if (s == null || index < 0 || index >= codes.count()) {
            return;
        }
        code.set(codes.code(index));
        if (s.spec().hasCategorical()) {
            categories.set(codes.categoriesOf(index, s.spec().categories().size()));
        }
        if (s.spec().conditional()) {
            label.set(codes.labels()[index]);
        }
        decode();
        int rows = s.test().rows();
        int cols = s.test().cols();
        reconstruction.request(() -> {
            float[] x = s.test().image(index, s.scaling());
            float[] r = s.explorer().reconstruct(x, new int[] {s.test().label(index)}, 1);
            return new Reconstruction(index, new GreyImage(rows, cols, x), new GreyImage(rows, cols, r));
        });
    }

    /** Submits a decode of the current point (and the CVAE's analogy row). */
    public void decode() {
        ExploreSession s = session;
        if (s == null) {
            return;
        }
        long requested = System.nanoTime();
        float[] z = code.get().clone();
        int[] cats = categories.get().clone();
        int chosen = label.get();
        decoded.request(() -> decodeAt(s, z, cats, chosen, requested));
    }

    /**
     * Decodes the point a model opens on (the origin, first categories, label 0) on the calling thread, for
     * {@link #setSession} to show at once if the session opens on that point: called on the worker that read the
     * checkpoint, it puts the image into the window's first frame instead of a decode request the FX thread hands
     * out after the window is shown.
     */
    void prepareFirstImage(ExploreSession s) {
        ModelSpec spec = s.spec();
        if (!spec.capabilities().completes()) {
            float[] z = new float[spec.latentDim()];
            int[] cats = new int[spec.categories().size()];
            prepared.set(new Prepared(s, z, cats, 0, decodeAt(s, z, cats, 0, System.nanoTime())));
        }
    }

    /** An image decoded ahead, and the point it shows: used only if the session opens on that very point. */
    private record Prepared(ExploreSession session, float[] z, int[] categories, int label, Decoded image) {
        boolean isAt(float[] atZ, int[] atCategories, int atLabel) {
            return Arrays.equals(z, atZ) && Arrays.equals(categories, atCategories) && label == atLabel;
        }
    }

    private static Decoded decodeAt(ExploreSession s, float[] z, int[] cats, int chosen, long requested) {
        int rows = s.test().rows();
        int cols = s.test().cols();
        LatentCodes batch = LatentPictures.pointWithAnalogy(s.spec(), z, cats, chosen);
        int channels = s.spec().channels();
        float[] pixels = s.explorer().decode(batch);
        List<GreyImage> analogy = new ArrayList<>();
        for (int i = 1; i < batch.count(); i++) {
            analogy.add(new GreyImage(rows, cols, ImageTiles.one(pixels, i, rows, cols, channels)));
        }
        return new Decoded(new GreyImage(rows, cols, ImageTiles.one(pixels, 0, rows, cols, channels)), analogy,
                requested);
    }

    ExploreSession session() {
        return session;
    }

    public IntegerProperty xDimProperty() {
        return xDim;
    }

    public IntegerProperty yDimProperty() {
        return yDim;
    }

    public ObjectProperty<float[]> codeProperty() {
        return code;
    }

    public IntegerProperty labelProperty() {
        return label;
    }

    public ObjectProperty<int[]> categoriesProperty() {
        return categories;
    }

    public ReadOnlyObjectProperty<Decoded> decodedProperty() {
        return decoded.resultProperty();
    }

    public ReadOnlyObjectProperty<Reconstruction> reconstructionProperty() {
        return reconstruction.resultProperty();
    }

    /** Decode requests made (the worker skips the stale ones). */
    public long decodesRequested() {
        return decoded.submitted();
    }

    @Override
    public void close() {
        decoded.close();
        reconstruction.close();
    }
}
