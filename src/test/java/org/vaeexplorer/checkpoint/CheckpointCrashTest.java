package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

/**
 * Kills a child JVM (SIGKILL) at random moments while it saves a checkpoint over and over: the file must load
 * every time, and the next save removes the partial file the kill left.
 */
class CheckpointCrashTest {
    private static final int KILLS = 20;
    @TempDir
    Path dir;

    @Test
    void aKillDuringASaveLeavesTheLastCheckpointLoadableAndTheNextSaveCleansUp() throws Exception {
        CheckpointStore store = new CheckpointStore();
        ModelSpec spec = ModelKind.VAE.defaultSpec(28, 28, 10);
        Path target = dir.resolve("run").resolve("last.vaex");
        store.save(target, Manifests.of(spec, new DatasetInfo("mnist", "mnist", 28, 28, PixelScaling.GREY,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 100, 10),
                new TrainingSettings(1, 64, 1e-3, 1, PixelScaling.GREY, 0, 0), new TrainingState(), "test"),
                VaeModel.create(spec, 1, 1e-3));
        Map<String, byte[]> entries = CheckpointFuzzTest.entries(target);
        Path manifest = Files.write(dir.resolve("manifest.bin"), entries.get(CheckpointStore.MANIFEST));
        Path weights = Files.write(dir.resolve("weights.bin"), entries.get(CheckpointStore.MODEL));
        Random random = new Random(7);
        int leftPartials = 0;
        for (int i = 0; i < KILLS; i++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CheckpointWriterChild.class.getName(),
                    target.toString(), manifest.toString(), weights.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine(), "the child did not start saving");
                Thread.sleep(random.nextInt(200));
                child.destroyForcibly().waitFor();
            }
            if (partials(target.getParent()) > 0) {
                leftPartials++;
            }
            // Both entries present and matching their checksums: the file is whole (weights rebuilt once, below).
            assertEquals(spec, store.readManifest(target).model(), "kill " + i);
        }
        assertEquals(spec, store.load(target).model().spec());
        // Nearly every kill lands inside a save (the child does nothing else); a handful proves the test bites.
        assertTrue(leftPartials >= KILLS / 4, "only " + leftPartials + " kills interrupted a save");
        store.write(target, entries.get(CheckpointStore.MANIFEST), entries.get(CheckpointStore.MODEL));
        assertEquals(0, partials(target.getParent()), "the next save removes what interrupted saves left");
        System.out.println("checkpoint_crash kills=" + KILLS + " interrupted_saves=" + leftPartials);
    }

    private static long partials(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial")).count();
        }
    }
}
