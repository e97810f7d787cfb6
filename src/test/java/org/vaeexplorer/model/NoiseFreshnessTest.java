package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.graph.GraphNames;

/**
 * In ND4J 1.0.0-M2.1 in-graph random ops repeat their values across fit iterations; the models take their noise
 * as placeholders instead. These tests prove the noise is fresh on every batch and fixed by the seed.
 */
class NoiseFreshnessTest {
    @Test
    void everyTrainingBatchGetsFreshNormalAndGumbelNoise() {
        ModelSpec spec = TinyModels.joint(0.7);
        VaeModel model = VaeModel.create(spec, 1, 1e-3);
        List<float[]> normals = new ArrayList<>();
        List<float[]> uniforms = new ArrayList<>();
        NoiseSource seeded = NoiseSource.seeded(5);
        NoiseSource recording = new NoiseSource() {
            @Override
            public void fillNormal(float[] target) {
                seeded.fillNormal(target);
                normals.add(target.clone());
            }

            @Override
            public void fillUniform(float[] target) {
                seeded.fillUniform(target);
                uniforms.add(target.clone());
            }
        };
        Batch batch = TinyModels.batch(spec, 7, 2);
        for (int i = 0; i < 3; i++) {
            model.fit(batch, recording, Schedules.at(spec, i));
        }
        assertTrue(normals.size() == 3 && uniforms.size() == 3);
        assertFalse(Arrays.equals(normals.get(0), normals.get(1)));
        assertFalse(Arrays.equals(uniforms.get(1), uniforms.get(2)));
    }

    @Test
    void theGraphsSampleChangesWithTheNoiseAndOnlyWithIt() {
        ModelSpec spec = TinyModels.mlp(Likelihood.BERNOULLI, 2, 2, 3);
        VaeModel model = VaeModel.create(spec, 1, 1e-3);
        Batch batch = TinyModels.batch(spec, 5, 3);
        Schedules none = new Schedules(Double.NaN, 0, 0);
        NoiseSource one = NoiseSource.seeded(9);
        float[] first = model.outputs(batch, one, none, false, GraphNames.KL_MC).get(GraphNames.KL_MC);
        float[] second = model.outputs(batch, one, none, false, GraphNames.KL_MC).get(GraphNames.KL_MC);
        float[] replay = model.outputs(batch, NoiseSource.seeded(9), none, false, GraphNames.KL_MC)
                .get(GraphNames.KL_MC);
        assertFalse(Arrays.equals(first, second), "two draws gave the same sample");
        assertArrayEquals(first, replay, "the same seed must give the same sample");
    }

    @Test
    void anyBatchSizeWorks() {
        ModelSpec spec = TinyModels.joint(0.7);
        VaeModel model = VaeModel.create(spec, 1, 1e-3);
        for (int n : new int[] {1, 3, 64}) {
            LossTerms t = model.fit(TinyModels.batch(spec, n, n), NoiseSource.seeded(n), Schedules.at(spec, 0));
            assertTrue(t.isFinite());
            assertTrue(t.count() == n);
        }
    }
}
