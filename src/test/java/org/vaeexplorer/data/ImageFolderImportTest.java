package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of pictures becomes a dataset: shape, labels, split, skipped files, refusals and the cache. */
class ImageFolderImportTest {
    /** Short sides of each class's ten pictures: their median, with or without the truncated ones' (40, 64), is 33. */
    private static final int[] SHORT_SIDES = {20, 26, 28, 30, 31, 33, 34, 36, 50, 90};
    private static final List<String> CLASSES = List.of("leaves", "玩具");

    @TempDir
    Path tmp;

    /** Ten pictures a class, cycling grey PNG, colour JPEG, transparent PNG, grey JPEG, colour PNG; then bad files. */
    private Path classFolder() throws IOException {
        Path root = tmp.resolve("pictures");
        int n = 0;
        for (String c : CLASSES) {
            for (int i = 0; i < SHORT_SIDES.length; i++) {
                int s = SHORT_SIDES[i];
                int w = i % 2 == 0 ? s : s + 7;
                int h = i % 2 == 0 ? s + 11 : s;
                Path dir = root.resolve(c);
                switch (i % 5) {
                    case 0 -> TestPictures.write(TestPictures.noise(w, h, BufferedImage.TYPE_BYTE_GRAY, n), "png",
                            dir.resolve("p" + i + ".png"));
                    case 1 -> TestPictures.write(TestPictures.noise(w, h, BufferedImage.TYPE_INT_RGB, n), "jpg",
                            dir.resolve("p" + i + ".jpg"));
                    case 2 -> TestPictures.write(TestPictures.noise(w, h, BufferedImage.TYPE_INT_ARGB, n), "png",
                            dir.resolve("p" + i + ".png"));
                    case 3 -> TestPictures.write(TestPictures.noise(w, h, BufferedImage.TYPE_BYTE_GRAY, n), "jpg",
                            dir.resolve("p" + i + ".jpeg"));
                    default -> TestPictures.write(TestPictures.noise(w, h, BufferedImage.TYPE_INT_RGB, n), "png",
                            dir.resolve("p" + i + ".png"));
                }
                n++;
            }
        }
        Path leaves = root.resolve("leaves");
        Files.createSymbolicLink(leaves.resolve("gone.png"), tmp.resolve("nowhere.png"));
        Files.createFile(leaves.resolve("empty.png"));
        TestPictures.truncate(TestPictures.write(TestPictures.noise(40, 40, BufferedImage.TYPE_INT_RGB, 99), "png",
                leaves.resolve("cut.png")), 0.5);
        TestPictures.truncate(TestPictures.write(TestPictures.noise(64, 64, BufferedImage.TYPE_INT_RGB, 98), "jpg",
                root.resolve("玩具").resolve("cut.jpg")), 0.5);
        Files.writeString(root.resolve("玩具").resolve("notes.png"), "not a picture, whatever its name says");
        Files.writeString(root.resolve("README.txt"), "beside the class folders: no class, left out");
        Files.writeString(leaves.resolve(".DS_Store"), "hidden: left out");
        return root;
    }

    @Test
    void twoClassFoldersImportToTheMedianSideInColourWithTheirNamesAndASplitPerClass() throws IOException {
        ImportedFolder f = new ImageFolderImport(tmp.resolve("cache")).open(classFolder(),
                ImageFolderOptions.DEFAULTS, ImportListener.NONE);

        LabelledSplits s = f.splits();
        assertEquals(32, s.rows(), "33, the median short side, is nearest 32");
        assertEquals(32, s.cols());
        assertEquals(3, s.channels(), "some pictures are in colour");
        assertEquals(32 * 32 * 3, s.train().pixelsPerImage());
        assertEquals(CLASSES, s.train().classNames());
        assertTrue(f.labelled());
        assertEquals(Map.of(0, 9, 1, 9), counts(s.train()), "90/10 per class");
        assertEquals(Map.of(0, 1, 1, 1), counts(s.test()));
        assertEquals(Map.of("leaves/gone.png", SkipReason.UNREADABLE, "leaves/empty.png", SkipReason.ZERO_BYTE,
                "leaves/cut.png", SkipReason.TRUNCATED, "玩具/cut.jpg", SkipReason.TRUNCATED,
                "玩具/notes.png", SkipReason.NOT_AN_IMAGE), skippedByFile(f));
        assertEquals("20 images, 5 skipped", f.summary());
        assertEquals(new ImageFolderOptions(32, 3, ImageFolderOptions.Fit.CROP, 10, 0), f.options());
    }

