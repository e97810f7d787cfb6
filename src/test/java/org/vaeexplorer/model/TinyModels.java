package org.vaeexplorer.model;

import java.util.List;
import java.util.SplittableRandom;

/** Small specs and batches for fast, exact tests of the graphs. */
public final class TinyModels {
    private TinyModels() {
    }

    public static ModelSpec mlp(Likelihood likelihood, int latent, int rows, int cols) {
        return ModelSpecBuilder.of(ModelKind.VAE).images(rows, cols, 3).hidden(List.of(5)).latent(latent)
                .likelihood(likelihood).gaussianSigma(0.3).build();
    }

    public static ModelSpec joint(double temperature) {
        return ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(2, 3, 3).hidden(List.of(8)).latent(2)
                .categories(List.of(4, 3)).objective(Objective.jointCapacity(new CapacitySchedule(0, 5, 100, 30),
                        new CapacitySchedule(0, 2, 100, 30)))
                .temperature(new TemperatureSchedule(temperature, temperature, 0)).build();
    }

    /** Grey-level pixels in (0, 1) and labels, seeded. */
    public static Batch batch(ModelSpec spec, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] pixels = new float[n * spec.pixels()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) r.nextDouble(0.02, 0.98);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(spec.numClasses());
        }
        return new Batch(pixels, n, labels);
    }

    /** The same image repeated {@code n} times. */
    public static Batch repeated(Batch one, int n) {
        int p = one.pixels().length;
        float[] pixels = new float[n * p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(one.pixels(), 0, pixels, i * p, p);
        }
        return new Batch(pixels, n, new int[n]);
    }
}
