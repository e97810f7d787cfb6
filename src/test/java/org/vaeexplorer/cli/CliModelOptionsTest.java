package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.settings.ModelSetting;

/** {@code train}'s model options, made from the settings' declarations: their help and their refusals. */
class CliModelOptionsTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryDeclaredSettingWithTheFormsDescription() {
        String help = CliRun.output(0, "train", "--help").replaceAll("\\s+", " ");
        for (ModelSetting s : ModelSetting.values()) {
            assertTrue(help.contains(s.flag() + "="), s.flag() + " in " + help);
            String description = EnglishText.text(s.descriptionKey()).replaceAll("\\s+", " ");
            assertTrue(help.contains(description.substring(0, Math.min(30, description.length()))),
                    s + ": " + description);
        }
        assertTrue(help.contains("--kl=analytic|mc"), "a choice lists its words");
        assertTrue(help.contains("(0..512)"), "a number its range");
    }

    @Test
    void aWordNoChoiceHasIsAUsageErrorNamingTheFlagAndTheWords() {
        Path out = dir.resolve("x.vaex");
        String err = CliRun.error(2, "train", "--model", "vae", "--kl", "exact", "--epochs", "1", "--out",
                out.toString());
        assertEquals("error: --kl: KL term must be one of analytic, mc, got exact", err.strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aValueOutOfRangeIsRefusedInTheFormsWordsBeforeAnyDataIsRead() {
        String err = CliRun.error(2, "train", "--model", "vae", "--latent", "600", "--dataset", "no-such-dataset",
                "--out", dir.resolve("x.vaex").toString());
        assertEquals("error: --latent: " + EnglishText.text("train.form.between",
                EnglishText.text("train.form.field.latent"), "0", "512"), err.strip());
    }
}
