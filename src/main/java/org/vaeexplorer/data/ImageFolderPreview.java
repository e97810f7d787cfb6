package org.vaeexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few pictures of each class converted exactly as {@link ImageFolderImport} converts them, nothing cached: the
 * grid a dialog shows of what the model will see before the whole folder is converted or anything trains.
 */
public final class ImageFolderPreview {
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderPreview.class);

    private ImageFolderPreview() {
    }

    /**
     * The first {@code perClass} usable pictures of each class, in the folder's order (files that cannot be used are
     * passed over), labelled by class.
     *
     * @param options concrete options (side and channels chosen, e.g. by {@link ImageFolderImport#defaults})
     */
    public static ImageDataset of(Path folder, ImageFolderOptions options, int perClass) throws IOException {
        if (!options.concrete()) {
            throw new IllegalArgumentException("a preview needs the side and channels chosen: " + options);
        }
        ImageFolderScan scan = ImageFolderImport.scanned(folder);
        int[] taken = new int[scan.classNames().size()];
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        List<Integer> labels = new ArrayList<>();
        for (ImageFolderScan.Entry e : scan.entries()) {
            if (taken[e.label()] >= perClass) {
                continue;
            }
            try {
                pixels.write(PictureFitting.fit(PictureReader.decode(PictureReader.bytes(e.file()), options.side()),
                        options.side(), options.channels(), options.fit()));
                labels.add(e.label());
                taken[e.label()]++;
            } catch (PictureReader.Skip s) {
                LOG.debug("{}: {} left out of the preview: {}", folder, e.relative(), s.getMessage());
            }
        }
        return new ImageDataset(folder.toAbsolutePath().normalize().getFileName().toString(), options.side(),
                options.side(), options.channels(), pixels.toByteArray(),
                labels.stream().mapToInt(Integer::intValue).toArray(), scan.classNames());
    }
}
