package org.vaeexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The datasets a source names besides IDX files: the generated {@link ColourShapes} ({@code shapes}) and
 * {@link SpriteSpace sprites} ({@code sprites}, {@code sprites-small}), and a folder
 * of pictures, its path optionally followed by {@code ?} and {@link ImageFolderOptions#text() options}
 * ({@code ~/leaves?size=64&fit=pad}). A folder is a picture folder when it holds no IDX file, so every folder that
 * opened before opens the same way.
 *
 * @param folder  the picture folder
 * @param options what follows the {@code ?}, or the defaults
 */
record PictureFolderSource(Path folder, ImageFolderOptions options) {
    /** The splits {@code base} names, when it names generated data or a picture folder. */
    static Optional<LabelledSplits> load(String base, int trainLimit, int testLimit) throws IOException {
        LabelledSplits data;
        Optional<SpriteSpace> sprites = SpriteSpace.byId(base);
        if (ColourShapes.ID.equalsIgnoreCase(base)) {
            data = ColourShapes.standard();
        } else if (sprites.isPresent()) {
            data = SpriteDataset.standard(sprites.get()).splits();
        } else {
            Optional<PictureFolderSource> folder = parse(base);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            data = ImageFolderImport.inUserCache().open(folder.get().folder(), folder.get().options(),
                    ImportListener.NONE).splits();
        }
        ImageDataset train = trainLimit > 0 ? data.train().head(trainLimit) : data.train();
        ImageDataset test = testLimit > 0 ? data.test().head(testLimit) : data.test();
        return Optional.of(new LabelledSplits(data.name(), train, test, data.fileSha256()));
    }

    /** A picture folder with its options, or empty when {@code base} is no folder or a folder of IDX files. */
    static Optional<PictureFolderSource> parse(String base) throws IOException {
        Path whole = pathOrNull(base);
        if (whole != null && Files.isDirectory(whole)) {
            return holdsIdx(whole) ? Optional.empty()
                    : Optional.of(new PictureFolderSource(whole, ImageFolderOptions.DEFAULTS));
        }
        int q = base.lastIndexOf('?');
        Path folder = q > 0 ? pathOrNull(base.substring(0, q)) : null;
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return Optional.of(new PictureFolderSource(folder, ImageFolderOptions.parse(base.substring(q + 1))));
    }

    /** The path, or null where the file system cannot name it (a {@code ?} on Windows). */
    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static boolean holdsIdx(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.contains("idx1") || n.contains("idx3") || n.contains("-ubyte"));
        }
    }

    /** {@code folder?options}, or the folder alone for the defaults: what {@link #parse} reads back. */
    String text() {
        String o = options.text();
        return o.isEmpty() ? folder.toString() : folder + "?" + o;
    }
}
