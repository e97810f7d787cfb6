package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vaeexplorer.model.settings.ModelSetting.ANNEAL_RATE;
import static org.vaeexplorer.model.settings.ModelSetting.BACKBONE;
import static org.vaeexplorer.model.settings.ModelSetting.BETA;
import static org.vaeexplorer.model.settings.ModelSetting.CAPACITY;
import static org.vaeexplorer.model.settings.ModelSetting.CAPACITY_ITERATIONS;
import static org.vaeexplorer.model.settings.ModelSetting.DISCRETE;
import static org.vaeexplorer.model.settings.ModelSetting.GAMMA;
import static org.vaeexplorer.model.settings.ModelSetting.GAN_GENERATOR_WEIGHT;
import static org.vaeexplorer.model.settings.ModelSetting.GAN_KL_WEIGHT;
import static org.vaeexplorer.model.settings.ModelSetting.GAN_MATCHING_WEIGHT;
import static org.vaeexplorer.model.settings.ModelSetting.GAN_RECON_WEIGHT;
import static org.vaeexplorer.model.settings.ModelSetting.GIVEN_QUADRANTS;
import static org.vaeexplorer.model.settings.ModelSetting.GSNN_WEIGHT;
import static org.vaeexplorer.model.settings.ModelSetting.HIDDEN;
import static org.vaeexplorer.model.settings.ModelSetting.KL_ESTIMATOR;
import static org.vaeexplorer.model.settings.ModelSetting.LATENT;
import static org.vaeexplorer.model.settings.ModelSetting.LIKELIHOOD;
import static org.vaeexplorer.model.settings.ModelSetting.SIGMA;
import static org.vaeexplorer.model.settings.ModelSetting.TEMPERATURE;
import static org.vaeexplorer.model.settings.ModelSetting.TEMPERATURE_MIN;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.cli.CliSpecs;
import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.SpecException;
import org.vaeexplorer.model.settings.ModelSetting;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * The command line and the Train page agree: every kind with settings other than its defaults makes the same spec
 * from both, the same inputs are refused by both, and they train through one service, so the same seed gives the
 * same checkpoint.
 */
class CliAndTrainPageAgreeTest {
    private static final int ROWS = 28;
    private static final int COLS = 28;
    private static final int CLASSES = 10;

    /** Every kind, each with settings that differ from its defaults, network-wide ones included. */
    static final List<SettingCases> ACCEPTED = List.of(
            SettingCases.of("vae", LATENT, "3", HIDDEN, "256,128", LIKELIHOOD, "gaussian-fixed", SIGMA, "0.2",
                    KL_ESTIMATOR, "monte-carlo"),
            SettingCases.of("vae", BACKBONE, "conv", LATENT, "5", LIKELIHOOD, "gaussian-learned"),
            SettingCases.of("conv-vae", LATENT, "4", KL_ESTIMATOR, "monte-carlo", LIKELIHOOD, "gaussian-fixed",
                    SIGMA, "0.05"),
            SettingCases.of("cvae", LATENT, "5", BACKBONE, "conv", LIKELIHOOD, "gaussian-learned"),
            SettingCases.of("cvae", LATENT, "6", HIDDEN, "300", KL_ESTIMATOR, "monte-carlo"),
            SettingCases.of("joint-vae", BACKBONE, "mlp", HIDDEN, "256", LATENT, "6", DISCRETE, "10,3",
                    CAPACITY, "20", CAPACITY_ITERATIONS, "5000", GAMMA, "50", TEMPERATURE, "0.8",
                    TEMPERATURE_MIN, "0.5", ANNEAL_RATE, "0.0001"),
            SettingCases.of("joint-vae", LATENT, "4", DISCRETE, "5", KL_ESTIMATOR, "monte-carlo"),
            SettingCases.of("beta-vae", BETA, "6", LATENT, "8", HIDDEN, "400"),
            SettingCases.of("beta-vae", CAPACITY, "25"),
            SettingCases.of("beta-vae", CAPACITY, "25", CAPACITY_ITERATIONS, "2000", GAMMA, "100", BACKBONE,
                    "conv", LIKELIHOOD, "gaussian-fixed", SIGMA, "0.3"),
            SettingCases.of("scvae", GIVEN_QUADRANTS, "2", GSNN_WEIGHT, "0.3", LATENT, "7", HIDDEN, "300"),
            SettingCases.of("beta-tcvae", BETA, "3", LATENT, "5", HIDDEN, "256", LIKELIHOOD, "gaussian-fixed",
                    SIGMA, "0.2"),
            SettingCases.of("cvae-gan", LATENT, "3", GAN_KL_WEIGHT, "2", GAN_RECON_WEIGHT, "0.5",
                    GAN_GENERATOR_WEIGHT, "0.01", GAN_MATCHING_WEIGHT, "0.002", BACKBONE, "mlp", HIDDEN, "300"),
            // The test source set's own kind (NarrowPriorVae): the command line and the form take it by its family.
            SettingCases.of("narrow-prior-vae", LATENT, "4", HIDDEN, "200", LIKELIHOOD, "gaussian-fixed", SIGMA,
                    "0.2"));

