package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A 64-bit fingerprint of a manifest's model specification, saved in the weights' own graph (its id field, which
 * SameDiff writes as 0) so that a manifest edited after saving is caught even where the graph cannot tell: the kind
 * of a model whose graph two kinds build alike (a conv VAE and a VAE with the conv backbone), and the values fed at
 * each step rather than built into the graph (Gumbel temperatures, the capacities' ramps, the masks of a
 * structured-output CVAE). Files saved before the fingerprint have 0 there and are checked by their graph alone.
 *
 * <p>It is the first 8 bytes of the SHA-256 of the manifest's {@code model} object in a canonical form (keys
 * sorted, null fields left out, numbers by value), computed from the manifest's own bytes: a later version that adds
 * a field to the specification leaves the fingerprints of older files as they were.
 */
final class SpecFingerprint {
    private SpecFingerprint() {
    }

    static long of(ObjectMapper json, byte[] manifest) throws IOException {
        JsonNode model = json.readTree(manifest).get("model");
        StringBuilder canonical = new StringBuilder();
        canonical(model, canonical);
        byte[] digest = CheckpointArchive.sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        long id = ByteBuffer.wrap(digest).getLong();
        return id == 0 ? 1 : id;
    }

    private static void canonical(JsonNode n, StringBuilder out) {
        if (n == null || n.isNull()) {
            out.append("null");
        } else if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(k -> {
                if (!n.get(k).isNull()) {
                    keys.add(k);
                }
            });
            Collections.sort(keys);
            out.append('{');
            for (String k : keys) {
                out.append(quoted(k)).append(':');
                canonical(n.get(k), out);
                out.append(',');
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (JsonNode e : n) {
                canonical(e, out);
                out.append(',');
            }
            out.append(']');
        } else if (n.isNumber()) {
            double d = n.doubleValue();
            out.append(n.isFloatingPointNumber() && !Double.isFinite(d) ? String.valueOf(d)
                    : n.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(quoted(n.asText()));
        }
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
