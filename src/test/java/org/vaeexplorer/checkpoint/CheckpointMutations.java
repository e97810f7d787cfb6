package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A seeded generator of damaged and hostile checkpoint files made from one good one: truncations, flipped bytes
 * (anywhere, and in the zip headers and names), foreign files, manifests edited with their checksums recomputed
 * (wrong types, huge, negative and mismatched values, deleted fields, deep nesting), duplicate, unexpected and
 * escaping entries, entries out of order, and entries that inflate far beyond what the manifest allows.
 */
final class CheckpointMutations {
    record Case(String name, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final byte[] good;
    private final Map<String, byte[]> entries;
    private final Random random;

    CheckpointMutations(byte[] good, Map<String, byte[]> entries, long seed) {
        this.good = good;
        this.entries = entries;
        this.random = new Random(seed);
    }

    List<Case> all() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int length = i < 5 ? new int[] {0, 1, 4, 30, 100}[i] : random.nextInt(good.length);
            cases.add(new Case("truncated-" + length, Arrays.copyOf(good, length)));
        }
        for (int i = 0; i < 80; i++) {
            cases.add(new Case("flipped-" + i, flip(good, 1 + random.nextInt(4), 0, good.length)));
        }
        for (int i = 0; i < 40; i++) {
            // Local headers and names sit in the first bytes of each entry; the central directory at the end.
            boolean head = i % 2 == 0;
            int from = head ? 0 : Math.max(0, good.length - 300);
            cases.add(new Case("header-flip-" + i, flip(good, 1 + random.nextInt(3), from, head ? 80 : 300)));
        }
        cases.addAll(foreign());
        for (int i = 0; i < 110; i++) {
            cases.add(editedManifest(i));
        }
        cases.addAll(structural());
        return cases;
    }

    private byte[] flip(byte[] source, int count, int from, int span) {
        byte[] b = source.clone();
        for (int k = 0; k < count; k++) {
            int at = from + random.nextInt(Math.min(span, b.length - from));
            b[at] ^= (byte) (1 + random.nextInt(255));
        }
        return b;
    }

    private List<Case> foreign() throws IOException {
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return List.of(
                new Case("random-bytes", noise),
                new Case("png", png),
                new Case("text", "definitely not a checkpoint".getBytes(StandardCharsets.UTF_8)),
                new Case("other-zip", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))),
                new Case("escaping-entry", zip(withExtra("../../escaped.txt", new byte[] {1}))),
                new Case("absolute-entry", zip(withExtra("/tmp/vae-absolute.txt", new byte[] {1}))),
                new Case("empty-zip", zip(Map.of())));
    }

    private List<Case> structural() throws IOException {
        List<Case> cases = new ArrayList<>();
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put(CheckpointStore.MODEL, entries.get(CheckpointStore.MODEL));
        reordered.put(CheckpointStore.MANIFEST, entries.get(CheckpointStore.MANIFEST));
        reordered.put(CheckpointStore.CHECKSUMS, entries.get(CheckpointStore.CHECKSUMS));
        cases.add(new Case("weights-before-manifest", zip(reordered)));
        cases.add(new Case("duplicate-manifest", zipList(List.of(
                Map.entry(CheckpointStore.MANIFEST, entries.get(CheckpointStore.MANIFEST)),
                Map.entry(CheckpointStore.MANIFEST, entries.get(CheckpointStore.MANIFEST)),
                Map.entry(CheckpointStore.MODEL, entries.get(CheckpointStore.MODEL)),
                Map.entry(CheckpointStore.CHECKSUMS, entries.get(CheckpointStore.CHECKSUMS)),
                Map.entry(CheckpointStore.CHECKSUMS, entries.get(CheckpointStore.CHECKSUMS))))));
        cases.add(new Case("extra-entry", zip(withExtra("notes.txt", new byte[] {1, 2}))));
        Map<String, byte[]> missing = new LinkedHashMap<>(entries);
        missing.remove(CheckpointStore.MODEL);
        cases.add(new Case("weights-missing", zip(missing)));
        // Bombs: entries that deflate to almost nothing but inflate far past what the manifest allows.
        cases.add(new Case("weights-bomb", zip(replaced(CheckpointStore.MODEL, new byte[64 << 20]))));
        byte[] spaces = new byte[(int) CheckpointStore.MAX_MANIFEST_BYTES + 4096];
        Arrays.fill(spaces, (byte) ' ');
        cases.add(new Case("manifest-bomb", zip(replaced(CheckpointStore.MANIFEST, spaces))));
        byte[] junk = new byte[entries.get(CheckpointStore.MODEL).length];
        random.nextBytes(junk);
        cases.add(new Case("junk-weights-recomputed", zip(withChecksums(CheckpointStore.MODEL, junk))));
        cases.add(new Case("empty-weights-recomputed", zip(withChecksums(CheckpointStore.MODEL, new byte[0]))));
        return cases;
    }

    /** One field of the manifest changed, and the checksums recomputed so only the content checks can object. */
    private Case editedManifest(int i) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(entries.get(CheckpointStore.MANIFEST));
        List<String[]> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        String[] path = paths.get(random.nextInt(paths.size()));
        JsonNode replacement = replacement(i);
        ObjectNode parent = root;
        for (int k = 0; k < path.length - 1; k++) {
            JsonNode next = parent.get(path[k]);
            if (!(next instanceof ObjectNode o)) {
                break;
            }
            parent = o;
        }
        String field = path[path.length - 1];
        if (replacement == null) {
            parent.remove(field);
        } else {
            parent.set(field, replacement);
        }
        byte[] manifest = JSON.writeValueAsBytes(root);
        return new Case("manifest-" + String.join(".", path) + "-" + (replacement == null ? "deleted"
                : replacement.toString().length() > 20 ? "nested" : replacement), zip(withChecksums(
                CheckpointStore.MANIFEST, manifest)));
    }

    private JsonNode replacement(int i) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (i % 14) {
            case 0 -> null;
            case 1 -> f.textNode("x");
            case 2 -> f.numberNode(-1);
            case 3 -> f.numberNode(0);
            case 4 -> f.numberNode(1);
            case 5 -> f.numberNode(14);
            case 6 -> f.numberNode(1e308);
            case 7 -> f.numberNode(9_999_999_999L);
            case 8 -> f.booleanNode(true);
            case 9 -> f.arrayNode().add(-5);
            case 10 -> f.objectNode().put("a", 1);
            case 11 -> f.nullNode();
            case 12 -> f.numberNode(Double.NaN);
            default -> deep(f, 200);
        };
    }

    private static JsonNode deep(JsonNodeFactory f, int depth) {
        ArrayNode a = f.arrayNode();
        ArrayNode inner = a;
        for (int d = 0; d < depth; d++) {
            ArrayNode next = f.arrayNode();
            inner.add(next);
            inner = next;
        }
        return a;
    }

    private static void collect(JsonNode node, List<String> prefix, List<String[]> out) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                List<String> p = new ArrayList<>(prefix);
                p.add(name);
                out.add(p.toArray(new String[0]));
                collect(o.get(name), p, out);
            });
        }
    }

    private Map<String, byte[]> withExtra(String name, byte[] content) {
        Map<String, byte[]> m = new LinkedHashMap<>(entries);
        m.put(name, content);
        return m;
    }

    private Map<String, byte[]> replaced(String name, byte[] content) {
        Map<String, byte[]> m = new LinkedHashMap<>(entries);
        m.put(name, content);
        return m;
    }

    private Map<String, byte[]> withChecksums(String name, byte[] content) {
        Map<String, byte[]> m = replaced(name, content);
        m.put(CheckpointStore.CHECKSUMS, ("{\"" + CheckpointStore.MANIFEST + "\":\""
                + CheckpointStore.sha256(m.get(CheckpointStore.MANIFEST)) + "\",\"" + CheckpointStore.MODEL
                + "\":\"" + CheckpointStore.sha256(m.get(CheckpointStore.MODEL)) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return m;
    }

    static byte[] zip(Map<String, byte[]> content) throws IOException {
        return zipList(new ArrayList<>(content.entrySet()));
    }

    static byte[] zipList(List<Map.Entry<String, byte[]>> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, String> placeholders = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : content) {
                String name = e.getKey();
                if (!seen.add(name)) {
                    // ZipOutputStream refuses a repeated name: write a same-length stand-in, patched below, so the
                    // archive really holds the name twice.
                    String stand = name.substring(0, name.length() - 1) + "\u0001";
                    placeholders.put(stand, name);
                    name = stand;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        byte[] out = bytes.toByteArray();
        for (var p : placeholders.entrySet()) {
            replaceAll(out, p.getKey().getBytes(StandardCharsets.UTF_8), p.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void replaceAll(byte[] data, byte[] from, byte[] to) {
        outer:
        for (int i = 0; i + from.length <= data.length; i++) {
            for (int k = 0; k < from.length; k++) {
                if (data[i + k] != from[k]) {
                    continue outer;
                }
            }
            System.arraycopy(to, 0, data, i, to.length);
        }
    }
}
