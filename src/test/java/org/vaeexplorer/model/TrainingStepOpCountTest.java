package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native ops one training step of the benchmarked nets runs (the MLP VAE 784-512-2 and the conv VAE, batch
 * 128), counted by {@link OpCounter} over a few steps of one session, printed for docs/performance.md. Each op costs
 * its Java bookkeeping besides its arithmetic: one Adam op per step, not one per weight, and nothing run once per
 * image; the MLP VAE's hand-written step ({@link FusedVaeStep}) runs its GEMMs and the Adam update only.
 */
class TrainingStepOpCountTest {
    private static final int BATCH = 128;
    private static final int STEPS = 3;

    @ParameterizedTest
    @ValueSource(strings = {"vae", "conv-vae"})
    void oneStepRunsFewOps(String kind) {
        ModelSpec spec = ModelKind.named(kind).defaultSpec(28, 28, 10);
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        model.fit(TinyModels.batch(spec, BATCH, 0), NoiseSource.seeded(1), Schedules.at(spec, 0));
        List<VaeModel.Step> steps = new ArrayList<>();
        for (int i = 1; i <= STEPS; i++) {
            steps.add(new VaeModel.Step(TinyModels.batch(spec, BATCH, i), Schedules.at(spec, i)));
        }
        int[] stepped = new int[1];
        Map<String, Long> counts;
        try (OpCounter counter = OpCounter.start()) {
            model.fit(steps.iterator(), NoiseSource.seeded(2), (step, terms) -> stepped[0]++);
            counter.close();
            counts = counter.counts();
        }
        assertEquals(STEPS, stepped[0]);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %.1f ops per step:", kind,
                total / (double) STEPS));
        counts.forEach((name, n) -> line.append(String.format(Locale.ROOT, " %s %.1f", name, n / (double) STEPS)));
        System.out.println(line);
        assertEquals((long) STEPS, (long) counts.getOrDefault("adam_updater", 0L),
                "one Adam op per step for all weights (FlatAdam)");
        assertTrue(total < (long) STEPS * BATCH, "no op per image (INDArray.toDoubleMatrix copies row by row)");
        if (kind.equals("vae")) {
            // FusedVaeStep: 14 GEMMs (5 layers forward, 5 weight gradients, 4 input gradients) and the Adam update.
            assertEquals((long) STEPS * 14, (long) counts.getOrDefault("matmul", 0L), "the hand-written step's GEMMs");
            assertTrue(total <= (long) STEPS * 16, "the MLP VAE's step runs no graph op: " + counts);
        }
    }
}
