package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import org.vaeexplorer.checkpoint.CheckpointManifest;

/**
 * One checkpoint found on disk: its manifest, or why it could not be read.
 *
 * @param origin "shipped" or "run"
 */
public record ModelEntry(Path file, String origin, CheckpointManifest manifest, String problem) {
    public boolean readable() {
        return manifest != null;
    }
}
