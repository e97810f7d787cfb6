package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void trainThenInfoEvalAndDecodeWorkOnTheResult() throws Exception {
        Path ckpt = dir.resolve("cvae.vaex");
        String train = run(0, "train", "--model", "cvae", "--dataset", "mnist", "--latent", "2", "--epochs", "1",
                "--train-limit", "512", "--test-limit", "200", "--seed", "3", "--out", ckpt.toString());
        double trained = figure(train, "test_nelbo");
        assertTrue(train.contains("epoch=1 ") && train.contains("samples_per_s="), train);
        assertTrue(Files.size(ckpt) > 100_000);

        String info = run(0, "info", "--checkpoint", ckpt.toString());
        assertTrue(info.contains("model=cvae") && info.contains("dataset=mnist"), info);

        String eval = run(0, "eval", "--checkpoint", ckpt.toString(), "--importance-samples", "5");
        double evaluated = figure(eval, "test_nelbo");
        double nll = figure(eval, "test_nll");
        assertEquals(trained, evaluated, 0.05 * trained, "eval disagrees with training's own test figure");
        assertTrue(nll < evaluated, "the importance-weighted bound must be tighter than the ELBO: " + eval);

        Path png = dir.resolve("three.png");
        run(0, "decode", "--checkpoint", ckpt.toString(), "--z", "0.5,-1.2", "--label", "3", "--out", png.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(28 * 8, img.getWidth());
    }

    @Test
    void badArgumentsPrintUsageAndExitTwo() {
        String err = runExpectingError(2, "train", "--epochs", "1", "--out", dir.resolve("x.vaex").toString());
        assertTrue(err.contains("--model") || err.contains("Usage"), err);
        runExpectingError(2, "train", "--model", "unicorn", "--out", dir.resolve("x.vaex").toString());
        runExpectingError(2, "eval");
        runExpectingError(2, "decode", "--checkpoint", "a.vaex", "--z", "one,two", "--out", "b.png");
    }

    @Test
    void aCorruptCheckpointGetsAMessageNotAStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.vaex"), "definitely not a checkpoint");
        String err = runExpectingError(1, "info", "--checkpoint", bad.toString());
        assertTrue(err.contains("not a VAE Explorer checkpoint") && !err.contains("\tat "), err);
    }

    @Test
    void aNonFiniteCodeIsAUsageError() {
        String err = runExpectingError(2, "decode", "--checkpoint", dir.resolve("a.vaex").toString(), "--z", "NaN,0",
                "--out", dir.resolve("b.png").toString());
        assertTrue(err.contains("finite") && err.contains("--z"), err);
    }

    @Test
    void anUnknownDatasetIdListsTheBundledOnes() {
        String err = runExpectingError(1, "train", "--model", "vae", "--dataset", "fashion", "--epochs", "1",
                "--out", dir.resolve("x.vaex").toString());
        assertTrue(err.contains("'fashion' does not exist") && err.contains("mnist, fashion-mnist"), err);
    }

    @Test
    void anOptionTheKindDoesNotReadIsWarnedAbout() {
        ModelOptions options = new ModelOptions();
        options.model = "vae";
        options.beta = 4.0;
        assertEquals(java.util.List.of("--beta"), options.ignoredOptions());
        options.model = "beta-vae";
        assertEquals(java.util.List.of(), options.ignoredOptions());
    }

    private String run(int expectedCode, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = VaeExplorerCli.run(args);
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, text);
        return text;
    }

    private String runExpectingError(int expectedCode, String... args) {
        CommandLine cl = VaeExplorerCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(expectedCode, cl.execute(args), err.toString());
        return err.toString();
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
