package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.TinyModels;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Every damaged or hostile checkpoint ends in a one-line refusal naming the file, or loads as a model that
 * decodes: never a stack trace on stdout or stderr, a JVM crash, a hang, more than 1.5 GB resident, or a file left
 * behind. Seeded. Besides damage that the checksums catch, most cases are what an attacker (or a buggy exporter)
 * makes: the weights or the manifest edited and the checksums recomputed (64 bytes of model.sd replaced, array
 * headers and op arguments changed, NaN and infinite weights, manifests relabelled to another kind, likelihood or
 * objective, impossible values, claims of huge models with and without weights that inflate towards them).
 *
 * <p>The cases run in child JVMs ({@link CheckpointFuzzChild}): a case that crashes the JVM in native code is
 * reported as such, and the next child goes on after it. Counts per category are printed.
 */
class CheckpointFuzzTest {
    private static final long SEED = 20261121L;
    private static final long RECOMPUTED_SEED = 20261206L;
    private static final int PER_CASE_SECONDS = 20;
    private static final long MAX_RSS_KB = 1_500_000;
    private static final Pattern TRACE = Pattern.compile("^\\s+at [\\w.$/<>]+\\(.*\\)\\s*$|Exception|^Caused by");
    private final CheckpointStore store = new CheckpointStore();
    @TempDir
    Path dir;

    @Test
    void everyMutatedCheckpointIsRefusedCleanlyOrLoadsAsAWorkingModel() throws Exception {
        long start = System.nanoTime();
        Path goodFile = goodCheckpoint();
        List<CheckpointMutations.Case> cases = new ArrayList<>(new CheckpointMutations(Files.readAllBytes(goodFile),
                entries(goodFile), SEED).all());
        cases.addAll(CheckpointMutations.recomputed(fixtures(), RECOMPUTED_SEED));
        Path caseDir = Files.createDirectories(dir.resolve("cases"));
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> list = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CheckpointMutations.Case c = cases.get(i);
            String name = String.format("%03d-%s", i, c.name().replaceAll("[^A-Za-z0-9.-]", "_"));
            name = name.substring(0, Math.min(name.length(), 90)) + CheckpointStore.EXTENSION;
            Files.write(caseDir.resolve(name), c.bytes());
            list.add(name + "\t" + c.mustRefuse());
        }
        Path listFile = Files.write(dir.resolve("cases.txt"), list, StandardCharsets.UTF_8);
        long generated = System.nanoTime();
        System.out.printf("checkpoint_fuzz fixtures and cases made in %.1f s%n", (generated - start) / 1e9);

