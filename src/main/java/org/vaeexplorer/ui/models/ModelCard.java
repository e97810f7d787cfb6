package org.vaeexplorer.ui.models;

import java.util.Locale;
import java.util.stream.Collectors;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingSettings;

/** A checkpoint described for a person: what it is, what it learned from, how well it does, where it came from. */
final class ModelCard {
    private ModelCard() {
    }

    static String latentSpec(ModelSpec spec) {
        String cont = spec.latentDim() > 0 ? spec.latentDim() + " continuous" : "";
        String disc = spec.categories().isEmpty() ? "" : spec.categories().stream().map(String::valueOf)
                .collect(Collectors.joining("+", "discrete ", ""));
        String both = cont.isEmpty() ? disc : disc.isEmpty() ? cont : cont + ", " + disc;
        return both + (spec.conditional() ? ", conditioned on " + spec.numClasses() + " classes" : "");
    }

    static String objective(ModelSpec spec) {
        var o = spec.objective();
        return switch (o.type()) {
            case ELBO -> "ELBO";
            case BETA -> "beta-VAE, beta = " + o.beta();
            case CAPACITY -> "capacity (Burgess 2018): " + capacity(o.continuous());
            case JOINT_CAPACITY -> "capacities (Dupont 2018): continuous " + capacity(o.continuous())
                    + "; discrete " + capacity(o.discrete());
        };
    }

    private static String capacity(org.vaeexplorer.model.CapacitySchedule c) {
        return String.format(Locale.ROOT, "C from %.1f to %.1f nats over %,d iterations, gamma %.0f", c.min(), c.max(),
                c.iterations(), c.gamma());
    }

    static String describe(CheckpointManifest m) {
        ModelSpec spec = m.model();
        TrainingSettings t = m.training();
        StringBuilder s = new StringBuilder();
        s.append(spec.kind().displayName()).append(" (").append(spec.backbone()).append(
                spec.hidden().isEmpty() ? "" : " " + spec.hidden()).append(")\n");
        s.append("Latents: ").append(latentSpec(spec)).append('\n');
        s.append("Likelihood: ").append(spec.likelihood()).append("; objective: ").append(objective(spec))
                .append('\n');
        s.append(String.format(Locale.ROOT, "Dataset: %s (%dx%d, %s pixels; %,d training and %,d test images)%n",
                m.dataset().name(), m.dataset().rows(), m.dataset().cols(), m.dataset().scaling(),
                m.dataset().trainSize(), m.dataset().testSize()));
        s.append(String.format(Locale.ROOT, "Training: %d of %d epochs, %,d iterations, batch %d, Adam lr %s, seed %d%n",
                m.epochsDone(), t.epochs(), m.iteration(), t.batchSize(), t.learningRate(), t.seed()));
        if (!m.metrics().isEmpty()) {
            EpochMetrics last = m.metrics().get(m.metrics().size() - 1);
            s.append(String.format(Locale.ROOT, "Test -ELBO: %.2f nats/image (reconstruction %.2f + KL %.2f)%n",
                    last.testNelbo(), last.testRecon(), last.testKl()));
        }
        var p = m.provenance();
        s.append("Made: ").append(p.createdAt()).append(" by VAE Explorer ").append(p.appVersion()).append(", Java ")
                .append(p.javaVersion()).append(", ").append(p.os()).append('\n');
        s.append("Backend: ").append(p.backend()).append('\n');
        s.append("Command: ").append(p.command());
        return s.toString();
    }
}
