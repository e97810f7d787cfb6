package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sources are picture folders, and how their options are written after the path. */
class PictureFolderSourceTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutIdxFilesIsAPictureFolderAndItsOptionsFollowAQuestionMark() throws IOException {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        ImageFolderOptions o = new ImageFolderOptions(64, 1, ImageFolderOptions.Fit.PAD, 20, 3);

        assertEquals(ImageFolderOptions.DEFAULTS, PictureFolderSource.parse(photos.toString()).orElseThrow()
                .options());
        PictureFolderSource withOptions = PictureFolderSource.parse(photos + "?" + o.text()).orElseThrow();
        assertEquals(photos, withOptions.folder());
        assertEquals(o, withOptions.options());
        assertEquals(photos + "?size=64&colour=grey&fit=pad&test=20&seed=3", withOptions.text());
        assertEquals(ImageFolderOptions.DEFAULTS, ImageFolderOptions.parse(""));
        DatasetRefusedException bad = assertThrows(DatasetRefusedException.class,
                () -> PictureFolderSource.parse(photos + "?size=48"));
        assertEquals("data.folder.badOptions", bad.key());
    }

    @Test
    void aFolderOfIdxFilesAndABundledIdAreNotPictureFolders() throws IOException {
        Path idx = Files.createDirectories(tmp.resolve("digits"));
        Files.createFile(idx.resolve("train-images-idx3-ubyte.gz"));
        assertTrue(PictureFolderSource.parse(idx.toString()).isEmpty());
        assertTrue(PictureFolderSource.parse("mnist").isEmpty());
    }

    @Test
    void theDefaultSideIsTheNearestOfTheThreeAndATieGoesToTheLarger() {
        assertEquals(List.of(28, 28, 32, 32, 32, 64, 64), List.of(ImageFolderOptions.nearestSide(10),
                ImageFolderOptions.nearestSide(29), ImageFolderOptions.nearestSide(30),
                ImageFolderOptions.nearestSide(33), ImageFolderOptions.nearestSide(47),
                ImageFolderOptions.nearestSide(48), ImageFolderOptions.nearestSide(4000)));
    }

    @Test
    void greyDatasetsReportOneChannelAndKeepTheirLayout() throws IdxFormatException {
        ImageDataset grey = new ImageDataset("g", 2, 2, new byte[] {0, (byte) 255, 0, 0}, new int[] {0}, List.of("a"));
        assertEquals(1, grey.channels());
        assertEquals(4, grey.pixelsPerImage());
        assertEquals(1, grey.onlyClasses(List.of(0)).channels());
        ImageDataset colour = new ImageDataset("c", 1, 2, 3, new byte[] {1, 2, 3, 4, 5, 6}, new int[] {0},
                List.of("a"));
        assertEquals(6, colour.head(1).pixelsPerImage());
        assertEquals(3, colour.onlyClasses(List.of(0)).channels());
    }
}
