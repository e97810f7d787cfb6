package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.flatbuffers.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nd4j.graph.DType;
import org.nd4j.graph.FlatArray;
import org.nd4j.graph.FlatGraph;
import org.nd4j.graph.FlatNode;
import org.nd4j.graph.FlatVariable;
import org.nd4j.graph.IntPair;
import org.nd4j.graph.UpdaterState;

/**
 * A seeded generator of damaged and hostile checkpoint files made from one good one: truncations, flipped bytes
 * (anywhere, and in the zip headers and names), foreign files, manifests edited with their checksums recomputed
 * (wrong types, huge, negative and mismatched values, deleted fields, deep nesting), duplicate, unexpected and
 * escaping entries, entries out of order, and entries that inflate far beyond what the manifest allows.
 */
final class CheckpointMutations {
    /**
     * One file to open. {@code category} groups the counts; {@code mustRefuse} says that loading it is wrong
     * (weights that contradict the manifest, NaN, impossible values, damaged headers), while other cases may
     * load when the damage happened to leave a working model (a few flipped weight bytes).
     */
    record Case(String category, String name, byte[] bytes, boolean mustRefuse) {
        Case(String name, byte[] bytes) {
            this(category(name), name, bytes, false);
        }

        private static String category(String name) {
            for (String c : List.of("truncated", "flipped", "header-flip", "manifest", "weights", "duplicate",
                    "extra", "empty", "junk")) {
                if (name.startsWith(c)) {
                    return c.equals("manifest") ? "manifest-edit"
                            : c.equals("weights") || c.equals("duplicate") || c.equals("extra") || c.equals("empty")
                            || c.equals("junk") ? "structural" : c;
                }
            }
            return "foreign";
        }
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

    /** A good checkpoint to mutate: its name (its kind) and its three entries. */
    record Fixture(String name, Map<String, byte[]> entries) {
        byte[] model() {
            return entries.get(CheckpointStore.MODEL);
        }

        ObjectNode manifest() throws IOException {
            return (ObjectNode) JSON.readTree(entries.get(CheckpointStore.MANIFEST));
        }
    }

    /**
     * What an attacker or a buggy exporter makes: the weights or the manifest edited and every checksum recomputed,
     * so that only the content checks can object. Fixtures are looked up by name: "vae" and "conv" must hold Adam's
     * state; "cvae", "beta", "joint" and "gauss" are the other kinds.
     */
    static List<Case> recomputed(Map<String, Fixture> fixtures, long seed) throws IOException {
        return new Recomputed(fixtures, new Random(seed)).all();
    }

    private static final class Recomputed {
        private static final Field BB_POS;
        private static final Field BB;

