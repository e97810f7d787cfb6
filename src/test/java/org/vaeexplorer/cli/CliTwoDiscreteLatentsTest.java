package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --discrete 10,2}: eval matches the 10-way latent to the classes, decode reads both categories. */
class CliTwoDiscreteLatentsTest {
    @TempDir
    Path dir;

    @Test
    void aJointVaeWithTwoDiscreteLatentsEvaluatesAndDecodesEachCategory() throws Exception {
        Path ckpt = dir.resolve("joint.vaex");
        CliRun.output(0, "train", "--model", "joint-vae", "--dataset", "mnist", "--hidden", "32", "--latent", "2",
                "--discrete", "10,2", "--epochs", "1", "--train-limit", "256", "--test-limit", "100", "--seed", "3",
                "--out", ckpt.toString());
        String eval = CliRun.output(0, "eval", "--checkpoint", ckpt.toString(), "--no-sample-quality");
        double accuracy = Double.parseDouble(eval.replaceAll("(?s).*cluster_accuracy=([0-9.]+).*", "$1"));
        assertTrue(accuracy > 0 && accuracy <= 1, eval);

        byte[][] pngs = new byte[3][];
        String[] categories = {"3,0", "3,1", "3,1"};
        for (int i = 0; i < 3; i++) {
            Path png = dir.resolve("c" + i + ".png");
            CliRun.output(0, "decode", "--checkpoint", ckpt.toString(), "--z", "0.5,-1", "--category", categories[i],
                    "--scale", "1", "--out", png.toString());
            pngs[i] = Files.readAllBytes(png);
        }
        assertFalse(Arrays.equals(pngs[0], pngs[1]), "the second latent's category changes the image");
        assertTrue(Arrays.equals(pngs[1], pngs[2]), "the same code decodes the same image");
        String err = CliRun.error(2, "decode", "--checkpoint", ckpt.toString(), "--category", "3,2", "--out",
                dir.resolve("bad.png").toString());
        assertTrue(err.contains("category 2 is outside 0..1"), err);
    }
}
