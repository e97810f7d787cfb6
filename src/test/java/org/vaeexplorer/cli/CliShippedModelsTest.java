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
            assertTrue(out.lines().anyMatch(l -> l.matches("kind=(vae|conv-vae|cvae|joint-vae|beta-vae|scvae)")), out);
            assertTrue(out.lines().anyMatch(l -> l.matches("dataset=\\S+")), out);
        }
    }

    @Test
    void evalGivesTheClusterAccuracyOfADiscreteLatentOnly() {
        Path folder = ShippedModels.folder().orElseThrow();
        String joint = CliRun.output(0, "eval", "--checkpoint", folder.resolve("mnist-joint-vae.vaex").toString());
        Matcher m = Pattern.compile("(?m)^cluster_accuracy=([0-9.]+)$").matcher(joint);
        assertTrue(m.find(), joint);
        double accuracy = Double.parseDouble(m.group(1));
        // Ten categories matched to ten digits: chance is 0.1; the shipped model does far better, not perfectly.
        assertTrue(accuracy > 0.25 && accuracy < 1, joint);
        String plain = CliRun.output(0, "eval", "--checkpoint", folder.resolve("mnist-vae-2d.vaex").toString());
        assertFalse(plain.contains("cluster_accuracy="), plain);
    }

}