        static {
            try {
                BB_POS = Table.class.getDeclaredField("bb_pos");
                BB = Table.class.getDeclaredField("bb");
                BB_POS.setAccessible(true);
                BB.setAccessible(true);
            } catch (NoSuchFieldException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Map<String, Fixture> fixtures;
        private final Random random;
        private final List<Case> cases = new ArrayList<>();

        Recomputed(Map<String, Fixture> fixtures, Random random) {
            this.fixtures = fixtures;
            this.random = random;
        }

        List<Case> all() throws IOException {
            String[] rotation = {"vae", "conv", "cvae"};
            for (int i = 0; i < 60; i++) {
                Fixture f = fixtures.get(rotation[i % rotation.length]);
                byte[] sd = f.model().clone();
                // Half anywhere (mostly weight values), half in the first tenth: FlatBuffers are written back to
                // front, so the graph's tables, vtables and headers sit at the start.
                int span = i % 2 == 0 ? sd.length - 64 : Math.max(1, sd.length / 10 - 64);
                int at = random.nextInt(span);
                byte[] block = new byte[64];
                random.nextBytes(block);
                System.arraycopy(block, 0, sd, at, 64);
                add("sd-bytes-64", f.name() + "-at-" + at, f, sd, false);
            }
            for (int i = 0; i < 10; i++) {
                Fixture f = fixtures.get(rotation[i % rotation.length]);
                int length = random.nextInt(f.model().length);
                add("sd-truncated", f.name() + "-" + length, f, Arrays.copyOf(f.model(), length), true);
            }
            for (int i = 0; i < 60; i++) {
                header(fixtures.get(i % 2 == 0 ? "conv" : "vae"), i);
            }
            for (int i = 0; i < 30; i++) {
                node(fixtures.get(i % 2 == 0 ? "conv" : "vae"), i);
            }
            for (int i = 0; i < 30; i++) {
                nonFinite(fixtures.get(i % 2 == 0 ? "conv" : "vae"), i);
            }
            relabelled();
            impossibleValues();
            inflated();
            return cases;
        }

        /** Array headers of a weight or an Adam moment: rank, a dimension, a stride, order, length, type. */
        private void header(Fixture f, int i) throws IOException {
            byte[] sd = f.model().clone();
            ByteBuffer bb = ByteBuffer.wrap(sd).order(ByteOrder.LITTLE_ENDIAN);
            FlatArray a = anyArray(FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd)), i % 3 == 2);
            int shape = a.shapeAsByteBuffer().position();
            long rank = bb.getLong(shape);
            int dim = 1 + random.nextInt((int) rank);
            String what;
            boolean must = true;
            switch (i % 10) {
                case 0 -> {
                    long r = new long[] {rank + 1, rank - 1, 100, -1}[random.nextInt(4)];
                    bb.putLong(shape, r);
                    what = "rank-" + r;
                }
                case 1 -> {
                    long d = new long[] {0, -1, 1L << 40, 2 * bb.getLong(shape + 8 * dim)}[random.nextInt(4)];
                    bb.putLong(shape + 8 * dim, d);
                    what = "dim" + dim + "-" + d;
                }
                case 2, 3 -> {
                    long st = new long[] {1L << 31, 1L << 20, 1000, -1, 0}[random.nextInt(5)];
                    bb.putLong(shape + 8 * ((int) rank + dim), st);
                    what = "stride" + dim + "-" + st;
                }
                case 4 -> {
                    bb.putLong(shape + 8 * (2 * (int) rank + 3), 'f');
                    what = "order-f";
                }
                case 5 -> {
                    // The element-wise stride and the flags: values this loader does not use (may load).
                    int slot = 2 * (int) rank + 1 + random.nextInt(2);
                    bb.putLong(shape + 8 * slot, random.nextInt(1 << 20));
                    what = "extras" + slot;
                    must = false;
                }
                case 6 -> {
                    int lengthField = a.bufferAsByteBuffer().position() - 4;
                    int delta = new int[] {4, -4, 1 << 20, -bb.getInt(lengthField) - 1}[random.nextInt(4)];
                    bb.putInt(lengthField, bb.getInt(lengthField) + delta);
                    what = "length" + delta;
                }
                case 7 -> {
                    byte t = new byte[] {DType.INT32, DType.HALF, DType.DOUBLE, DType.UTF8, 99}[random.nextInt(5)];
                    sd[field(a, 8)] = t;
                    what = "dtype-" + t;
                }
                case 8 -> {
                    int p = field(a, 10);
                    if (p < 0) {
                        bb.putLong(shape, rank + 2);
                        what = "rank+2";
                    } else {
                        // Little-endian is a valid order (the values then read differently, as flipped bytes
                        // do); 7 is none.
                        sd[p] = (byte) (random.nextBoolean() ? 7 : sd[p] == 0 ? 1 : 0);
                        what = "byte-order-" + sd[p];
                        must = sd[p] == 7;
                    }
                }
                default -> {
                    long v = random.nextLong();
                    int slot = random.nextInt(2 * (int) rank + 4);
                    bb.putLong(shape + 8 * slot, v);
                    what = "slot" + slot + "-random";
                    must = slot != 2 * rank + 1 && slot != 2 * rank + 2;
                }
            }
            add("sd-header", f.name() + "-" + what + "-" + i, f, sd, must);
        }

