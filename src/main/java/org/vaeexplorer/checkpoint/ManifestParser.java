package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a manifest's bytes into a {@link CheckpointManifest}, or a one-line reason naming the file and the field.
 * Only JSON is parsed (records and lists, never Java serialisation); nesting and string sizes are bounded, every
 * field must be present, and a value a record refuses is reported with the field it came from.
 */
final class ManifestParser {
    private static final int MAX_NESTING = 32;

    private ManifestParser() {
    }

    static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        // A number where text belongs (or the reverse) is a damaged or edited file, not something to convert.
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(1 << 20).maxNumberLength(64).build());
        return mapper;
    }

    static CheckpointManifest parse(ObjectMapper json, Path file, byte[] bytes) throws CheckpointException {
        Map<?, ?> raw;
        try {
            raw = json.readValue(bytes, Map.class);
        } catch (IOException | RuntimeException ex) {
            throw new CheckpointException(Names.of(file) + ": its manifest is not valid JSON", ex);
        }
        if (raw == null) {
            // The JSON text "null" parses without complaint.
            throw new CheckpointException(Names.of(file) + ": its manifest is empty (JSON null), not a manifest");
        }
        if (!CheckpointManifest.FORMAT.equals(raw.get("format"))) {
            throw new CheckpointException(Names.of(file) + " is not a VAE Explorer checkpoint (format '"
                    + shorten(raw.get("format")) + "')");
        }
        if (!(raw.get("formatVersion") instanceof Integer version)) {
            throw new CheckpointException(Names.of(file) + ": its manifest has no format version");
        }
        if (version > CheckpointManifest.CURRENT_VERSION) {
            throw new CheckpointException(Names.of(file) + " was written by a newer VAE Explorer (checkpoint format "
                    + version + "); this version reads format " + CheckpointManifest.CURRENT_VERSION
                    + ". Update the app to open it.");
        }
        try {
            return json.treeToValue(withoutNewerFields(json.readTree(bytes), version), CheckpointManifest.class);
        } catch (JsonMappingException ex) {
            throw new CheckpointException(Names.of(file) + ": its manifest is invalid at " + where(ex) + ": "
                    + reason(ex), ex);
        } catch (JsonProcessingException ex) {
            throw new CheckpointException(Names.of(file) + ": its manifest is not valid JSON", ex);
        } catch (IOException | RuntimeException ex) {
            throw new CheckpointException(Names.of(file) + ": its manifest could not be read", ex);
        }
    }

    /**
     * Fills in, as "not recorded" or "none", the fields a file may lack; every other field must be present. Format 1
     * gained the dataset's file checksums and then the structured-output settings after files of it were written;
     * format 2 leaves out what a kind does not have, a grey model's spec and a manifest before colour have no
     * channels (grey), a net without extra conv stages has no {@code extraStages}, and a resumed run's parent
     * checksum came later still (see {@link org.vaeexplorer.model.io.StoredSpec}); an epoch's scores (the
     * disentanglement metrics of a run on a dataset with factors) came after that, and an epoch without them has none.
     * Only CVAE-GAN's objective has loss weights, and only its epochs the terms of its players.
     */
    private static JsonNode withoutNewerFields(JsonNode tree, int version) {
        if (tree.get("metrics") instanceof ArrayNode epochs) {
            for (JsonNode epoch : epochs) {
                if (epoch instanceof ObjectNode e && !e.has("scores")) {
                    e.putObject("scores");
                }
                if (epoch instanceof ObjectNode e && !e.has("trainOwn")) {
                    e.putNull("trainOwn");
                }
            }
        }
        if (tree.get("dataset") instanceof ObjectNode dataset) {
            if (!dataset.has("fileSha256")) {
                dataset.putObject("fileSha256");
            }
            if (!dataset.has("channels")) {
                dataset.put("channels", 1);
            }
        }
        if (tree.get("provenance") instanceof ObjectNode provenance && !provenance.has("parentSha256")) {
            provenance.putNull("parentSha256");
        }
        if (tree.get("model") instanceof ObjectNode model) {
            for (String absentWhenNone : version == 1 ? new String[] {"structured", "channels", "extraStages"}
                    : new String[] {"structured", "temperature", "channels", "extraStages"}) {
                if (!model.has(absentWhenNone)) {
                    model.putNull(absentWhenNone);
                }
            }
            if (model.get("objective") instanceof ObjectNode objective && !objective.has("adversarial")) {
                objective.putNull("adversarial");
            }
        }
        return tree;
    }

    /** The field's path, e.g. {@code model.latentDim}. */
    private static String where(JsonMappingException ex) {
        String path = ex.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "its top level" : path;
    }

    /** What a record refused (its own message), or Jackson's first line without the source excerpt. */
    private static String reason(JsonMappingException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (cause instanceof NullPointerException) {
            return "a required value is null";
        }
        String m = ex.getOriginalMessage() == null ? ex.getClass().getSimpleName() : ex.getOriginalMessage();
        return shorten(m.lines().findFirst().orElse(m));
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o).replaceAll("\\p{Cntrl}", "?");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
