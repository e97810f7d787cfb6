package org.vaeexplorer.ui.train;

import java.nio.file.Path;
import org.vaeexplorer.data.BundledDataset;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.SpriteSpace;
import org.vaeexplorer.ui.common.I18n;

/**
 * An entry of the dataset picker: a bundled dataset, the generated colour example ({@link ColourShapes}), the
 * generated sprites with known factors, or a folder the user opened.
 */
public record DatasetChoice(String key, String label) {
    public static DatasetChoice bundled(BundledDataset d) {
        return new DatasetChoice(d.id(), d.displayName());
    }

    /** The colour example, generated rather than shipped. */
    public static DatasetChoice shapes() {
        return new DatasetChoice(ColourShapes.ID, ColourShapes.ID);
    }

    /** Generated sprites with known factors ({@code sprites}, {@code sprites-small}), drawn rather than shipped. */
    public static DatasetChoice sprites(SpriteSpace space) {
        return new DatasetChoice(space.id(), space.id());
    }

    public static DatasetChoice folder(Path dir) {
        Path name = dir.getFileName();
        return new DatasetChoice(dir.toAbsolutePath().toString(), I18n.text("train.dataset.opened", name == null ? dir : name));
    }

    /**
     * A folder of pictures converted with {@code options}: the key is what {@code DatasetLoader} reads back
     * ({@code /path/leaves?size=32&colour=rgb}), the label names the folder, side and colour.
     */
    public static DatasetChoice pictures(Path dir, org.vaeexplorer.data.ImageFolderOptions options) {
        Path name = dir.getFileName();
        String text = options.text();
        return new DatasetChoice(dir.toAbsolutePath() + (text.isEmpty() ? "" : "?" + text),
                I18n.text("train.dataset.openedPictures", name == null ? dir : name, options.side(),
                        options.channels() == 3 ? 1 : 0));
    }

    /** A bundled dataset's name is read from the bundle when shown, so the picker follows a language switch. */
    @Override
    public String label() {
        return BundledDataset.byId(key).isPresent() || DatasetLoader.isGenerated(key) ? I18n.text("dataset." + key)
                : label;
    }

    @Override
    public String toString() {
        return label();
    }
}
