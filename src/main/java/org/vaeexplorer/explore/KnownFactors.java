package org.vaeexplorer.explore;

import java.util.Optional;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.data.Factors;
import org.vaeexplorer.data.SpriteDataset;
import org.vaeexplorer.data.SpriteSpace;

/** Which datasets' test images come with their generating factors: the generated sprites, whole. */
public final class KnownFactors {
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
}
