package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

class ManifestParserTest {
    private static final Path FILE = Path.of("old.vaex");
    private final ObjectMapper json = ManifestParser.mapper();

    private ObjectNode manifest() throws Exception {
        DatasetInfo data = new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY, DatasetLoader.DIGITS, 100, 10,
                Map.of("train-images-idx3-ubyte.gz", "ab12"));
        CheckpointManifest m = Manifests.of(ModelKind.VAE.defaultSpec(28, 28, 10), data,
                new TrainingSettings(1, 64, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "train --seed 1");
        return (ObjectNode) json.readTree(json.writeValueAsBytes(m));
    }

    @Test
    void theDatasetChecksumsSurviveTheRoundTrip() throws Exception {
        CheckpointManifest m = ManifestParser.parse(json, FILE, json.writeValueAsBytes(manifest()));
        assertEquals(Map.of("train-images-idx3-ubyte.gz", "ab12"), m.dataset().fileSha256());
        assertEquals("train --seed 1", m.provenance().command());
    }

    /** Files written before the checksums were recorded (the first shipped models) still open, as "unrecorded". */
    @Test
    void aManifestWrittenBeforeChecksumsWereRecordedStillOpens() throws Exception {
        ObjectNode old = manifest();
        ((ObjectNode) old.get("dataset")).remove("fileSha256");
        CheckpointManifest m = ManifestParser.parse(json, FILE, json.writeValueAsBytes(old));
        assertTrue(m.dataset().fileSha256().isEmpty());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), m.dataset().classNames());
    }

    /** Only that field has a default: any other missing field is still a damaged file. */
    @Test
    void anyOtherMissingDatasetFieldIsStillRefused() throws Exception {
        ObjectNode broken = manifest();
        ((ObjectNode) broken.get("dataset")).remove("trainSize");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> ManifestParser.parse(json, FILE, json.writeValueAsBytes(broken)));
        assertTrue(e.getMessage().contains("dataset"), e.getMessage());
    }

    /** Format 2 stores each kind's own record and reads it back as it was, for every kind's defaults. */
    @Test
    void everyKindsRecordSurvivesFormatTwo() throws Exception {
        DatasetInfo data = new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY, DatasetLoader.DIGITS, 100, 10,
                Map.of());
        for (ModelKind kind : ModelKind.values()) {
            CheckpointManifest written = Manifests.of(kind.defaultSpec(28, 28, 10), data,
                    new TrainingSettings(1, 64, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "train");
            assertEquals(2, written.formatVersion());
            CheckpointManifest read = ManifestParser.parse(json, FILE, json.writeValueAsBytes(written));
            assertEquals(written.model(), read.model(), kind.cliName());
            var model = json.readTree(json.writeValueAsBytes(written)).get("model");
            assertEquals(kind.name(), model.get("kind").asText());
            // Format 2 leaves out what a kind does not have.
            assertEquals(read.model().capabilities().completes(), model.has("structured"), kind.cliName());
            assertEquals(read.model().hasCategorical(), model.has("temperature"), kind.cliName());
        }
    }
}
