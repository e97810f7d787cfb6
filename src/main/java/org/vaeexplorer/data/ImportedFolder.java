package org.vaeexplorer.data;

import java.util.List;

/**
 * A picture folder as a dataset, with what the window says about its import.
 *
 * @param splits    the train and test splits; their {@code fileSha256} has two entries: {@code <folder>/}, the
 *                  SHA-256 over each used file's relative path and contents' SHA-256, and {@code <folder> (converted)},
 *                  the SHA-256 of the converted bytes
 * @param options   the options as resolved (side and channels chosen), which the source text can carry
 * @param labelled  false for a flat folder: its single class is the folder's name, and labels mean nothing
 * @param skipped   the files left out, with their reasons
 * @param fromCache true when the converted set was read from the cache and no picture was decoded
 */
public record ImportedFolder(LabelledSplits splits, ImageFolderOptions options, boolean labelled,
                             List<SkippedImage> skipped, boolean fromCache) {
    public ImportedFolder {
        skipped = List.copyOf(skipped);
    }

    /** Images in both splits. */
    public int images() {
        return splits.train().size() + splits.test().size();
    }

    /** The bundle key of {@link #summary()}; its arguments are {@link #images()} and the skipped count. */
    public static final String SUMMARY_KEY = "data.folder.summary";

    /** "412 images, 3 skipped", the English of {@link #SUMMARY_KEY}. */
    public String summary() {
        return images() + " images, " + skipped.size() + " skipped";
    }
}