    /** Inputs both sides must refuse: a spec rule (the same key on both), a range, a temperature floor. */
    static final List<SettingCases> REFUSED = List.of(
            SettingCases.of("vae", LIKELIHOOD, "gaussian-fixed", SIGMA, "0"),
            SettingCases.of("vae", SIGMA, "-1"),
            SettingCases.of("cvae", BACKBONE, "dupont"),
            SettingCases.of("joint-vae", TEMPERATURE, "0.5", TEMPERATURE_MIN, "0.8"),
            SettingCases.of("beta-vae", CAPACITY, "25", LATENT, "0"),
            SettingCases.of("scvae", GIVEN_QUADRANTS, "5"),
            SettingCases.of("beta-tcvae", LATENT, "0"),
            SettingCases.of("cvae-gan", GAN_MATCHING_WEIGHT, "0"));

    @Test
    void everyKindWithSettingsOtherThanItsDefaultsMakesTheSameSpecFromBothSides() {
        assertEquals(Set.of(ModelKind.values()), ACCEPTED.stream()
                .map(c -> ModelKind.parse(c.kind()).orElseThrow()).collect(Collectors.toSet()), "every kind is run");
        for (SettingCases c : ACCEPTED) {
            ModelSpec cli = CliSpecs.spec(ROWS, COLS, CLASSES, c.cliArgs());
            TrainFormViewModel.Validation form = c.form().validate(ROWS, COLS, CLASSES);
            assertEquals(List.of(), form.problems(), String.join(" ", c.cliArgs()));
            assertEquals(cli, form.spec(), String.join(" ", c.cliArgs()));
            assertNotEquals(CliSpecs.spec(ROWS, COLS, CLASSES, "--model", c.kind()), cli,
                    "the settings are not the defaults: " + String.join(" ", c.cliArgs()));
        }
    }

    @Test
    void theSameInputsAreRefusedByBothSides() {
        for (SettingCases c : REFUSED) {
            String args = String.join(" ", c.cliArgs());
            IllegalArgumentException cli = assertThrows(IllegalArgumentException.class,
                    () -> CliSpecs.spec(ROWS, COLS, CLASSES, c.cliArgs()), args);
            TrainFormViewModel.Validation v = c.form().validate(ROWS, COLS, CLASSES);
            List<String> form = v.problems();
            assertFalse(form.isEmpty(), "the form refuses " + args);
            if (cli instanceof SpecException rule) {
                assertTrue(form.contains(I18n.text(rule.text().key(), rule.text().args().toArray())),
                        "the same rule refuses " + args + ": " + form);
            } else {
                // A setting's own refusal: the command line names its flag, the form marks its field.
                ModelSetting named = Arrays.stream(ModelSetting.values())
                        .filter(s -> cli.getMessage().matches("(?s).*" + s.flag() + "\\b(?!-).*"))
                        .findFirst().orElseThrow(() -> new AssertionError("no flag named: " + cli.getMessage()));
                assertTrue(v.fields().containsKey(named.key()),
                        "the form marks " + named.key() + " for " + args + ": " + v.fields());
            }
        }
    }