        /** An operation's arguments: integer args (kernels, strides, axes), doubles, its scalar, its op number. */
        private void node(Fixture f, int i) throws IOException {
            byte[] sd = f.model().clone();
            ByteBuffer bb = ByteBuffer.wrap(sd).order(ByteOrder.LITTLE_ENDIAN);
            FlatGraph g = FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd));
            String what = null;
            for (int tries = 0; what == null && tries < 1000; tries++) {
                FlatNode n = g.nodes(random.nextInt(g.nodesLength()));
                switch (i % 5) {
                    case 0 -> {
                        if (n.extraIntegerLength() > 0) {
                            int at = n.extraIntegerAsByteBuffer().position() + 8 * random.nextInt(n.extraIntegerLength());
                            long v = bb.getLong(at);
                            long nv = new long[] {v + 1, v * 7 + 3, -1, 1L << 33}[random.nextInt(4)];
                            bb.putLong(at, nv);
                            what = n.name() + "-iarg-" + v + "-to-" + nv;
                        }
                    }
                    case 1 -> {
                        if (n.extraParamsLength() > 0) {
                            int at = n.extraParamsAsByteBuffer().position() + 8 * random.nextInt(n.extraParamsLength());
                            double v = bb.getDouble(at);
                            double nv = v == 0 ? 3.5 : random.nextBoolean() ? v * 2 : Double.NaN;
                            bb.putDouble(at, nv);
                            what = n.name() + "-targ-" + nv;
                        }
                    }
                    case 2 -> {
                        FlatArray scalar = n.scalar();
                        if (scalar != null && scalar.bufferLength() > 0) {
                            int at = scalar.bufferAsByteBuffer().position();
                            sd[at + scalar.bufferLength() - 2] ^= (byte) (1 + random.nextInt(255));
                            what = n.name() + "-scalar";
                        }
                    }
                    case 3 -> {
                        int p = field(n, 10);
                        if (p >= 0) {
                            bb.putLong(p, bb.getLong(p) + 1 + random.nextInt(50));
                            what = n.name() + "-opnum";
                        }
                    }
                    default -> {
                        if (n.inputPairedLength() > 0) {
                            IntPair in = n.inputPaired(random.nextInt(n.inputPairedLength()));
                            int p = field(in, 4);
                            bb.putInt(p, bb.getInt(p) + 1 + random.nextInt(3));
                            what = n.name() + "-input";
                        }
                    }
                }
            }
            add("sd-node", f.name() + "-" + what + "-" + i, f, sd, true);
        }

