package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Every damaged or hostile checkpoint ends in a one-line refusal naming the file, or loads as a model that
 * decodes: never another exception, a hang, or an entry inflated past its bound. Seeded, a few hundred cases.
 */
class CheckpointFuzzTest {
    private static final long SEED = 20261121L;
    private static final int PER_CASE_SECONDS = 20;
    private final CheckpointStore store = new CheckpointStore();
    @TempDir
    Path dir;

    @Test
    void everyMutatedCheckpointIsRefusedCleanlyOrLoadsAsAWorkingModel() throws Exception {
        Path goodFile = goodCheckpoint();
        List<CheckpointMutations.Case> cases = new CheckpointMutations(Files.readAllBytes(goodFile),
                entries(goodFile), SEED).all();
        int refused = 0;
        int accepted = 0;
        List<String> bad = new ArrayList<>();
        List<String> acceptedNames = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (CheckpointMutations.Case c : cases) {
                Path file = Files.write(dir.resolve(c.name().replaceAll("[^A-Za-z0-9.-]", "_") + ".vaex"), c.bytes());
                Future<String> outcome = worker.submit(() -> outcome(file));
                String o;
                try {
                    o = outcome.get(PER_CASE_SECONDS, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    outcome.cancel(true);
                    o = "bad: no answer within " + PER_CASE_SECONDS + " s";
                }
                if (o.equals("refused")) {
                    refused++;
                } else if (o.equals("accepted")) {
                    accepted++;
                    acceptedNames.add(c.name());
                } else {
                    bad.add(c.name() + ": " + o);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("checkpoint_fuzz tried=%d refused=%d accepted=%d bad=%d%n", cases.size(), refused,
                accepted, bad.size());
        System.out.println("checkpoint_fuzz accepted: " + String.join(" ", acceptedNames));
        assertTrue(cases.size() >= 250, "only " + cases.size() + " cases");
        assertTrue(refused > cases.size() / 2, "most mutations must be refused, got " + refused);
        assertEquals(List.of(), bad);
        assertNothingWrittenOutside();
    }

    /** "refused", "accepted", or "bad: why"; the Models page's quick look must be as careful as a load. */
    private String outcome(Path file) {
        try {
            store.peekManifest(file);
        } catch (CheckpointException e) {
            if (!clear(e.getMessage(), file)) {
                return "bad: unclear refusal of the quick look '" + e.getMessage() + "'";
            }
        } catch (Throwable t) {
            return "bad: quick look: " + t;
        }
        try {
            Checkpoint c = store.load(file);
            store.readManifest(file);
            ModelSpec s = c.model().spec();
            float[] pixels = c.model().decode(new float[s.latentDim()], new float[s.categoricalWidth()],
                    s.conditional() ? VaeModel.oneHot(new int[] {0}, s.numClasses()) : new float[0], 1);
            if (pixels.length != s.pixels()) {
                return "bad: loaded, but decodes " + pixels.length + " pixels for a " + s.pixels() + "-pixel model";
            }
            for (float p : pixels) {
                if (!(p >= 0 && p <= 1)) {
                    return "bad: loaded, but decodes a pixel of " + p;
                }
            }
            return "accepted";
        } catch (CheckpointException e) {
            return clear(e.getMessage(), file) ? "refused" : "bad: unclear refusal '" + e.getMessage() + "'";
        } catch (Throwable t) {
            return "bad: " + t;
        }
    }

    /** One line, naming the file, without exception names or "(null)". */
    private static boolean clear(String m, Path file) {
        return m != null && !m.contains("\n") && m.contains(file.getFileName().toString()) && !m.contains("(null)")
                && !m.contains("Exception") && m.length() <= 400;
    }

    private void assertNothingWrittenOutside() throws IOException {
        assertTrue(Files.notExists(Path.of("/tmp/vae-absolute.txt")));
        assertTrue(Files.notExists(dir.getParent().resolve("escaped.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().endsWith(".vaex")), "loading wrote files");
        }
    }

    private Path goodCheckpoint() throws IOException {
        ModelSpec spec = new ModelSpec(ModelKind.CVAE, Backbone.MLP, List.of(16), 2, List.of(),
                Likelihood.BERNOULLI, 0.1, KlEstimator.ANALYTIC, true, 10, 28, 28, Objective.elbo(), null, null);
        VaeModel model = VaeModel.create(spec, 1, 1e-3);
        TrainingSettings settings = new TrainingSettings(2, 64, 1e-3, 1, PixelScaling.GREY, 0, 0);
        DatasetInfo data = new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 100, 10);
        Path file = dir.resolve("good.vaex");
        store.save(file, Manifests.of(spec, data, settings, new TrainingState(), "test"), model);
        return file;
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }
}
