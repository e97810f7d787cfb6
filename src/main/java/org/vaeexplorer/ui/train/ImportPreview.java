package org.vaeexplorer.ui.train;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.data.ImageDataset;
import org.vaeexplorer.data.ImportListener;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.data.SkippedImage;
import org.vaeexplorer.ui.common.BackgroundWork;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/** What the import dialog shows of a folder: its preview as tiles, and its skipped files as lines. */
final class ImportPreview {
    private ImportPreview() {
    }

    /** Each preview picture as a tile named after its class, in the folder's order. */
    static List<SampleTile> tiles(ImageDataset pictures) {
        List<SampleTile> tiles = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            tiles.add(new SampleTile(new GreyImage(pictures.rows(), pictures.cols(),
                    pictures.image(i, PixelScaling.GREY)), pictures.classNames().get(pictures.label(i))));
        }
        return tiles;
    }

    /**
     * A listener that reports each file to the bar as "Converting: 1,204 of 10,000 files" and stops the import once
     * Cancel was pressed or the job was cancelled.
     */
    static ImportListener listener(BackgroundWork.ProgressReporter p, java.util.function.BooleanSupplier cancel) {
        return new ImportListener() {
            @Override
            public void progress(Stage stage, int done, int total) {
                p.progress(done / (double) total, I18n.text(stage == Stage.SURVEY ? "train.import.progress.survey"
                        : "train.import.progress.convert", done, total));
            }

            @Override
            public boolean cancelled() {
                return cancel.getAsBoolean() || p.isCancelled();
            }
        };
    }

    /** "folder/file.png: truncated or damaged (what the reader said)", the reason in the UI's language. */
    static List<String> skippedLines(List<SkippedImage> skipped) {
        return skipped.stream().map(s -> s.file() + ": " + I18n.text(s.reason().key())
                + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")")).toList();
    }
}
