package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointException;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.LatentExplorer;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.ui.common.ClassNames;

/**
 * What the Explore page is looking at: a model's own weight copy, the test images it is shown with, and where it
 * came from (a checkpoint file, or a run training now).
 *
 * @param title    what is explored by name: the checkpoint's file name, or the run's title; the headline around
 *                 it is composed when shown ({@link ExploreTexts#title}), so that it follows a language switch
 * @param manifest the checkpoint's manifest, or null for a live run
 * @param live     the run being followed, or null for a checkpoint
 * @param checkpointSha256 the SHA-256 of the checkpoint file's bytes as they were loaded, or null for a live run:
 *                 what keys the caches of what was computed from this model (its overview)
 */
public record ExploreSession(String title, LatentExplorer explorer, ImageDataset test, PixelScaling scaling,
                             CheckpointManifest manifest, LiveModelFeed live, String checkpointSha256) {
    /** A session without a checkpoint file's hash (a run followed live). */
    public ExploreSession(String title, LatentExplorer explorer, ImageDataset test, PixelScaling scaling,
                          CheckpointManifest manifest, LiveModelFeed live) {
        this(title, explorer, test, scaling, manifest, live, null);
    }

    /** Reads a checkpoint (once the numeric library is up) with its dataset's test images; off the FX thread. */
    static ExploreSession read(Path file, DatasetCache datasets) throws CheckpointException, InterruptedException {
        org.vaeexplorer.platform.NativeInit.await();
        Checkpoint c = new CheckpointStore().load(file);
        return new ExploreSession(file.getFileName().toString(), LatentExplorer.owning(c.model()),
                TestImages.of(datasets, c.manifest().dataset()), c.manifest().dataset().scaling(), c.manifest(), null,
                c.fileSha256());
    }

    public ModelSpec spec() {
        return explorer.spec();
    }

    /** The test set's class names in the UI's language, for the screen. */
    public List<String> classNames() {
        return ClassNames.display(test.classNames());
    }

    /** The class names as the dataset stores them, for files (a CSV is read by programs, not by a class). */
    public List<String> storedClassNames() {
        return test.classNames();
    }

    /** No encoded test images yet: the plane shows no points. */
    public EncodedImages emptyCodes() {
        return new EncodedImages(0, spec().latentDim(), new float[0], new float[0], new int[0],
                new int[spec().categories().size()][0]);
    }

    public boolean isLive() {
        return live != null;
    }
}