        String[] outcomes = new String[cases.size()];
        long[] rss = new long[cases.size()];
        int children = 0;
        for (int next = 0; next < cases.size(); children++) {
            next = runChild(caseDir, listFile, work, next, outcomes, rss);
        }

        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> reasons = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        List<String> acceptedNames = new ArrayList<>();
        long maxRss = 0;
        for (int i = 0; i < cases.size(); i++) {
            CheckpointMutations.Case c = cases.get(i);
            int[] n = counts.computeIfAbsent(c.category(), k -> new int[5]);
            n[4] = (int) Math.max(n[4], rss[i] / 1024);
            n[0]++;
            String o = outcomes[i];
            if (o.equals("refused")) {
                n[1]++;
            } else if (o.equals("accepted")) {
                n[2]++;
                acceptedNames.add(c.name());
            } else {
                n[3]++;
                bad.add(c.category() + "/" + c.name() + ": " + o);
                reasons.computeIfAbsent(c.category(), k -> new TreeMap<>()).merge(reason(o), 1, Integer::sum);
            }
            maxRss = Math.max(maxRss, rss[i]);
        }
        int refused = counts.values().stream().mapToInt(n -> n[1]).sum();
        int accepted = counts.values().stream().mapToInt(n -> n[2]).sum();
        System.out.printf("checkpoint_fuzz tried=%d refused=%d accepted=%d bad=%d children=%d max_rss_mb=%d "
                        + "seconds=%.1f (generating %.1f)%n", cases.size(), refused, accepted, bad.size(), children,
                maxRss / 1024, (System.nanoTime() - start) / 1e9, (generated - start) / 1e9);
        counts.forEach((category, n) -> System.out.printf("checkpoint_fuzz category=%s tried=%d refused=%d "
                + "accepted=%d bad=%d max_rss_mb=%d%s%n", category, n[0], n[1], n[2], n[3], n[4],
                reasons.containsKey(category) ? " bad_by_reason=" + reasons.get(category) : ""));
        System.out.println("checkpoint_fuzz accepted: " + String.join(" ", acceptedNames));
        bad.stream().limit(60).forEach(b -> System.out.println("checkpoint_fuzz bad: " + b));
        assertTrue(cases.size() >= 500, "only " + cases.size() + " cases");
        assertTrue(refused > cases.size() / 2, "most mutations must be refused, got " + refused);
        assertEquals(List.of(), bad);
        assertNothingWrittenOutside(caseDir, work);
    }

    /** What kind of bad outcome: crash, hang, trace, accepted (when it must be refused), rss, unclear, other. */
    private static String reason(String outcome) {
        return outcome.contains("JVM died") ? "crash" : outcome.contains("no answer") ? "hang"
                : outcome.contains("trace") ? "trace" : outcome.contains("must be refused") ? "accepted"
                : outcome.contains("peak RSS") ? "rss" : outcome.contains("unclear") ? "unclear" : "other";
    }

    /**
     * Runs cases from {@code first} in one child JVM until they are done, it dies, or one hangs; records each
     * outcome (a trace printed by a case, or a peak RSS over the bound, makes it bad) and returns the next case.
     */
    private int runChild(Path caseDir, Path listFile, Path work, int first, String[] outcomes, long[] rss)
            throws Exception {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                CheckpointFuzzChild.class.getName(), caseDir.toString(), listFile.toString(), String.valueOf(first))
                .directory(work.toFile()).start();
        Map<Integer, List<String>> stderr = Collections.synchronizedMap(new LinkedHashMap<>());
        Thread errReader = new Thread(() -> collect(child, stderr));
        errReader.start();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(1 << 16);
        Thread outReader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String l;
                while ((l = out.readLine()) != null) {
                    lines.put(l);
                }
            } catch (IOException | InterruptedException e) {
                // the child is gone
            } finally {
                lines.offer("@@eof");
            }
        });
        outReader.start();
        int current = -1;
        List<String> printed = new ArrayList<>();
        try {
            while (true) {
                String l = lines.poll(current < 0 ? 120 : PER_CASE_SECONDS, TimeUnit.SECONDS);
                if (l == null) {
                    child.destroyForcibly().waitFor();
                    if (current < 0) {
                        throw new IllegalStateException("the fuzz child did not start");
                    }
                    outcomes[current] = "bad: no answer within " + PER_CASE_SECONDS + " s";
                    return current + 1;
                }
                if (l.equals("@@end")) {
                    return outcomes.length;
                }
                if (l.equals("@@eof")) {
                    int exit = child.waitFor();
                    if (current < 0) {
                        throw new IllegalStateException("the fuzz child ended before its first case, exit " + exit);
                    }
                    outcomes[current] = "bad: the JVM died (exit " + exit + ")";
                    return current + 1;
                }
                if (l.startsWith("@@start ")) {
                    current = Integer.parseInt(l.substring(8).trim());
                    printed.clear();
                } else if (l.startsWith("@@done ")) {
                    String[] f = l.substring(7).split("\t");
                    int i = Integer.parseInt(f[0]);
                    rss[i] = Long.parseLong(f[2]);
                    String o = f[1];
                    String trace = printed.stream().filter(p -> TRACE.matcher(p).find()).findFirst().orElse(null);
                    if (trace != null && !o.startsWith("bad")) {
                        o = "bad: printed a trace on stdout: " + trace.trim();
                    } else if (rss[i] > MAX_RSS_KB && !o.startsWith("bad")) {
                        o = "bad: peak RSS " + rss[i] / 1024 + " MB";
                    }
                    outcomes[i] = o;
                } else {
                    printed.add(l);
                }
            }
        } finally {
            child.destroyForcibly().waitFor();
            errReader.join(10_000);
            outReader.join(10_000);
            stderr.forEach((i, printedErr) -> {
                String trace = printedErr.stream().filter(p -> TRACE.matcher(p).find()).findFirst().orElse(null);
                if (trace != null && outcomes[i] != null && !outcomes[i].startsWith("bad")) {
                    outcomes[i] = "bad: printed a trace on stderr: " + trace.trim();
                }
            });
        }
    }

    /** The child's stderr, by case. */
    private static void collect(Process child, Map<Integer, List<String>> byCase) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            int current = -1;
            String l;
            while ((l = err.readLine()) != null) {
                if (l.startsWith("@@start ")) {
                    current = Integer.parseInt(l.substring(8).trim());
                } else if (current >= 0) {
                    byCase.computeIfAbsent(current, k -> new ArrayList<>()).add(l);
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    private void assertNothingWrittenOutside(Path caseDir, Path work) throws IOException {
        assertTrue(Files.notExists(Path.of("/tmp/vae-absolute.txt")));
        assertTrue(Files.notExists(dir.getParent().resolve("escaped.txt")));
        assertTrue(Files.notExists(caseDir.getParent().resolve("escaped.txt")));
        try (Stream<Path> files = Files.list(caseDir)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().endsWith(".vaex")), "loading wrote files");
        }
        try (Stream<Path> files = Files.walk(work)) {
            List<String> left = files.filter(Files::isRegularFile).map(Path::toString).toList();
            assertEquals(List.of(), left, "files left in the child's working and temp folders (hs_err logs?)");
        }
    }

    private Path goodCheckpoint() throws IOException {
        ModelSpec spec = ModelSpec.of(ModelKind.CVAE, Backbone.MLP, List.of(16), 2, List.of(),
                Likelihood.BERNOULLI, 0.1, KlEstimator.ANALYTIC, true, 10, 28, 28, Objective.elbo(), null, null);
        Path file = dir.resolve("good.vaex");
        save(file, spec, VaeModel.create(spec, 1, 1e-3));
        return file;
    }

    /**
     * One good checkpoint of each kind the relabelling cases start from; "vae" and "conv" trained two steps, so
     * they hold Adam's state.
     */
    private Map<String, CheckpointMutations.Fixture> fixtures() throws IOException {
        Map<String, ModelSpec> specs = new LinkedHashMap<>();
        specs.put("vae", ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16)).build());
        specs.put("conv", ModelSpecBuilder.of(ModelKind.CONV_VAE).build());
        specs.put("cvae", ModelSpecBuilder.of(ModelKind.CVAE).hidden(List.of(16)).build());
        specs.put("beta", ModelSpecBuilder.of(ModelKind.BETA_VAE).hidden(List.of(16)).latent(2).build());
        specs.put("joint", ModelSpecBuilder.of(ModelKind.JOINT_VAE).hidden(List.of(16)).latent(2).build());
        specs.put("gauss", ModelSpecBuilder.of(ModelKind.VAE).hidden(List.of(16))
                .likelihood(Likelihood.GAUSSIAN_FIXED).gaussianSigma(0.3).build());
        Map<String, CheckpointMutations.Fixture> out = new LinkedHashMap<>();
        for (var e : specs.entrySet()) {
            ModelSpec spec = e.getValue();
            VaeModel model = VaeModel.create(spec, 3, 1e-3);
            if (e.getKey().equals("vae") || e.getKey().equals("conv")) {
                for (int step = 0; step < 2; step++) {
                    model.fit(TinyModels.batch(spec, 8, step), NoiseSource.seeded(step), Schedules.at(spec, step));
                }
            }
            Path file = dir.resolve("fixture-" + e.getKey() + ".vaex");
            save(file, spec, model);
            out.put(e.getKey(), new CheckpointMutations.Fixture(e.getKey(), entries(file)));
            Files.delete(file);
        }
        return out;
    }

    private void save(Path file, ModelSpec spec, VaeModel model) throws IOException {
        TrainingSettings settings = new TrainingSettings(2, 64, 1e-3, 1, PixelScaling.GREY, 0, 0);
        DatasetInfo data = new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 100, 10);
        store.save(file, Manifests.of(spec, data, settings, new TrainingState(), "test"), model);
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                zip.transferTo(b);
                out.put(e.getName(), b.toByteArray());
            }
        }
        return out;
    }
}
