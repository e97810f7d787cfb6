package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.checkpoint.ShippedModels;

/** A script can check every shipped file from the command line: its kind, its data, and its cluster accuracy. */
class CliShippedModelsTest {
    @Test
    void infoNamesKindAndDatasetOfEveryShippedModel() {
        List<Path> shipped = ShippedModels.list(ShippedModels.folder().orElseThrow());
        assertTrue(shipped.size() >= 3, "shipped: " + shipped);
        for (Path file : shipped) {
            String out = CliRun.output(0, "info", "--checkpoint", file.toString());
            String kinds = java.util.Arrays.stream(org.vaeexplorer.model.ModelKind.values())
                    .map(org.vaeexplorer.model.ModelKind::cliName).collect(java.util.stream.Collectors.joining("|"));
            assertTrue(out.lines().anyMatch(l -> l.matches("kind=(" + kinds + ")")), out);
            assertTrue(out.lines().anyMatch(l -> l.matches("dataset=\\S+")), out);
        }
    }

    @Test
    void evalGivesTheClusterAccuracyOfADiscreteLatentOnly() {
        Path folder = ShippedModels.folder().orElseThrow();
        String joint = CliRun.output(0, "eval", "--checkpoint", folder.resolve("mnist-joint-vae.vaex").toString(),
                "--no-sample-quality");
        Matcher m = Pattern.compile("(?m)^cluster_accuracy=([0-9.]+)$").matcher(joint);
        assertTrue(m.find(), joint);
        double accuracy = Double.parseDouble(m.group(1));
        // Ten categories matched to ten digits: chance is 0.1; the shipped model does far better, not perfectly.
        assertTrue(accuracy > 0.25 && accuracy < 1, joint);
        String plain = CliRun.output(0, "eval", "--checkpoint", folder.resolve("mnist-vae-2d.vaex").toString(),
                "--no-sample-quality");
        assertFalse(plain.contains("cluster_accuracy="), plain);
    }

    /** Sohn's table from the command line: every column for Pyro's three masks, with its estimator and K stated. */
    @Test
    void evalOfTheShippedStructuredOutputCvaeStatesEachColumnsEstimatorAndK() {
        Path folder = ShippedModels.folder().orElseThrow();
        String out = CliRun.output(0, "eval", "--checkpoint", folder.resolve("mnist-scvae.vaex").toString(),
                "--test-limit", "8", "--samples", "6", "--particles", "3", "--prior-samples", "2");
        for (String line : List.of("k=6", "particles=3", "prior_samples=2", "images=8", "estimator_ncll=importance_sampling_q_k",
                "estimator_nelbo=minus_elbo_q_analytic_kl_mean_of_particles",
                "units=nats_per_image_summed_over_missing_pixels")) {
            assertTrue(out.lines().anyMatch(line::equals), line + " in\n" + out);
        }
        for (int q = 1; q <= 3; q++) {
            double baseline = value(out, "baseline_ncll_q" + q);
            double nelbo = value(out, "nelbo_q" + q);
            double importance = value(out, "ncll_q" + q);
            // The CVAE's bound is above its importance-sampled estimate, and both are below the baseline's figure.
            assertTrue(importance < nelbo && nelbo < baseline, out);
            assertTrue(value(out, "seconds_q" + q + "_generation") >= 0, out);
        }
    }

    private static double value(String out, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "=([0-9.]+)$").matcher(out);
        assertTrue(m.find(), key + " in\n" + out);
        return Double.parseDouble(m.group(1));
    }
}
