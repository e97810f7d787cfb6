package org.vaeexplorer.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.vaeexplorer.data.BundledDataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.LabelledSplits;

/** The bundled MNIST, loaded once for the training tests. */
public final class TrainingFixtures {
    private static LabelledSplits mnist;

    private TrainingFixtures() {
    }

    public static synchronized LabelledSplits mnist() {
        if (mnist == null) {
            try {
                mnist = DatasetLoader.loadBundled(BundledDataset.MNIST);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mnist;
    }

    /** Few images, so a test trains in seconds. */
    public static TrainingSettings small(int epochs, int trainImages, int testImages) {
        return new TrainingSettings(epochs, 64, 1e-3, 7, org.vaeexplorer.data.PixelScaling.GREY, trainImages,
                testImages);
    }
}
