package org.vaeexplorer.ui.models;

import java.util.stream.Collectors;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.Provenance;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.ui.common.I18n;

/** A checkpoint described for a person: what it is, what it learned from, how well it does, where it came from. */
final class ModelCard {
    private ModelCard() {
    }

    static String latentSpec(ModelSpec spec) {
        String cont = spec.latentDim() > 0 ? I18n.text("models.latent.continuous", Integer.toString(spec.latentDim()))
                : "";
        String disc = spec.categories().isEmpty() ? "" : I18n.text("models.latent.discrete",
                spec.categories().stream().map(String::valueOf).collect(Collectors.joining("+")));
        String both = cont.isEmpty() ? disc : disc.isEmpty() ? cont : I18n.text("models.latent.both", cont, disc);
        return both + (spec.conditional() ? I18n.text("models.latent.conditioned",
                Integer.toString(spec.numClasses())) : "");
    }

    static String objective(ModelSpec spec) {
        var o = spec.objective();
        return switch (o.type()) {
            case ELBO -> I18n.text("models.objective.elbo");
            case BETA -> I18n.text("models.objective.beta", String.valueOf(o.beta()));
            case CAPACITY -> I18n.text("models.objective.capacity", capacity(o.continuous()));
            case JOINT_CAPACITY -> I18n.text("models.objective.jointCapacity", capacity(o.continuous()),
                    capacity(o.discrete()));
            case ADVERSARIAL -> I18n.text("models.objective.adversarial", I18n.number(o.adversarial().kl(), 3),
                    I18n.number(o.adversarial().reconstruction(), 3), I18n.number(o.adversarial().generator(), 4),
                    I18n.number(o.adversarial().featureMatching(), 4));
        };
    }

    private static String capacity(org.vaeexplorer.model.CapacitySchedule c) {
        return I18n.text("models.capacity", I18n.number(c.min(), 1),
                I18n.number(c.max(), 1), I18n.integer(c.iterations()),
                I18n.number(c.gamma(), 0));
    }

    static String describe(CheckpointManifest m) {
        ModelSpec spec = m.model();
        TrainingSettings t = m.training();
        var d = m.dataset();
        StringBuilder s = new StringBuilder();
        s.append(I18n.text("models.card.kind", I18n.name("kind", spec.kind()), I18n.name("backbone", spec.backbone())
                + (spec.hidden().isEmpty() ? "" : " " + spec.hidden()))).append('\n');
        s.append(I18n.text("models.card.latents", latentSpec(spec))).append('\n');
        s.append(I18n.text("models.card.likelihood", I18n.name("likelihood", spec.likelihood()), objective(spec))).append('\n');
        // The images it was trained and tested on: the run's limits, not the dataset's size (issue 27.9).
        int trained = used(t.trainLimit(), d.trainSize());
        int tested = used(t.testLimit(), d.testSize());
        boolean limited = trained < d.trainSize() || tested < d.testSize();
        s.append(I18n.text(limited ? "models.card.datasetLimited" : "models.card.dataset", d.name(),
                Integer.toString(d.rows()), Integer.toString(d.cols()), I18n.name("scaling", d.scaling()),
                I18n.integer(trained), I18n.integer(tested), I18n.integer(d.trainSize()),
                I18n.integer(d.testSize()))).append('\n');
        s.append(I18n.text("models.card.training", Integer.toString(m.epochsDone()), Integer.toString(t.epochs()),
                I18n.integer(m.iteration()), Integer.toString(t.batchSize()),
                String.valueOf(t.learningRate()), Long.toString(t.seed()))).append('\n');
        if (!m.metrics().isEmpty()) {
            EpochMetrics last = m.metrics().get(m.metrics().size() - 1);
            s.append(I18n.text("models.card.test", I18n.number(last.testNelbo(), 2),
                    I18n.number(last.testRecon(), 2),
                    I18n.number(last.testKl(), 2))).append('\n');
        }
        var p = m.provenance();
        s.append(I18n.text("models.card.made", p.createdAt(), p.appVersion(), p.javaVersion(), p.os())).append('\n');
        s.append(I18n.text("models.card.backend", p.backend())).append('\n');
        s.append(I18n.text("models.card.command", Provenance.TRAIN_PAGE.equals(p.command())
                ? I18n.text("models.card.trainPage") : p.command()));
        return s.toString();
    }

    /** How many of {@code available} images a limit lets through (0: all of them). */
    static int used(int limit, int available) {
        return limit > 0 ? Math.min(limit, available) : available;
    }
}
