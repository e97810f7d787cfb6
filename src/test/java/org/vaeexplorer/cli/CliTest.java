package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void trainThenInfoEvalAndDecodeWorkOnTheResult() throws Exception {
        Path ckpt = dir.resolve("cvae.vaex");
        String train = CliRun.output(0, "train", "--model", "cvae", "--dataset", "mnist", "--latent", "2", "--epochs", "1",
                "--train-limit", "512", "--test-limit", "200", "--seed", "3", "--out", ckpt.toString());
        double trained = figure(train, "test_nelbo");
        assertTrue(train.contains("epoch=1 ") && train.contains("samples_per_s="), train);
        assertTrue(Files.size(ckpt) > 100_000);

        String info = CliRun.output(0, "info", "--checkpoint", ckpt.toString());
        assertTrue(info.contains("model=cvae") && info.contains("dataset=mnist"), info);

        String eval = CliRun.output(0, "eval", "--checkpoint", ckpt.toString(), "--importance-samples", "5",
                "--no-sample-quality");
        double evaluated = figure(eval, "test_nelbo");
        double nll = figure(eval, "test_nll");
        assertEquals(trained, evaluated, 0.05 * trained, "eval disagrees with training's own test figure");
        assertTrue(nll < evaluated, "the importance-weighted bound must be tighter than the ELBO: " + eval);

        Path png = dir.resolve("three.png");
        CliRun.output(0, "decode", "--checkpoint", ckpt.toString(), "--z", "0.5,-1.2", "--label", "3", "--out", png.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(28 * 8, img.getWidth());
    }

    @Test
    void badArgumentsPrintUsageAndExitTwo() {
        String err = CliRun.error(2, "train", "--epochs", "1", "--out", dir.resolve("x.vaex").toString());
        assertTrue(err.contains("--model") || err.contains("Usage"), err);
        CliRun.error(2, "train", "--model", "unicorn", "--out", dir.resolve("x.vaex").toString());
        CliRun.error(2, "eval");
        CliRun.error(2, "decode", "--checkpoint", "a.vaex", "--z", "one,two", "--out", "b.png");
    }

    @Test
    void aCorruptCheckpointGetsAMessageNotAStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.vaex"), "definitely not a checkpoint");
        String err = CliRun.error(1, "info", "--checkpoint", bad.toString());
        assertTrue(err.contains("not a VAE Explorer checkpoint") && !err.contains("\tat "), err);
    }

    @Test
    void aNonFiniteCodeIsAUsageError() {
        String err = CliRun.error(2, "decode", "--checkpoint", dir.resolve("a.vaex").toString(), "--z", "NaN,0",
                "--out", dir.resolve("b.png").toString());
        assertTrue(err.contains("finite") && err.contains("--z"), err);
    }

    @Test
    void anUnknownDatasetIdListsTheBundledOnes() {
        String err = CliRun.error(1, "train", "--model", "vae", "--dataset", "fashion", "--epochs", "1",
                "--out", dir.resolve("x.vaex").toString());
        assertTrue(err.contains("'fashion' does not exist") && err.contains("mnist, fashion-mnist"), err);
    }

    @Test
    void anOptionTheKindDoesNotReadIsWarnedAbout() {
        ModelOptions options = ModelOptions.parse("--model", "vae", "--beta", "4.0");
        assertEquals(java.util.List.of("--beta"), options.ignoredOptions());
        options.model = "beta-vae";
        assertEquals(java.util.List.of(), options.ignoredOptions());
    }



    private static double figure(String output, String key) {
        Matcher m = Pattern.compile("(?m)(?:^|\\s)" + key + "=([-0-9.]+)").matcher(output);
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        assertTrue(!Double.isNaN(last), "no " + key + "= in " + output);
        return last;
    }
}
