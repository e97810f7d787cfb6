package org.vaeexplorer.explore;

import java.util.Optional;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;

/** Which datasets' test images come with their generating factors: the generated sprites, whole. */
public final class KnownFactors {
    /** Test images compared with their factors' drawings before the two are paired. */
    private static final int CHECKED = 3;

    private KnownFactors() {
    }

    /**
     * The factors of the test images of the dataset {@code source} names, in order, when it has factors; empty for
     * any other dataset, and for a sprites dataset cut to some classes (its test images are then a subset).
     */
    public static Optional<Factors> ofTestSet(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        DatasetSource parsed = DatasetSource.parse(source);
        if (!parsed.classes().isEmpty()) {
            return Optional.empty();
        }
        return SpriteSpace.byId(parsed.base()).map(SpriteDataset::standardTestFactors);
    }

    /**
     * The factors of {@code test}'s images, when {@code source} names a dataset with factors and the first few of
     * {@code test}'s images are the ones those factors draw: a run's test set named by the dataset but cut or
     * reordered some other way is refused rather than paired with the wrong factors.
     */
    public static Optional<Factors> ofTestImages(String source, ImageDataset test) {
        Optional<Factors> known = ofTestSet(source);
        Optional<SpriteSpace> space = known.isEmpty() ? Optional.empty()
                : SpriteSpace.byId(DatasetSource.parse(source).base());
        if (space.isEmpty() || test.size() > known.get().count()) {
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(CHECKED, test.size()); i++) {
            byte[] drawn = space.get().render(known.get().of(i));
            float[] shown = test.image(i, PixelScaling.GREY);
            if (drawn.length != shown.length) {
                return Optional.empty();
            }
            for (int p = 0; p < drawn.length; p++) {
                if ((drawn[p] != 0) != (shown[p] > 0.5f)) {
                    return Optional.empty();
                }
            }
        }
        return known;
    }
}
