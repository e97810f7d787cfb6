package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.DatasetInfo;
import org.vaeexplorer.checkpoint.Manifests;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * A colour model on Explore: the point's image, the grid and a test image's reconstruction come as three planes
 * (the views draw them in RGB), and the drawing pad says it is for grey models.
 */
class ColourExploreTest {
    @TempDir
    Path dir;
    private ExploreViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void aColourModelsPictureGridAndReconstructionAreInColourAndThePadIsForGreyModels() throws Exception {
        LabelledSplits shapes = ColourShapes.generate(0, 2, 1);
        ModelSpec spec = ModelKind.CONV_VAE.defaultSpec(32, 32, 3, shapes.train().numClasses());
        Path file = dir.resolve("shapes.vaex");
        new CheckpointStore().save(file, Manifests.of(spec, DatasetInfo.of(shapes, ColourShapes.ID,
                        PixelScaling.GREY), new TrainingSettings(1, 16, 1e-3, 1, PixelScaling.GREY, 0, 0),
                new TrainingState(), "train"), VaeModel.create(spec, 2, 1e-3));
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(file);
        assertEquals("", vm.errorProperty().get());
        var can = vm.capabilitiesProperty().get();
        assertEquals(3, can.channels());
        assertFalse(can.draws(), "the pad draws grey");

        ExploreViewModelTest.await(() -> vm.point().decodedProperty().get() != null);
        GreyImage point = vm.point().decodedProperty().get().image();
        assertEquals(3, point.channels());
        assertEquals(3 * 32 * 32, point.pixels().length);

        vm.views().gridSizeProperty().set(3);
        vm.views().renderGrid();
        ExploreViewModelTest.await(() -> vm.views().gridProperty().get() != null
                && vm.views().gridProperty().get().rows() == 3 * 32);
        GreyImage grid = vm.views().gridProperty().get();
        assertEquals(3, grid.channels());
        assertEquals(3 * 32, grid.cols());

        var codes = vm.codesProperty().get();
        assertNotNull(codes);
        vm.point().jumpToTest(1, codes);
        ExploreViewModelTest.await(() -> vm.point().reconstructionProperty().get() != null);
        var r = vm.point().reconstructionProperty().get();
        assertEquals(3, r.original().channels());
        assertEquals(3, r.reconstruction().channels());
        // A shape of one hue on black: some pixel's planes differ, so the planes are the test image's own.
        float[] x = r.original().pixels();
        int plane = 32 * 32;
        boolean coloured = false;
        for (int i = 0; i < plane && !coloured; i++) {
            coloured = Math.abs(x[i] - x[plane + i]) > 0.2 || Math.abs(x[i] - x[2 * plane + i]) > 0.2;
        }
        assertTrue(coloured, "the test image is in colour");
    }

    @Test
    void aCheckpointWhoseFolderIsGoneOpensAndThePlaneSaysWhereItsTestImagesWereLastFound() throws Exception {
        LabelledSplits shapes = ColourShapes.generate(0, 2, 1);
        ModelSpec spec = ModelKind.CONV_VAE.defaultSpec(32, 32, 3, shapes.train().numClasses());
        String gone = dir.resolve("photos-moved-away") + "?size=32&colour=rgb";
        Path file = dir.resolve("photos.vaex");
        new CheckpointStore().save(file, Manifests.of(spec, DatasetInfo.of(shapes, gone, PixelScaling.GREY),
                new TrainingSettings(1, 16, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "train"),
                VaeModel.create(spec, 2, 1e-3));
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(file);
        assertEquals("", vm.errorProperty().get(), "the model opens without its dataset");
        ExploreSession s = vm.sessionProperty().get();
        assertEquals(0, s.test().size());
        assertEquals(3, s.test().channels(), "the stand-in test set has the model's channels");
        assertEquals(org.vaeexplorer.ui.common.I18n.text("explore.plane.noTestImages", gone),
                ExploreTexts.noTestImages(s));
        assertTrue(ExploreTexts.noTestImages(s).contains("photos-moved-away"));
        ExploreViewModelTest.await(() -> vm.point().decodedProperty().get() != null);
        assertEquals(3, vm.point().decodedProperty().get().image().channels(), "it still decodes, in colour");
    }

    @Test
    void aModelOfAFolderWithoutClassesSaysWhyThePlaneHasOneColourAndThereIsNoClusterAccuracy() throws Exception {
        org.vaeexplorer.data.ImageDataset flat = new org.vaeexplorer.data.ImageDataset("leaves", 32, 32, 3,
                new byte[4 * 32 * 32 * 3], new int[4], java.util.List.of("leaves"));
        LabelledSplits leaves = new LabelledSplits("leaves", flat, flat);
        ModelSpec spec = org.vaeexplorer.model.ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(32, 32, 3, 1)
                .latent(2).categories(java.util.List.of(4)).build();
        ExploreSession s = new ExploreSession("leaves.vaex", org.vaeexplorer.explore.LatentExplorer.owning(
                VaeModel.create(spec, 2, 1e-3)), flat, PixelScaling.GREY, Manifests.of(spec, DatasetInfo.of(leaves,
                "/somewhere/leaves", PixelScaling.GREY), new TrainingSettings(1, 16, 1e-3, 1, PixelScaling.GREY, 0,
                0), new TrainingState(), "train"), null);
        String why = org.vaeexplorer.ui.common.I18n.text("explore.unlabelled", "leaves");
        assertEquals(why, ExploreTexts.unlabelled(s));
        assertEquals(why, ExploreTexts.clusters(s, null, 4), "the Clusters tab says why there is no accuracy");
        assertEquals("", ExploreTexts.noTestImages(s), "its test images are there");
    }
}