        /** NaN or an infinity in a weight, NaN in Adam's first moment, a negative second moment. */
        private void nonFinite(Fixture f, int i) throws IOException {
            byte[] sd = f.model().clone();
            boolean adam = i % 3 == 2;
            FlatArray a = anyArray(FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd)), adam);
            int elements = a.bufferLength() / 4;
            int at = a.bufferAsByteBuffer().position() + 4 * random.nextInt(elements);
            float v = adam && i % 2 == 0 ? -1f
                    : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}[random.nextInt(3)];
            ByteBuffer.wrap(sd).order(ByteOrder.BIG_ENDIAN).putFloat(at, v);
            boolean negativeM = adam && v == -1f && !isSecondMoment(sd, a);
            add("non-finite", f.name() + (adam ? "-adam-" : "-weight-") + v + "-" + i, f, sd, !negativeM);
        }

        private boolean isSecondMoment(byte[] sd, FlatArray target) {
            FlatGraph g = FlatGraph.getRootAsFlatGraph(ByteBuffer.wrap(sd));
            int pos = target.bufferAsByteBuffer().position();
            for (int u = 0; u < g.updaterStateLength(); u++) {
                UpdaterState s = g.updaterState(u);
                for (int k = 0; k < s.updaterStateValuesLength(); k++) {
                    if (s.updaterStateValues(k).bufferAsByteBuffer().position() == pos) {
                        return "V".equals(s.updaterStateKeys(k));
                    }
                }
            }
            return false;
        }

        /** Manifests of another kind, likelihood, KL form, objective or size than their weights. */
        private void relabelled() throws IOException {
            relabel("vae", "kind-cvae", m -> model(m).put("kind", "CVAE"));
            relabel("vae", "kind-cvae-conditional", m -> model(m).put("kind", "CVAE").put("conditional", true));
            relabel("vae", "kind-beta-vae", m -> model(m).put("kind", "BETA_VAE"));
            relabel("vae", "kind-beta-vae-beta-4", m -> {
                model(m).put("kind", "BETA_VAE");
                objective(m).put("type", "BETA").put("beta", 4.0);
            });
            relabel("vae", "objective-beta-4", m -> objective(m).put("type", "BETA").put("beta", 4.0));
            relabel("vae", "kind-joint-vae", m -> model(m).put("kind", "JOINT_VAE"));
            for (String l : List.of("GAUSSIAN_FIXED", "GAUSSIAN_LEARNED", "SUM_SQUARED_ERROR")) {
                relabel("vae", "likelihood-" + l, m -> model(m).put("likelihood", l));
            }
            relabel("vae", "kl-monte-carlo", m -> model(m).put("klEstimator", "MONTE_CARLO"));
            relabel("vae", "latent-3", m -> model(m).put("latentDim", 3));
            relabel("vae", "hidden-17", m -> model(m).putArray("hidden").add(17));
            relabel("vae", "hidden-16-16", m -> model(m).putArray("hidden").add(16).add(16));
            relabel("conv", "kind-vae-mlp", m -> {
                model(m).put("kind", "VAE").put("backbone", "MLP").putArray("hidden").add(16);
            });
            relabel("conv", "backbone-mlp", m -> model(m).put("backbone", "MLP").putArray("hidden").add(16));
            relabel("conv", "backbone-dupont", m -> model(m).put("backbone", "DUPONT"));
            relabel("conv", "kind-cvae-conditional", m -> model(m).put("kind", "CVAE").put("conditional", true));
            relabel("conv", "kl-analytic", m -> model(m).put("klEstimator", "ANALYTIC"));
            relabel("conv", "likelihood-gaussian", m -> model(m).put("likelihood", "GAUSSIAN_FIXED"));
            relabel("cvae", "kind-vae", m -> model(m).put("kind", "VAE"));
            relabel("cvae", "kind-vae-unconditional", m -> model(m).put("kind", "VAE").put("conditional", false));
            relabel("joint", "kind-vae", m -> model(m).put("kind", "VAE"));
            relabel("joint", "kind-vae-elbo", m -> {
                model(m).put("kind", "VAE");
                objective(m).put("type", "ELBO").putNull("continuous").putNull("discrete");
            });
            relabel("joint", "categories-9", m -> model(m).putArray("categories").add(9));
            relabel("joint", "gamma-31", m -> ((ObjectNode) objective(m).get("continuous")).put("gamma", 31.0));
            relabel("beta", "beta-2", m -> objective(m).put("beta", 2.0));
            relabel("beta", "kind-vae-elbo", m -> {
                model(m).put("kind", "VAE");
                objective(m).put("type", "ELBO").put("beta", 1.0);
            });
            relabel("beta", "kind-vae", m -> model(m).put("kind", "VAE"));
            relabel("gauss", "sigma-0.5", m -> model(m).put("gaussianSigma", 0.5));
            relabel("gauss", "likelihood-bernoulli", m -> model(m).put("likelihood", "BERNOULLI"));
            relabel("vae", "learning-rate-0.01", m -> ((ObjectNode) m.get("training")).put("learningRate", 0.01));
            // The same graph under another label, and values fed at each step rather than built into the graph: only
            // the fingerprint of the specification saved beside the weights tells these apart.
            relabel("conv", "kind-vae-same-graph", m -> model(m).put("kind", "VAE"));
            relabel("joint", "temperature-start-2", m -> ((ObjectNode) model(m).get("temperature")).put("start", 2.0)
                    .put("min", 2.0));
            relabel("joint", "capacity-iterations-10", m -> ((ObjectNode) objective(m).get("continuous"))
                    .put("iterations", 10));
        }

        /** NaN, infinities, negative and zero values where train refuses them. */
        private void impossibleValues() throws IOException {
            double[] bad = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -5};
            for (double v : bad) {
                String t = String.valueOf(v);
                relabel("beta", "beta-" + t, m -> objective(m).put("beta", v), "impossible-value");
                relabel("vae", "elbo-beta-" + t, m -> objective(m).put("beta", v), "impossible-value");
                relabel("gauss", "sigma-" + t, m -> model(m).put("gaussianSigma", v), "impossible-value");
                relabel("vae", "bernoulli-sigma-" + t, m -> model(m).put("gaussianSigma", v), "impossible-value");
                relabel("joint", "capacity-max-" + t,
                        m -> ((ObjectNode) objective(m).get("continuous")).put("max", v), "impossible-value");
                relabel("joint", "gamma-" + t,
                        m -> ((ObjectNode) objective(m).get("discrete")).put("gamma", v), "impossible-value");
                relabel("joint", "temperature-" + t,
                        m -> ((ObjectNode) model(m).get("temperature")).put("start", v), "impossible-value");
                relabel("joint", "anneal-rate-" + t,
                        m -> ((ObjectNode) model(m).get("temperature")).put("annealRate", v), "impossible-value");
                relabel("vae", "learning-rate-" + t,
                        m -> ((ObjectNode) m.get("training")).put("learningRate", v), "impossible-value");
            }
        }

        /** Manifests claiming huge models: alone, and with weights that inflate towards the claim. */
        private void inflated() throws IOException {
            Map<String, int[]> claims = new LinkedHashMap<>();
            claims.put("8192x2", filled(2, 8192));
            claims.put("8192x3", filled(3, 8192));
            claims.put("8192x6", filled(6, 8192));
            claims.put("8192x40", filled(40, 8192));
            claims.put("512x100000", filled(100_000, 512));
            claims.put("4096x8", filled(8, 4096));
            for (var c : claims.entrySet()) {
                relabel("vae", "hidden-" + c.getKey(), m -> hidden(m, c.getValue()), "inflated-claim");
            }
            relabel("vae", "hidden-8192x2-latent-512", m -> {
                hidden(m, filled(2, 8192));
                model(m).put("latentDim", 512);
            }, "inflated-claim");
            relabel("conv", "rows-1024", m -> {
                model(m).put("rows", 1024).put("cols", 1024);
                ((ObjectNode) m.get("dataset")).put("rows", 1024).put("cols", 1024);
            }, "inflated-claim");
            // Weights that are a bomb: zeros that deflate to almost nothing, up to the manifest's own bound.
            // 8192x2 is within the 150 M parameters, so its bound is 2.2 GB: what stops it is a quarter of the heap
            // (512 MB with the app's -Xmx2g).
            for (var c : List.of(Map.entry("8192x2", 520), Map.entry("8192x3", 64), Map.entry("16", 64))) {
                Fixture f = fixtures.get("vae");
                ObjectNode m = f.manifest();
                hidden(m, c.getKey().equals("16") ? new int[] {16} : claims.get(c.getKey()));
                byte[] manifest = JSON.writeValueAsBytes(m);
                cases.add(new Case("inflated-claim", "vae-hidden-" + c.getKey() + "-bomb-" + c.getValue() + "MB",
                        bomb(manifest, (long) c.getValue() << 20), true));
            }
        }

        private static int[] filled(int n, int width) {
            int[] a = new int[n];
            Arrays.fill(a, width);
            return a;
        }

        private static void hidden(ObjectNode m, int[] widths) {
            ArrayNode h = model(m).putArray("hidden");
            for (int w : widths) {
                h.add(w);
            }
        }

        private interface Edit {
            void apply(ObjectNode manifest);
        }

        private void relabel(String fixture, String what, Edit edit) throws IOException {
            relabel(fixture, what, edit, "relabelled");
        }

        private void relabel(String fixture, String what, Edit edit, String category) throws IOException {
            Fixture f = fixtures.get(fixture);
            ObjectNode m = f.manifest();
            edit.apply(m);
            Map<String, byte[]> e = new LinkedHashMap<>(f.entries());
            e.put(CheckpointStore.MANIFEST, JSON.writeValueAsBytes(m));
            cases.add(new Case(category, fixture + "-" + what, fastZip(sums(e)), true));
        }

        private static ObjectNode model(ObjectNode m) {
            return (ObjectNode) m.get("model");
        }

        private static ObjectNode objective(ObjectNode m) {
            return (ObjectNode) model(m).get("objective");
        }

        private void add(String category, String name, Fixture f, byte[] sd, boolean mustRefuse)
                throws IOException {
            Map<String, byte[]> e = new LinkedHashMap<>(f.entries());
            e.put(CheckpointStore.MODEL, sd);
            cases.add(new Case(category, name, fastZip(sums(e)), mustRefuse));
        }

        /** A weight's array, or one of Adam's moments. */
        private FlatArray anyArray(FlatGraph g, boolean adam) {
            if (adam && g.updaterStateLength() > 0) {
                UpdaterState s = g.updaterState(random.nextInt(g.updaterStateLength()));
                return s.updaterStateValues(random.nextInt(s.updaterStateValuesLength()));
            }
            while (true) {
                FlatVariable v = g.variables(random.nextInt(g.variablesLength()));
                if (v.variabletype() == 0 && v.ndarray() != null) {
                    return v.ndarray();
                }
            }
        }

        /** Where field {@code slot} (4, 6, 8, ... as in the schema's vtable) of a table is; -1 when absent. */
        private static int field(Table t, int slot) {
            try {
                int pos = BB_POS.getInt(t);
                ByteBuffer bb = (ByteBuffer) BB.get(t);
                int vtable = pos - bb.getInt(pos);
                if (slot >= bb.getShort(vtable)) {
                    return -1;
                }
                int offset = bb.getShort(vtable + slot);
                return offset == 0 ? -1 : pos + offset;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The three entries with checksums.json recomputed for the other two. */
    static Map<String, byte[]> sums(Map<String, byte[]> entries) {
        Map<String, byte[]> m = new LinkedHashMap<>(entries);
        m.put(CheckpointStore.CHECKSUMS, ("{\"" + CheckpointStore.MANIFEST + "\":\""
                + CheckpointStore.sha256(m.get(CheckpointStore.MANIFEST)) + "\",\"" + CheckpointStore.MODEL
                + "\":\"" + CheckpointStore.sha256(m.get(CheckpointStore.MODEL)) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return m;
    }

    /** A checkpoint whose weights are {@code size} zero bytes, streamed (never held), with true checksums. */
    static byte[] bomb(byte[] manifest, long size) throws IOException {
        MessageDigest sha = CheckpointArchive.sha256();
        byte[] chunk = new byte[1 << 20];
        for (long done = 0; done < size; done += chunk.length) {
            sha.update(chunk, 0, (int) Math.min(chunk.length, size - done));
        }
        String sums = "{\"" + CheckpointStore.MANIFEST + "\":\"" + CheckpointStore.sha256(manifest) + "\",\""
                + CheckpointStore.MODEL + "\":\"" + HexFormat.of().formatHex(sha.digest()) + "\"}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry(CheckpointStore.MANIFEST));
            zip.write(manifest);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(CheckpointStore.MODEL));
            for (long done = 0; done < size; done += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - done));
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(CheckpointStore.CHECKSUMS));
            zip.write(sums.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The entries in order, deflated at the fastest level (hundreds of cases are made per run). */
    static byte[] fastZip(Map<String, byte[]> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            for (var e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
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