    @Test
    void theDefaultsAreSurveyedAloneAndThePreviewShowsWhatTheImportMakes() throws IOException {
        Path folder = classFolder();
        ImageFolderImport importer = new ImageFolderImport(tmp.resolve("cache"));
        CountingListener listener = new CountingListener();
        ImageFolderOptions chosen = importer.defaults(folder, ImageFolderOptions.DEFAULTS, listener);
        assertEquals(new ImageFolderOptions(32, 3, ImageFolderOptions.Fit.CROP, 10, 0), chosen);
        assertEquals(0, listener.converted.get(), "headers only");
        assertTrue(listener.surveyed.get() > 0);

        ImageDataset preview = ImageFolderPreview.of(folder, chosen, 3);
        assertEquals(Map.of(0, 3, 1, 3), counts(preview), "bad files are passed over");
        LabelledSplits all = importer.open(folder, chosen, ImportListener.NONE).splits();
        for (int i = 0; i < preview.size(); i++) {
            float[] shown = preview.image(i, PixelScaling.GREY);
            boolean found = false;
            for (ImageDataset split : List.of(all.train(), all.test())) {
                for (int j = 0; j < split.size() && !found; j++) {
                    found = split.label(j) == preview.label(i)
                            && java.util.Arrays.equals(shown, split.image(j, PixelScaling.GREY));
                }
            }
            assertTrue(found, "preview image " + i + " is one the import made");
        }
    }

    @Test
    void theSplitFollowsItsSeedAndTheChosenOptionsAreKept() throws IOException {
        Path folder = classFolder();
        ImageFolderImport importer = new ImageFolderImport(tmp.resolve("cache"));
        ImageFolderOptions grey = new ImageFolderOptions(64, 1, ImageFolderOptions.Fit.PAD, 20, 7);
        ImportedFolder a = importer.open(folder, grey, ImportListener.NONE);
        ImportedFolder b = importer.open(folder, new ImageFolderOptions(64, 1, ImageFolderOptions.Fit.PAD, 20, 8),
                ImportListener.NONE);

        assertEquals(grey, a.options());
        assertEquals(64 * 64, a.splits().train().pixelsPerImage());
        assertEquals(1, a.splits().channels());
        assertEquals(Map.of(0, 2, 1, 2), counts(a.splits().test()), "20 percent of each class's ten");
        assertFalse(java.util.Arrays.equals(a.splits().test().batch(new int[] {0, 1, 2, 3}, PixelScaling.GREY),
                b.splits().test().batch(new int[] {0, 1, 2, 3}, PixelScaling.GREY)), "another seed, another split");
    }

    @Test
    void transparencyIsCompositedOnWhiteAndColourIsStoredPlaneByPlane() throws IOException {
        Path flat = tmp.resolve("flat");
        TestPictures.write(TestPictures.filled(30, 20, new Color(0, 0, 0, 0)), "png", flat.resolve("clear.png"));
        TestPictures.write(TestPictures.filled(20, 30, new Color(255, 0, 0)), "png", flat.resolve("red.png"));
        ImportedFolder f = new ImageFolderImport(tmp.resolve("cache")).open(flat,
                new ImageFolderOptions(28, 3, ImageFolderOptions.Fit.CROP, 10, 0), ImportListener.NONE);

        assertFalse(f.labelled());
        assertEquals(List.of("flat"), f.splits().train().classNames());
        float[] clear = null;
        float[] red = null;
        for (ImageDataset split : List.of(f.splits().train(), f.splits().test())) {
            float[] image = split.image(0, PixelScaling.GREY);
            if (image[28 * 28] > 0.5f) {
                clear = image;
            } else {
                red = image;
            }
        }
        int plane = 28 * 28;
        for (int p = 0; p < plane; p++) {
            assertEquals(3f, clear[p] + clear[plane + p] + clear[2 * plane + p], 1e-6f, "white: " + p);
            assertEquals(1f, red[p], 1e-6f, "red plane first");
            assertEquals(0f, red[plane + p] + red[2 * plane + p], 1e-6f, "then green and blue");
        }
    }

    @Test
    void bmpAndGifAreReadTooAndAWidePictureIsPaddedWithWhite() throws IOException {
        Path flat = tmp.resolve("formats");
        TestPictures.write(TestPictures.noise(40, 40, BufferedImage.TYPE_INT_RGB, 1), "bmp", flat.resolve("a.bmp"));
        TestPictures.write(TestPictures.noise(40, 40, BufferedImage.TYPE_INT_RGB, 2), "gif", flat.resolve("b.gif"));
        BufferedImage wide = new BufferedImage(64, 16, BufferedImage.TYPE_BYTE_GRAY);
        TestPictures.write(wide, "png", flat.resolve("c.png"));
        ImportedFolder f = new ImageFolderImport(tmp.resolve("cache")).open(flat,
                new ImageFolderOptions(32, 1, ImageFolderOptions.Fit.PAD, 10, 0), ImportListener.NONE);

        assertEquals(List.of(), f.skipped());
        assertEquals(3, f.images());
        float[] padded = null;
        for (ImageDataset split : List.of(f.splits().train(), f.splits().test())) {
            for (int i = 0; i < split.size(); i++) {
                float[] image = split.image(i, PixelScaling.GREY);
                if (image[16 * 32 + 16] == 0f) {
                    padded = image;
                }
            }
        }
        assertEquals(1f, padded[0], "above the black strip: white padding");
        assertEquals(1f, padded[31 * 32 + 31], "below it");
        assertEquals(0f, padded[16 * 32], "the strip spans the whole width");
    }

