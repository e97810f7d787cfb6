package org.vaeexplorer.ui.explore;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.ImageDataset;

/** The test images a checkpoint is explored with. */
final class TestImages {
    private static final Logger LOG = LoggerFactory.getLogger(TestImages.class);

    private TestImages() {
    }

    /**
     * The checkpoint's dataset's test images, or none when that dataset cannot be found any more (or no longer
     * fits): the model still decodes, the plane just has no points.
     */
    static ImageDataset of(DatasetCache datasets, DatasetInfo info) {
        long started = System.nanoTime();
        try {
            ImageDataset test = datasets.test(info.source());
            LOG.info("the dataset {} was loaded in {} ms", info.source(), (System.nanoTime() - started) / 1_000_000);
            if (test.rows() == info.rows() && test.cols() == info.cols() && test.channels() == info.channels()) {
                return test;
            }
            LOG.warn("the test images of {} are {}x{}x{}, the checkpoint's {}x{}x{}: showing no encoded points",
                    info.source(), test.rows(), test.cols(), test.channels(), info.rows(), info.cols(),
                    info.channels());
        } catch (IOException | RuntimeException e) {
            LOG.warn("the test images of {} could not be loaded: showing no encoded points", info.source(), e);
        }
        return new ImageDataset(info.name(), info.rows(), info.cols(), info.channels(), new byte[0], new int[0],
                info.classNames());
    }
}
