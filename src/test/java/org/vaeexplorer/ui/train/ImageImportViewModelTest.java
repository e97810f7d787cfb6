package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.ImageFolderImport;
import org.vaeexplorer.data.ImageFolderOptions;
import org.vaeexplorer.data.ImportListener;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.train.ImageImportViewModel.Phase;

/** The import dialog's view model: survey, defaults, preview, conversion with a count, skipped files, refusal. */
class ImageImportViewModelTest {
    @TempDir
    Path tmp;
    private final FixedDialogService dialogs = new FixedDialogService();
    private final List<Object[]> imported = new ArrayList<>();
    private final List<String> counts = new ArrayList<>();

    private ImageImportViewModel viewModel() {
        ImageImportViewModel vm = new ImageImportViewModel(new InlineExecutor(), dialogs,
                new ImageFolderImport(tmp.resolve("cache")), (dir, options) -> imported.add(new Object[] {dir,
                        options}));
        vm.progressTextProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                counts.add(now);
            }
        });
        return vm;
    }

    /** {@code n} colour or grey pictures of {@code side} x {@code side + 6} in {@code dir}. */
    private static void pictures(Path dir, int n, int side, boolean colour) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(side + n);
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(side, side + 6, colour ? BufferedImage.TYPE_INT_RGB
                    : BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, colour ? random.nextInt(1 << 24) : (x * 4 & 255) * 0x010101);
                }
            }
            ImageIO.write(image, "png", dir.resolve("p" + i + ".png").toFile());
        }
    }

    @Test
    void theDefaultsComeFromThePicturesThePreviewFollowsTheChoicesAndTheImportCountsAndListsWhatItSkipped()
            throws IOException {
        Path folder = tmp.resolve("toys");
        pictures(folder.resolve("cars"), 6, 60, true);
        pictures(folder.resolve("熊"), 5, 60, false);
        Files.createFile(folder.resolve("cars").resolve("empty.png"));
        Files.writeString(folder.resolve("熊").resolve("notes.jpg"), "not a picture");
        ImageImportViewModel vm = viewModel();

        vm.start(folder);

        assertEquals(Phase.CHOOSING, vm.phaseProperty().get());
        assertEquals(64, vm.sideProperty().get(), "the median short side, 60, is nearest 64");
        assertTrue(vm.colourProperty().get(), "one class is in colour");
        assertEquals(ImageFolderOptions.Fit.CROP, vm.fitProperty().get());
        assertEquals(10, vm.testPercentProperty().get());
        assertEquals(I18n.text("train.import.found", 13, 2, "cars, 熊", 60, 1, 2), vm.foundProperty().get());
        assertEquals("", vm.unlabelledProperty().get(), "a folder with class subfolders has labels");
        assertTrue(counts.contains(I18n.text("train.import.progress.survey", 13, 13)), counts.toString());
        int perClass = ImageImportViewModel.PREVIEW_TILES / 2 > 8 ? 8 : ImageImportViewModel.PREVIEW_TILES / 2;
        assertEquals(6 + 5, vm.preview().size(), "every usable picture, fewer than " + perClass + " a class");
        assertEquals(64 * 64 * 3, vm.preview().get(0).image().pixels().length);
        assertEquals("熊", vm.preview().get(vm.preview().size() - 1).className());

        vm.sideProperty().set(32);
        vm.colourProperty().set(false);
        vm.fitProperty().set(ImageFolderOptions.Fit.PAD);
        assertEquals(32 * 32, vm.preview().get(0).image().pixels().length, "the preview is converted anew");
        assertEquals(1, vm.preview().get(0).image().channels());

        vm.importNow();

        assertEquals(Phase.CLOSED, vm.phaseProperty().get());
        assertEquals(1, imported.size());
        assertEquals(folder, imported.get(0)[0]);
        assertEquals(new ImageFolderOptions(32, 1, ImageFolderOptions.Fit.PAD, 10, 0), imported.get(0)[1]);
        assertTrue(counts.contains(I18n.text("train.import.progress.convert", 13, 13)), counts.toString());
        List<String> notice = dialogs.notices().get(0);
        assertEquals(I18n.text("data.folder.summary", 11, 2), notice.get(0));
        assertEquals(3, notice.size(), "the summary and one line per skipped file: " + notice);
        assertTrue(notice.get(1).startsWith("cars/empty.png: " + I18n.text("data.skip.zeroByte")), notice.get(1));
        assertTrue(notice.get(2).startsWith("熊/notes.jpg: " + I18n.text("data.skip.notAnImage")), notice.get(2));
    }

    @Test
    void aFlatFolderSaysWhatIsOffWithoutClasses() throws IOException {
        Path flat = tmp.resolve("leaves");
        pictures(flat, 4, 28, false);
        ImageImportViewModel vm = viewModel();

        vm.start(flat);

        assertEquals(I18n.text("train.import.unlabelled"), vm.unlabelledProperty().get());
        assertEquals(I18n.text("train.import.foundFlat", 4, 1, "leaves", 28, 0, 0), vm.foundProperty().get());
        assertFalse(vm.colourProperty().get(), "no picture has colour");
        assertEquals(28, vm.sideProperty().get());
        vm.importNow();
        assertTrue(dialogs.notices().isEmpty(), "nothing skipped, nothing to list");
        assertEquals(1, imported.size());
    }

    @Test
    void aFolderWithNothingUsableIsRefusedSayingWhatWasFound() throws IOException {
        Path junk = tmp.resolve("junk");
        Files.createDirectories(junk);
        Files.createFile(junk.resolve("a.png"));
        Files.writeString(junk.resolve("b.gif"), "GIF? no");
        ImageImportViewModel vm = viewModel();

        vm.start(junk);

        assertEquals(Phase.REFUSED, vm.phaseProperty().get());
        assertEquals(I18n.text("data.folder.nothingUsable", junk.toString(), 2, 0, 1, 0, 1),
                vm.refusalProperty().get());
        assertTrue(imported.isEmpty());
        vm.close();
        assertEquals(Phase.CLOSED, vm.phaseProperty().get());
    }

    @Test
    void cancelDuringTheConversionGoesBackToTheChoicesAndLeavesNothingInTheCache() throws IOException {
        Path folder = tmp.resolve("many");
        pictures(folder.resolve("a"), 6, 32, true);
        pictures(folder.resolve("b"), 6, 32, true);
        ImageImportViewModel vm = viewModel();
        vm.start(folder);
        vm.progressProperty().addListener((o, was, now) -> {
            if (vm.phaseProperty().get() == Phase.CONVERTING && now.doubleValue() >= 0.25) {
                vm.cancel();
            }
        });

        vm.importNow();

        assertEquals(Phase.CHOOSING, vm.phaseProperty().get(), "Cancel goes back to the choices");
        assertTrue(imported.isEmpty(), "no dataset opened");
        assertEquals("", vm.refusalProperty().get(), "a cancel is no refusal");
        assertEquals(12, vm.preview().size(), "the preview is back");
        AtomicInteger converted = new AtomicInteger();
        new ImageFolderImport(tmp.resolve("cache")).open(folder, vm.options(), (stage, done, total) -> {
            if (stage == ImportListener.Stage.CONVERT) {
                converted.incrementAndGet();
            }
        });
        assertEquals(12, converted.get(), "the cancelled conversion was not kept: the next converts every file");
    }

    @Test
    void theTrainPageAsksForAFolderAndOpensTheDialogOnIt() throws IOException {
        Path flat = tmp.resolve("flat");
        pictures(flat, 3, 28, false);
        org.vaeexplorer.ui.common.StatusModel status = new org.vaeexplorer.ui.common.StatusModel();
        org.vaeexplorer.data.DatasetCache cache = new org.vaeexplorer.data.DatasetCache();
        TrainViewModel train = new TrainViewModel(new DatasetViewModel(new InlineExecutor(), cache, status),
                new TrainFormViewModel(), new TrainingRunViewModel(new TrainingRunViewModelTest.HeldRunner(),
                new InlineExecutor(), cache, status, tmp.resolve("runs")), dialogs.answer(flat),
                new ImageFolderImport(tmp.resolve("cache")));
        assertNull(train.imports().folderProperty().get());

        train.openImageFolder();

        assertEquals(I18n.text("train.import.open.title"), dialogs.titles().get(0));
        assertEquals(flat, train.imports().folderProperty().get());
        assertEquals(Phase.CHOOSING, train.imports().phaseProperty().get());
        train.imports().close();
    }
}