    /**
     * A setting cannot reach one side and not the other: {@code train}'s model options are the declared settings'
     * flags (and {@code --model}, {@code --conv} only), and for every kind with every network the flags
     * {@code train} reads (it warns about the others) are the flags of the rows the form shows.
     */
    @Test
    void forEveryKindTheFlagsTrainReadsAreTheRowsTheFormShows() {
        Set<String> options = new TreeSet<>(CliSpecs.trainModelFlags());
        options.removeAll(List.of("--model", "--conv"));
        assertEquals(Arrays.stream(ModelSetting.values()).map(ModelSetting::flag)
                .collect(Collectors.toCollection(TreeSet::new)), options, "train's options are the declared ones");
        for (ModelKind kind : ModelKind.values()) {
            ModelSpec defaults = kind.defaultSpec(ROWS, COLS, CLASSES);
            for (Backbone backbone : Backbone.values()) {
                String net = BACKBONE.text(backbone);
                Set<String> read = new TreeSet<>();
                for (ModelSetting s : ModelSetting.values()) {
                    List<String> args = new java.util.ArrayList<>(List.of("--model", kind.cliName(), "--backbone",
                            net));
                    if (s != BACKBONE) {
                        args.addAll(List.of(s.flag(), sample(s, defaults)));
                    }
                    if (!CliSpecs.ignored(args.toArray(String[]::new)).contains(s.flag())) {
                        read.add(s.flag());
                    }
                }
                TrainFormViewModel form = new TrainFormViewModel();
                form.kindProperty().set(kind);
                form.backboneProperty().set(backbone);
                Set<String> rows = form.shownSettings().stream().map(ModelSetting::flag)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(read, rows, kind.cliName() + " with " + net);
                assertTrue(rows.contains(LATENT.flag()) && rows.contains(BACKBONE.flag()), "not empty: " + rows);
            }
        }
    }

    /** A value of {@code s}'s type: the kind's default, or any when it has none. */
    private static String sample(ModelSetting s, ModelSpec defaults) {
        String text = s.defaultText(defaults);
        if (!text.isEmpty()) {
            return text;
        }
        return switch (s.type()) {
            case CHOICE -> s.choice().mainWords().get(0);
            case INTEGERS -> "10";
            default -> "1";
        };
    }

    @TempDir
    Path dir;

    @Test
    void aCliRunAndATrainPageRunWithTheSameSeedWriteTheSameModel() throws Exception {
        Path cliFile = dir.resolve("cli.vaex");
        assertEquals(0, VaeExplorerCli.run(new String[] {"train", "--model", "vae", "--dataset", "mnist",
                "--epochs", "2", "--train-limit", "256", "--seed", "5", "--out", cliFile.toString()}));

        TrainingRunViewModel page = new TrainingRunViewModel(new TrainingRunViewModelTest.InlineRunner(),
                new InlineExecutor(), new DatasetCache(), new StatusModel(), dir.resolve("runs"));
        TrainFormViewModel form = new TrainFormViewModel();
        form.epochsProperty().set("2");
        form.trainLimitProperty().set("256");
        form.seedProperty().set("5");
        assertTrue(page.start(form.request(new DatasetCache().get("mnist"), "mnist").orElseThrow()));
        Path pageFile = page.runFolderProperty().get().resolve("last.vaex");

        Checkpoint cli = new CheckpointStore().load(cliFile);
        Checkpoint ui = new CheckpointStore().load(pageFile);
        assertEquals(cli.manifest().model(), ui.manifest().model());
        assertEquals(cli.manifest().training(), ui.manifest().training());
        List<EpochMetrics> a = cli.manifest().metrics();
        List<EpochMetrics> b = ui.manifest().metrics();
        assertEquals(2, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).trainNelbo(), b.get(i).trainNelbo(), "train NELBO of epoch " + (i + 1));
            assertEquals(a.get(i).testNelbo(), b.get(i).testNelbo(), "test NELBO of epoch " + (i + 1));
        }
        float[] z = {0.5f, -1.2f, 1.5f, 0.3f, -0.7f, 2f};
        assertArrayEquals(FlatCodes.decode(cli.model(), z, new float[0], new float[0], 3),
                FlatCodes.decode(ui.model(), z, new float[0], new float[0], 3), "the same weights decode the same images");
    }
}
