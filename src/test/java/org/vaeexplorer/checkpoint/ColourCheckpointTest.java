package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.ColourShapes;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * A checkpoint records its images' channels, in the model's spec and in its dataset: a colour model reopens as one,
 * a grey model's manifest reads as before colour (no channels written), and a manifest without them is grey.
 */
class ColourCheckpointTest {
    private static final Path FILE = Path.of("colour.vaex");
    private final ObjectMapper json = ManifestParser.mapper();
    @TempDir
    Path dir;

    private static CheckpointManifest manifest(ModelSpec spec, LabelledSplits data) {
        return Manifests.of(spec, DatasetInfo.of(data, ColourShapes.ID, PixelScaling.GREY),
                new TrainingSettings(1, 16, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "train");
    }

    @Test
    void aColourModelsCheckpointReopensAsColourAndDecodesAsItDid() throws Exception {
        LabelledSplits shapes = ColourShapes.generate(0, 2, 1);
        assertEquals(3, shapes.channels());
        ModelSpec spec = ModelKind.CONV_VAE.defaultSpec(shapes.rows(), shapes.cols(), shapes.channels(),
                shapes.train().numClasses());
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        Path file = dir.resolve("colour.vaex");
        CheckpointStore store = new CheckpointStore();
        store.save(file, manifest(spec, shapes), model);
        Checkpoint reopened = store.load(file);
        assertEquals(3, reopened.model().spec().channels());
        assertEquals(3, reopened.manifest().dataset().channels());
        assertEquals(spec, reopened.model().spec());
        LatentCodes codes = LatentCodes.builder(spec, 2).continuous(new float[2 * spec.latentDim()]).build();
        float[] before = model.decode(codes);
        assertEquals(2 * 3 * 32 * 32, before.length, "two images of three planes");
        assertArrayEquals(before, reopened.model().decode(codes));
        reopened.manifest().requireFits(shapes, "shapes");
        org.vaeexplorer.data.ImageDataset greyImages = new org.vaeexplorer.data.ImageDataset("grey", 32, 32,
                new byte[2 * 32 * 32], new int[] {0, 4}, ColourShapes.CLASSES);
        LabelledSplits grey = new LabelledSplits("grey", greyImages, greyImages);
        SpecException e = assertThrows(SpecException.class, () -> reopened.manifest().requireFits(grey, "grey"));
        assertEquals("run.channelsDoNotFit", e.text().key());
    }

    @Test
    void aGreyManifestWritesNoChannelsAndOneWithoutThemIsGrey() throws Exception {
        LabelledSplits shapes = ColourShapes.generate(0, 2, 1);
        ModelSpec colour = ModelKind.VAE.defaultSpec(32, 32, 3, 5);
        JsonNode written = json.readTree(json.writeValueAsBytes(manifest(colour, shapes)));
        assertEquals(3, written.get("model").get("channels").asInt());
        assertEquals(3, written.get("dataset").get("channels").asInt());
        ModelSpec grey = ModelKind.VAE.defaultSpec(32, 32, 5);
        ObjectNode old = (ObjectNode) json.readTree(json.writeValueAsBytes(manifest(colour, shapes)));
        old.set("model", json.readTree(json.writeValueAsBytes(grey)));
        assertFalse(old.get("model").has("channels"), "a grey spec is written as before colour");
        ((ObjectNode) old.get("dataset")).remove("channels");
        CheckpointManifest read = ManifestParser.parse(json, FILE, json.writeValueAsBytes(old));
        assertEquals(1, read.model().channels());
        assertEquals(1, read.dataset().channels());
        assertTrue(ManifestCheck.problems(read).isEmpty(), ManifestCheck.problems(read).toString());
        ((ObjectNode) old.get("dataset")).put("channels", 3);
        CheckpointManifest mismatched = ManifestParser.parse(json, FILE, json.writeValueAsBytes(old));
        assertTrue(ManifestCheck.problems(mismatched).stream().anyMatch(p -> p.contains("channels")),
                ManifestCheck.problems(mismatched).toString());
    }

    @Test
    void a64PixelColourConvCheckpointRecordsItsExtraStageAndReopensAsIt() throws Exception {
        ModelSpec spec = ModelKind.CONV_VAE.defaultSpec(64, 64, 3, 5);
        assertEquals(1, spec.extraStages());
        org.vaeexplorer.data.ImageDataset images = new org.vaeexplorer.data.ImageDataset("big", 64, 64, 3,
                new byte[2 * 64 * 64 * 3], new int[] {0, 1}, ColourShapes.CLASSES);
        LabelledSplits big = new LabelledSplits("big", images, images);
        JsonNode written = json.readTree(json.writeValueAsBytes(manifest(spec, big)));
        assertEquals(1, written.get("model").get("extraStages").asInt());
        ModelSpec small = ModelKind.CONV_VAE.defaultSpec(32, 32, 3, 5);
        assertFalse(json.readTree(json.writeValueAsBytes(small)).has("extraStages"),
                "a net without extra stages is written as before them");
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        Path file = dir.resolve("big.vaex");
        CheckpointStore store = new CheckpointStore();
        store.save(file, manifest(spec, big), model);
        Checkpoint reopened = store.load(file);
        assertEquals(spec, reopened.model().spec());
        float[] z = new float[2 * spec.latentDim()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i % 5 - 2) * 0.7f;
        }
        LatentCodes codes = LatentCodes.builder(spec, 2).continuous(z).build();
        assertArrayEquals(model.decode(codes), reopened.model().decode(codes));
    }
}
