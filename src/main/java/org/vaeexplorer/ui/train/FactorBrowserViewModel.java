package org.vaeexplorer.ui.train;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The Dataset tab's factor browser (issue 32), for a dataset with known factors: one factor swept over all its
 * values with the others held at one combination, so each factor can be seen on its own. Drawn on the FX thread:
 * at most 40 sprites of at most 64x64, a millisecond or two.
 */
public final class FactorBrowserViewModel {
    private final ReadOnlyObjectWrapper<Optional<SpriteSpace>> space = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final IntegerProperty factor = new SimpleIntegerProperty(3);
    private final ReadOnlyObjectWrapper<List<GreyImage>> sweep = new ReadOnlyObjectWrapper<>(List.of());
    private final Random random = new Random(0);
    private int[] held;

    FactorBrowserViewModel(ReadOnlyObjectProperty<LabelledSplits> data) {
        data.addListener((o, was, now) -> setData(now));
        factor.addListener((o, was, now) -> draw());
        setData(data.get());
    }

    private void setData(LabelledSplits d) {
        space.set(d == null ? Optional.empty() : SpriteSpace.byId(d.name()));
        held = space.get().map(FactorBrowserViewModel::middle).orElse(null);
        draw();
    }

    /** A heart at its largest, upright, in the middle: every factor's sweep shows plainly from there. */
    private static int[] middle(SpriteSpace s) {
        int[] sizes = s.sizes();
        return new int[] {sizes[0] - 1, sizes[1] - 1, 0, sizes[3] / 2, sizes[4] / 2};
    }

    /** Holds the other factors at a new random combination (the swept one is swept anyway). */
    public void holdOthersElsewhere() {
        space.get().ifPresent(s -> {
            int[] sizes = s.sizes();
            for (int k = 0; k < sizes.length; k++) {
                held[k] = random.nextInt(sizes[k]);
            }
            draw();
        });
    }

    private void draw() {
        if (space.get().isEmpty()) {
            sweep.set(List.of());
            return;
        }
        SpriteSpace s = space.get().get();
        int k = Math.max(0, Math.min(factor.get(), s.sizes().length - 1));
        GreyImage[] images = new GreyImage[s.sizes()[k]];
        for (int v = 0; v < images.length; v++) {
            int[] combination = held.clone();
            combination[k] = v;
            byte[] bytes = s.render(combination);
            float[] pixels = new float[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                pixels[i] = (bytes[i] & 0xff) / 255f;
            }
            images[v] = new GreyImage(s.side(), s.side(), pixels);
        }
        sweep.set(List.of(images));
    }

    /** The sprites space of the chosen dataset, or empty for a dataset without known factors. */
    public ReadOnlyObjectProperty<Optional<SpriteSpace>> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    /** The factor swept (index into {@link SpriteSpace#NAMES}). */
    public IntegerProperty factorProperty() {
        return factor;
    }

    /** The swept factor's images, one per value in order, the others held. */
    public ReadOnlyObjectProperty<List<GreyImage>> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The combination the other factors are held at (a copy; null without factors). */
    public int[] held() {
        return held == null ? null : held.clone();
    }
}
