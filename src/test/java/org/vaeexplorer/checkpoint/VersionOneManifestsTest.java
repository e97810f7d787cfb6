package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaeexplorer.model.ModelSpec;

/**
 * Every manifest of format 1 opens and describes the model its file holds: the manifests of the shipped models
 * (kept, their figures cut to the first epoch, under {@code checkpoint/v1/}), files from before the dataset's
 * checksums were recorded and from before the structured-output kind existed, and the shipped files themselves.
 */
class VersionOneManifestsTest {
    private static final String[] SHIPPED = {"fashion-cvae-2d", "mnist-beta-vae", "mnist-conv-vae-2d",
        "mnist-cvae-2d", "mnist-joint-vae", "mnist-scvae", "mnist-sevens-beta-vae", "mnist-vae-2d"};
    private final ObjectMapper json = ManifestParser.mapper();

    static Stream<String> fixtures() {
        return Stream.concat(Stream.of(SHIPPED),
                Stream.of("before-checksums-and-structured", "joint-vae-before-structured"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aVersionOneManifestOpensAsTheModelItDescribes(String name) throws Exception {
        byte[] bytes = fixture(name);
        JsonNode written = json.readTree(bytes);
        assertEquals(1, written.get("formatVersion").asInt(), name);
        CheckpointManifest m = ManifestParser.parse(json, Path.of(name + ".vaex"), bytes);
        ObjectNode model = (ObjectNode) written.get("model");
        if (!model.has("structured")) {
            model.putNull("structured");
        }
        assertEquals(model, json.readTree(json.writeValueAsBytes(versionOne(m.model()))), name + ": the model read is not the one written");
        assertEquals(written.get("dataset").get("trainSize").asInt(), m.dataset().trainSize(), name);
        assertEquals(written.get("training").get("seed").asLong(), m.training().seed(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fashion-cvae-2d", "mnist-beta-vae", "mnist-conv-vae-2d", "mnist-cvae-2d",
        "mnist-joint-vae", "mnist-scvae", "mnist-sevens-beta-vae", "mnist-vae-2d"})
    void everyShippedFileOpensWithTheModelOfItsManifest(String name) throws Exception {
        Checkpoint c = new CheckpointStore().load(Path.of("models", name + CheckpointStore.EXTENSION));
        assertEquals(1, c.manifest().formatVersion(), name);
        CheckpointManifest fixture = ManifestParser.parse(json, Path.of(name), fixture(name));
        assertEquals(fixture.model(), c.manifest().model(), name);
        assertEquals(fixture.model(), c.model().spec(), name);
    }

    /** A file of format 1 saved again (an export, a resumed run) is written as format 2 with the same model. */
    @org.junit.jupiter.api.Test
    void aVersionOneFileSavedAgainIsFormatTwo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CheckpointStore store = new CheckpointStore();
        Checkpoint c = store.load(Path.of("models", "mnist-joint-vae" + CheckpointStore.EXTENSION));
        Path again = dir.resolve("again" + CheckpointStore.EXTENSION);
        store.save(again, c.manifest(), c.model(), false);
        Checkpoint reread = store.load(again);
        assertEquals(CheckpointManifest.CURRENT_VERSION, reread.manifest().formatVersion());
        assertEquals(c.manifest().model(), reread.manifest().model());
    }

    /** What format 2 no longer stores must still agree with the kind, as format 1's single record required. */
    @ParameterizedTest
    @ValueSource(strings = {"conditional=true", "conditional=missing", "structured=given", "scvae-structured=null"})
    void aVersionOneModelThatContradictsItsKindIsRefused(String edit) throws Exception {
        ObjectNode root = (ObjectNode) json.readTree(fixture(edit.startsWith("scvae") ? "mnist-scvae" : "mnist-vae-2d"));
        ObjectNode model = (ObjectNode) root.get("model");
        switch (edit) {
            case "conditional=true" -> model.put("conditional", true);
            case "conditional=missing" -> model.remove("conditional");
            case "structured=given" -> model.putObject("structured").put("givenQuadrants", 0).put("gsnnWeight", 0.0);
            default -> model.putNull("structured");
        }
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> ManifestParser.parse(json, Path.of("edited.vaex"), json.writeValueAsBytes(root)));
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }

    /** The flat record format 1 wrote for every kind. */
    private static Map<String, Object> versionOne(ModelSpec s) {
        Map<String, Object> v1 = new LinkedHashMap<>();
        v1.put("kind", s.kind());
        v1.put("backbone", s.backbone());
        v1.put("hidden", s.hidden());
        v1.put("latentDim", s.latentDim());
        v1.put("categories", s.categories());
        v1.put("likelihood", s.likelihood());
        v1.put("gaussianSigma", s.gaussianSigma());
        v1.put("klEstimator", s.klEstimator());
        v1.put("conditional", s.conditional());
        v1.put("numClasses", s.numClasses());
        v1.put("rows", s.rows());
        v1.put("cols", s.cols());
        v1.put("objective", s.objective());
        v1.put("temperature", s.temperature());
        v1.put("structured", s instanceof ModelSpec.Scvae scvae ? scvae.structured() : null);
        return v1;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = VersionOneManifestsTest.class.getResourceAsStream("v1/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
