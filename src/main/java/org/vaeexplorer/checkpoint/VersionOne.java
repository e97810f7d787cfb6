package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.model.ModelSpec;

/**
 * Reads the model of a format-1 manifest, one flat record for every kind, as the per-kind record of format 2: the
 * network's fields go under {@code network}, the label input follows from the kind, and the structured-output
 * settings (which came to format 1 with that kind, so older files have none) belong to that kind alone.
 */
final class VersionOne {
    private static final List<String> NETWORK = List.of("backbone", "hidden", "latentDim", "categories",
            "likelihood", "gaussianSigma", "klEstimator", "numClasses", "rows", "cols", "temperature");

    private VersionOne() {
    }

    /**
     * Rewrites {@code tree}'s model in place as format 2 has it; returns the model as it was written, for
     * {@link #check}, or null when there is no model object (the record then refuses the manifest).
     */
    static JsonNode upgrade(JsonNode tree) {
        if (!(tree instanceof ObjectNode root) || !(root.get("model") instanceof ObjectNode v1)) {
            return null;
        }
        ObjectNode v2 = root.objectNode();
        if (v1.has("kind")) {
            v2.set("kind", v1.get("kind"));
        }
        ObjectNode network = v2.putObject("network");
        for (String field : NETWORK) {
            if (v1.has(field)) {
                network.set(field, v1.get(field));
            }
        }
        if (v1.has("objective")) {
            v2.set("objective", v1.get("objective"));
        }
        v2.set("structured", v1.has("structured") ? v1.get("structured") : root.nullNode());
        root.set("model", v2);
        return v1;
    }

    /**
     * The format-1 fields that format 2 no longer stores must agree with the model read: the label input with
     * its kind, structured-output settings only for the kind that has them.
     */
    static void check(Path file, JsonNode v1, ModelSpec spec) throws CheckpointException {
        JsonNode conditional = v1.get("conditional");
        if (conditional == null || !conditional.isBoolean()) {
            throw invalid(file, "conditional", conditional == null ? "missing" : "not true or false");
        }
        if (conditional.booleanValue() != spec.conditional()) {
            throw invalid(file, "conditional", "a " + spec.kind().cliName()
                    + (spec.conditional() ? " always takes a label input" : " takes no label input"));
        }
        JsonNode structured = v1.get("structured");
        if (structured != null && !structured.isNull() && !spec.capabilities().completes()) {
            throw invalid(file, "structured", "the structured-output settings belong to the scvae kind only");
        }
    }

    private static CheckpointException invalid(Path file, String field, String why) {
        return new CheckpointException(Names.of(file) + ": its manifest is invalid at model." + field + ": " + why);
    }
}
