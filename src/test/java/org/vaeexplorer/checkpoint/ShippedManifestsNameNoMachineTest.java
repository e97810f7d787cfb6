package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No shipped manifest names a place on the machine that made it: its command is the app's own
 * ({@code vae-explorer train ...}), files by name, datasets by id, and no other field holds an absolute path.
 */
class ShippedManifestsNameNoMachineTest {
    static Stream<Path> shipped() {
        return ShippedModels.list(Path.of("models")).stream();
    }

    @Test
    void thereAreShippedModels() {
        assertFalse(shipped().toList().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void noAbsolutePathInTheManifest(Path file) throws IOException {
        assertEquals(List.of(), ManifestPaths.absolutePaths(file), file.toString());
        String command = new CheckpointStore().readManifest(file).provenance().command();
        assertTrue(command.startsWith("vae-explorer train "), file + ": " + command);
    }

    @Test
    void theCheckFindsWhatItLooksFor() throws IOException {
        // The first shipped file's manifest with the command an earlier version recorded, written to a copy.
        Path original = shipped().findFirst().orElseThrow();
        Path dirty = Path.of("target", "dirty-manifest.vaex");
        CheckpointStore store = new CheckpointStore();
        Provenance p = store.readManifest(original).provenance();
        store.rewriteProvenance(original, dirty, p.withCommand("/usr/lib/jvm/bin/java -jar /tmp/a/vae-explorer.jar "
                + "train --model vae --out /work/runs/x.vaex", null));
        List<String> found = ManifestPaths.absolutePaths(dirty);
        assertEquals(1, found.size(), found.toString());
        store.rewriteProvenance(original, dirty, p.withCommand("vae-explorer train --model vae --out x.vaex "
                + "--dataset=/data/pictures", null));
        assertEquals(1, ManifestPaths.absolutePaths(dirty).size());
        java.nio.file.Files.deleteIfExists(dirty);
    }
}
