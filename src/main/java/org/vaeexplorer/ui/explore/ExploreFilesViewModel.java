package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.explore.CodesCsv;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.ui.common.DialogService.FileFilter;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Explore page's files: opening a checkpoint and exporting the decoded image, the grid, the plane and the
 * test-set codes. Paths come from the injected {@link DialogService} (owned by the main window), so this runs and is
 * tested without the toolkit; failures become the page's error message.
 */
public final class ExploreFilesViewModel {
    /** Writes one file; the plane's picture is a snapshot of its node, which only the view can take. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExploreFilesViewModel.class);
    private final ExploreViewModel explore;
    private final DialogService dialogs;

    public ExploreFilesViewModel(ExploreViewModel explore, DialogService dialogs) {
        this.explore = explore;
        this.dialogs = dialogs;
    }

    /** Asks for a checkpoint and opens it. */
    public void openCheckpoint() {
        dialogs.openFile(I18n.text("explore.dialog.open"), FileFilter.of(I18n.text("common.checkpointFile"),
                "*" + CheckpointStore.EXTENSION)).ifPresent(explore::open);
    }

    /** The decoded image at 8x, so its pixels stay crisp. */
    public void exportDecoded() {
        LatentPointViewModel.Decoded d = explore.point().decodedProperty().get();
        if (d != null) {
            savePng("decoded.png", image(d.image(), 8));
        }
    }

    public void exportGrid() {
        GreyImage g = explore.views().gridProperty().get();
        if (g != null) {
            savePng("manifold-grid.png", image(g, 2));
        }
    }

    public void exportPlane(FileWriter planeSnapshot) {
        savePng("latent-plane.png", planeSnapshot);
    }

    public void exportCodes() {
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        if (codes != null && s != null) {
            save("latent-codes.csv", FileFilter.of(I18n.text("common.csvFile"), "*.csv"),
                    f -> CodesCsv.write(codes, s.storedClassNames(), f));
        }
    }

    private static FileWriter image(GreyImage g, int scale) {
        return f -> GreyPng.write(GreyPng.grid(g.pixels(), 1, g.rows(), g.cols(), g.channels(), 1, scale), f);
    }

    private void savePng(String name, FileWriter writer) {
        save(name, FileFilter.of(I18n.text("common.pngImage"), "*.png"), writer);
    }

    private void save(String name, FileFilter filter, FileWriter writer) {
        Optional<Path> file = dialogs.saveFile(I18n.text("explore.dialog.export"), name, filter);
        if (file.isEmpty()) {
            return;
        }
        try {
            writer.write(file.get());
            explore.errorProperty().set("");
        } catch (IOException | RuntimeException e) {
            FailureLog.warn(LOG, "could not write " + file.get(), e);
            explore.errorProperty().set(I18n.text("common.couldNotWrite", file.get(), Messages.of(e)));
        }
    }
}