    @Test
    void anEmptyFolderAndAFolderOfNothingUsableAreRefusedByKey() throws IOException {
        ImageFolderImport importer = new ImageFolderImport(tmp.resolve("cache"));
        Path empty = Files.createDirectories(tmp.resolve("empty").resolve("class").resolve(".hidden"));
        DatasetRefusedException none = assertThrows(DatasetRefusedException.class,
                () -> importer.open(empty.getParent().getParent(), ImageFolderOptions.DEFAULTS, ImportListener.NONE));
        assertEquals("data.folder.empty", none.key());

        Path junk = tmp.resolve("junk");
        Files.createDirectories(junk);
        Files.createFile(junk.resolve("a.png"));
        Files.writeString(junk.resolve("b.gif"), "text");
        DatasetRefusedException nothing = assertThrows(DatasetRefusedException.class,
                () -> importer.open(junk, ImageFolderOptions.DEFAULTS, ImportListener.NONE));
        assertEquals("data.folder.nothingUsable", nothing.key());
        assertEquals(List.of(junk.toString(), 2, 0, 1, 0, 1), nothing.args(), "2 files: 1 empty, 1 not a picture");
    }

    @Test
    void aSecondOpenReadsTheCacheAndAChangedFileIsNoticed() throws IOException {
        Path folder = classFolder();
        ImageFolderImport importer = new ImageFolderImport(tmp.resolve("cache"));
        CountingListener first = new CountingListener();
        ImportedFolder a = importer.open(folder, ImageFolderOptions.DEFAULTS, first);
        CountingListener second = new CountingListener();
        ImportedFolder b = importer.open(folder, ImageFolderOptions.DEFAULTS, second);

        assertEquals(25, first.converted.get(), "every candidate file was handled once");
        assertFalse(a.fromCache());
        assertTrue(b.fromCache());
        assertEquals(0, second.surveyed.get() + second.converted.get(), "the second open decoded nothing");
        assertArrayEquals(a.splits().train().batch(indices(18), PixelScaling.GREY),
                b.splits().train().batch(indices(18), PixelScaling.GREY));
        assertEquals(a.skipped(), b.skipped());
        assertEquals(a.splits().fileSha256(), b.splits().fileSha256());

        Path changed = folder.resolve("leaves").resolve("p4.png");
        TestPictures.write(TestPictures.noise(33, 33, BufferedImage.TYPE_INT_RGB, 1234), "png", changed);
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));
        CountingListener third = new CountingListener();
        ImportedFolder c = importer.open(folder, ImageFolderOptions.DEFAULTS, third);

        assertFalse(c.fromCache());
        assertEquals(25, third.converted.get());
        assertFalse(a.splits().fileSha256().equals(c.splits().fileSha256()), "the sources' checksum changed");
        try (Stream<Path> files = Files.walk(tmp.resolve("cache"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".meta")).count(), "the stale set is gone");
        }
    }

    @Test
    void aCancelStopsTheImportAndLeavesNoSetBehind() throws IOException {
        Path folder = classFolder();
        ImageFolderImport importer = new ImageFolderImport(tmp.resolve("cache"));
        CountingListener cancelling = new CountingListener() {
            @Override
            public boolean cancelled() {
                return converted.get() >= 3;
            }
        };
        assertThrows(java.io.InterruptedIOException.class, () -> importer.open(folder,
                new ImageFolderOptions(28, 1, ImageFolderOptions.Fit.CROP, 10, 0), cancelling));
        assertEquals(3, cancelling.converted.get());
        assertFalse(importer.open(folder, new ImageFolderOptions(28, 1, ImageFolderOptions.Fit.CROP, 10, 0),
                ImportListener.NONE).fromCache(), "nothing half-converted was kept");
    }

    private static class CountingListener implements ImportListener {
        final AtomicInteger surveyed = new AtomicInteger();
        final AtomicInteger converted = new AtomicInteger();

        @Override
        public void progress(Stage stage, int done, int total) {
            (stage == Stage.SURVEY ? surveyed : converted).incrementAndGet();
        }
    }

    private static int[] indices(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    private static Map<Integer, Integer> counts(ImageDataset d) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (int l : d.labels()) {
            out.merge(l, 1, Integer::sum);
        }
        return out;
    }

    private static Map<String, SkipReason> skippedByFile(ImportedFolder f) {
        Map<String, SkipReason> out = new TreeMap<>();
        f.skipped().forEach(s -> out.put(s.file(), s.reason()));
        return out;
    }
}
