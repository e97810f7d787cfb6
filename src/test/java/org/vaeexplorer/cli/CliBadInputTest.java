package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ShippedModels;

/** Bad files and arguments end in one line naming the problem: exit 1 for a bad file, 2 for bad usage. */
class CliBadInputTest {
    @TempDir
    Path dir;

    @Test
    void damagedCheckpointsGiveOneLineAndExitCodeOne() throws Exception {
        Path shipped = ShippedModels.defaultModel().orElseThrow();
        byte[] good = Files.readAllBytes(shipped);
        Path truncated = Files.write(dir.resolve("cut.vaex"), Arrays.copyOf(good, 30));
        Path badName = Files.write(dir.resolve("badname.vaex"), zipWithUnreadableName());
        for (String command : new String[] {"info", "eval", "decode"}) {
            for (Path file : new Path[] {truncated, badName, dir, dir.resolve("missing.vaex")}) {
                String[] args = command.equals("decode")
                        ? new String[] {command, "--checkpoint", file.toString(), "--out", dir.resolve("x.png").toString()}
                        : new String[] {command, "--checkpoint", file.toString()};
                String err = CliRun.error(1, args);
                assertOneLineNaming(err, file.getFileName().toString());
            }
        }
    }

    @Test
    void decodeToAFolderOrAnUnwritablePlaceIsOneLine() throws Exception {
        String model = ShippedModels.defaultModel().orElseThrow().toString();
        String err = CliRun.error(1, "decode", "--checkpoint", model, "--z", "0,0", "--out", dir.toString());
        assertOneLineNaming(err, "it is a folder");
        Path blocked = Files.writeString(dir.resolve("a-file"), "x");
        err = CliRun.error(1, "decode", "--checkpoint", model, "--z", "0,0", "--out",
                blocked.resolve("inside.png").toString());
        assertOneLineNaming(err, "inside.png");
    }

    @Test
    void anAbsurdImportanceSampleCountIsAUsageError() {
        String model = ShippedModels.defaultModel().orElseThrow().toString();
        String err = CliRun.error(2, "eval", "--checkpoint", model, "--importance-samples", "100000000");
        assertOneLineNaming(err, "--importance-samples");
    }

    @Test
    void aStructuredOutputEvalWithoutPriorSamplesIsAUsageError() {
        String model = ShippedModels.folder().orElseThrow().resolve("mnist-scvae.vaex").toString();
        String err = CliRun.error(2, "eval", "--checkpoint", model, "--prior-samples", "0", "--test-limit", "4");
        assertOneLineNaming(err, "--prior-samples");
    }

    @Test
    void trainRefusesAnOutThatIsAFolderBeforeLoadingAnything() {
        String err = CliRun.error(2, "train", "--model", "vae", "--epochs", "1", "--out", dir.toString());
        assertTrue(err.contains("is a folder"), err);
    }

    @Test
    void resumingNamesTheOptionsItIgnores() throws Exception {
        Path ckpt = dir.resolve("r.vaex");
        // A run's own checkpoint (the shipped ones are exported without the optimiser's state, not resumable).
        VaeExplorerCli.commandLine().execute("train", "--model", "vae", "--epochs", "1", "--train-limit", "128",
                "--test-limit", "64", "--out", ckpt.toString());
        java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        java.io.PrintStream oldOut = System.out;
        System.setErr(new java.io.PrintStream(errBytes, true, StandardCharsets.UTF_8));
        System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            // --epochs equal to the epochs done: nothing to train, only the warning and the save.
            VaeExplorerCli.run(new String[] {"train", "--resume", ckpt.toString(), "--epochs", "1", "--lr", "0.01",
                    "--batch", "32", "--latent", "5", "--train-limit", "100", "--test-limit", "100",
                    "--out", dir.resolve("r2.vaex").toString()});
        } finally {
            System.setErr(old);
            System.setOut(oldOut);
        }
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("--batch, --lr, --train-limit, --test-limit, --latent are ignored with --resume"),
                err);
    }

    @Test
    void resumingWithoutADatasetReadsTheCheckpointsOwnClasses() throws Exception {
        Path ckpt = dir.resolve("threes.vaex");
        assertEquals(0, VaeExplorerCli.commandLine().execute("train", "--model", "vae", "--dataset", "mnist:3",
                "--epochs", "1", "--train-limit", "2000", "--test-limit", "500", "--out", ckpt.toString()));
        Path resumed = dir.resolve("threes2.vaex");
        java.io.PrintStream oldOut = System.out;
        System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            // Without the fix this read all of MNIST (10 classes) and was refused as not fitting the model.
            code = VaeExplorerCli.run(new String[] {"train", "--resume", ckpt.toString(), "--epochs", "2",
                    "--out", resumed.toString()});
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(0, code);
        var manifest = new org.vaeexplorer.checkpoint.CheckpointStore().load(resumed).manifest();
        assertEquals("mnist:3", manifest.dataset().source());
        assertEquals(java.util.List.of("3"), manifest.dataset().classNames());
        assertEquals(2, manifest.metrics().size());
    }

    private static void assertOneLineNaming(String err, String expected) {
        String text = err.strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains(expected), text);
        assertTrue(!text.contains("Exception") && !text.contains("(null)"), text);
    }

    /** A zip whose first entry name is not valid UTF-8 (ZipInputStream throws IllegalArgumentException). */
    private static byte[] zipWithUnreadableName() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] b = bytes.toByteArray();
        byte[] name = "manifest.json".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length <= b.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(b, i, i + name.length), name)) {
                b[i] = (byte) 0xC3;
                b[i + 1] = (byte) 0x28;
            }
        }
        return b;
    }

}
