package org.vaeexplorer.data;

import java.util.List;

/**
 * What the headers of a picture folder's files say before any picture is decoded: what the import dialog shows
 * beside its choices, and the defaults it starts from.
 *
 * @param options    the options asked for with the choices left open made (the side nearest the median, colour when
 *                   any picture is in colour)
 * @param files      the candidate files listed (hidden ones and files beside the class folders left out)
 * @param medianSide the median of the usable pictures' sides (the short side for a centre crop, the long for a pad)
 * @param anyColour  whether any usable picture is stored in colour
 * @param labelled   false for a flat folder: no subfolder, so no classes
 * @param classNames the subfolders' names, or the folder's own name for a flat folder
 * @param skipped    the files whose headers could not be read, with their reasons
 */
public record FolderSurvey(ImageFolderOptions options, int files, int medianSide, boolean anyColour,
                           boolean labelled, List<String> classNames, List<SkippedImage> skipped) {
    public FolderSurvey {
        classNames = List.copyOf(classNames);
        skipped = List.copyOf(skipped);
    }

    /** Files whose headers were read: an upper bound of the pictures the import will convert. */
    public int usable() {
        return files - skipped.size();
    }
}
