package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.VaeModel;

/**
 * Every file under {@code models/} opens, decodes, and carries its recipe: the command that trained it and the
 * SHA-256 of the very dataset files it was trained on, which must be the files the app bundles
 * ({@code assets/datasets/SHA256SUMS}), so that anyone can retrain it and compare.
 */
class ShippedModelsRecipeTest {
    static Stream<Path> shipped() {
        return ShippedModels.list(Path.of("models")).stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void opensDecodesAndCarriesItsRecipe(Path file) throws IOException {
        Checkpoint checkpoint = new CheckpointStore().load(file);
        CheckpointManifest manifest = checkpoint.manifest();
        ModelSpec spec = manifest.model();

        String command = manifest.provenance().command();
        // The command that made it: a train of its kind, or the resumption of such a run (its manifest keeps the
        // settings, seed included, and every epoch's figures).
        assertTrue(command.contains(" train ") && (command.contains("--model " + spec.kind().cliName())
                || command.contains("--resume ")), file + ": command " + command);
        // A source such as mnist:7 (the sevens only) reads the same bundled files.
        String bundled = org.vaeexplorer.data.DatasetSource.parse(manifest.dataset().source()).base();
        if (org.vaeexplorer.data.DatasetLoader.isGenerated(bundled)) {
            // Drawn by the app's own code from a fixed seed: no files to name, and the same images on every machine.
            assertEquals(Map.of(), manifest.dataset().fileSha256(), file + ": a generated dataset reads no files");
            int side = org.vaeexplorer.data.SpriteSpace.byId(bundled).map(org.vaeexplorer.data.SpriteSpace::side)
                    .orElse(org.vaeexplorer.data.ColourShapes.SIDE);
            assertEquals(side, spec.rows(), file + ": the generated " + bundled + " images' side");
        } else {
            assertEquals(bundledDigests(bundled), manifest.dataset().fileSha256(),
                    file + " was trained on other files than the bundled " + bundled);
        }
        assertEquals(manifest.epochsDone(), manifest.metrics().size(), file + ": one line of figures per epoch");
        assertTrue(Double.isFinite(manifest.lastTestNelbo()), file + ": test NELBO " + manifest.lastTestNelbo());

        float[] image = decodeOne(checkpoint.model());
        assertEquals(spec.pixels(), image.length);
        for (float v : image) {
            assertTrue(v >= 0 && v <= 1, file + " decodes to " + v);
        }
        assertFalse(allEqual(image), file + " decodes to a blank image");
    }

    private static float[] decodeOne(VaeModel model) {
        ModelSpec spec = model.spec();
        if (spec.kind() == ModelKind.SCVAE) {
            float[] stroke = new float[spec.pixels()];
            for (int r = 4; r < 24; r++) {
                stroke[r * spec.cols() + 12] = 1;
            }
            return new DigitCompleter(model).complete(stroke, new boolean[] {true, false, true, false}, 1, 1)
                    .sample(0);
        }
        float[] categories = new float[spec.categoricalWidth()];
        if (categories.length > 0) {
            categories[0] = 1;
        }
        float[] labels = new float[spec.conditional() ? spec.numClasses() : 0];
        if (labels.length > 0) {
            labels[1] = 1;
        }
        return FlatCodes.decode(model, new float[spec.latentDim()], categories, labels, 1);
    }

    private static boolean allEqual(float[] image) {
        for (float v : image) {
            if (v != image[0]) {
                return false;
            }
        }
        return true;
    }

    /** File name to SHA-256 of the bundled dataset {@code name}, from the checksums shipped with it. */
    private static Map<String, String> bundledDigests(String name) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("assets/datasets/SHA256SUMS"));
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+", 2);
            if (parts.length == 2 && parts[1].startsWith(name + "/")) {
                out.put(parts[1].substring(name.length() + 1), parts[0]);
            }
        }
        assertFalse(out.isEmpty(), "no bundled dataset called " + name);
        return out;
    }
}
