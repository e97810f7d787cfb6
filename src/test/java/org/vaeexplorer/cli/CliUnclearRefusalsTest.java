package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.ResealedCheckpoint;
import org.vaeexplorer.checkpoint.ShippedModels;

/** Refusals that used to leak an internal message now say, in one line, which file or option is wrong and how. */
class CliUnclearRefusalsTest {
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    private static Path shipped(String name) {
        return ShippedModels.folder().orElseThrow().resolve(name);
    }

    @Test
    void aManifestOrChecksumListThatIsJustNullIsNamed() throws Exception {
        Path manifest = ResealedCheckpoint.withEntry(shipped("mnist-vae-2d.vaex"), dir.resolve("m.vaex"),
                "manifest.json", b -> NULL);
        Path sums = ResealedCheckpoint.withEntry(shipped("mnist-vae-2d.vaex"), dir.resolve("s.vaex"),
                "checksums.json", b -> NULL);
        assertOneLine(CliRun.error(1, "info", "--checkpoint", manifest.toString()), "m.vaex", "manifest");
        assertOneLine(CliRun.error(1, "info", "--checkpoint", sums.toString()), "s.vaex", "checksum");
    }

    @Test
    void decodeScalesOutsideTheRangeAndAMissingImageAreNamed() {
        String vae = shipped("mnist-vae-2d.vaex").toString();
        String png = dir.resolve("x.png").toString();
        for (String scale : new String[] {"0", "100000"}) {
            assertOneLine(CliRun.error(2, "decode", "--checkpoint", vae, "--scale", scale, "--out", png), "--scale",
                    "1..64");
        }
        String err = CliRun.error(1, "decode", "--checkpoint", shipped("mnist-scvae.vaex").toString(), "--image",
                dir.resolve("missing.png").toString(), "--given", "tl", "--out", png);
        assertOneLine(err, "missing.png", "no such file");
        err = CliRun.error(2, "decode", "--checkpoint", shipped("mnist-scvae.vaex").toString(), "--image",
                dir.resolve("missing.png").toString(), "--given", "tl", "--samples", "100", "--scale", "64", "--out",
                png);
        assertOneLine(err, "--scale", "--samples", "182784x1792");
        assertFalse(Files.exists(Path.of(png)));
    }

    @Test
    void evaluatingALabelledModelOnADatasetWithMoreClassesSaysSo() throws Exception {
        Path data = Files.createDirectory(dir.resolve("wide"));
        int[] labels = new int[256];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i;
        }
        for (String split : new String[] {"train", "t10k"}) {
            Files.write(data.resolve(split + "-images-idx3-ubyte"), idx(0x803, labels.length, 28, 28));
            Files.write(data.resolve(split + "-labels-idx1-ubyte"), idx(0x801, labels));
        }
        String err = CliRun.error(1, "eval", "--checkpoint", shipped("mnist-cvae-2d.vaex").toString(), "--dataset",
                data.toString());
        assertOneLine(err, "256 classes", "mnist-cvae-2d.vaex");
    }

    /** An IDX image file of zero pixels ({@code 0x803, count, rows, cols}) or a label file ({@code 0x801}). */
    private static byte[] idx(int magic, int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        if (magic == 0x803) {
            out.writeInt(values[0]);
            out.writeInt(values[1]);
            out.writeInt(values[2]);
            out.write(new byte[values[0] * values[1] * values[2]]);
        } else {
            out.writeInt(values.length);
            for (int v : values) {
                out.writeByte(v);
            }
        }
        return bytes.toByteArray();
    }

    private static void assertOneLine(String err, String... expected) {
        String text = err.strip();
        assertEquals(1, text.lines().count(), text);
        for (String e : expected) {
            assertTrue(text.contains(e), e + " in: " + text);
        }
        assertFalse(text.contains("Cannot invoke") || text.contains("Index ") || text.contains("Can't read")
                || text.contains("must be > 0") || text.contains("too large"), text);
    }
}
