package org.vaeexplorer.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vaeexplorer.model.ModelSize;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ObjectiveType;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.training.EpochMetrics;

/**
 * What a parsed manifest must say before any of it is used. The records' constructors already refuse values no
 * model can have (a latent size of 600, a negative learning rate); this adds what only the whole manifest can
 * tell: every part present, sizes in range, the dataset's shape and classes agreeing with the model's, and a
 * history that fits the epochs done. A file that fails is refused, never half-used.
 */
final class ManifestCheck {
    /** Large enough for any image dataset the app can train on; small enough that sizes cannot overflow. */
    static final int MAX_SIDE = 1024;
    static final int MAX_CLASSES = 100_000;

    private ManifestCheck() {
    }

    static void require(Path file, CheckpointManifest m) throws CheckpointException {
        List<String> problems = problems(m);
        if (!problems.isEmpty()) {
            throw new CheckpointException(Names.of(file) + ": its manifest is inconsistent: " + problems.get(0));
        }
    }

    static List<String> problems(CheckpointManifest m) {
        List<String> p = new ArrayList<>();
        if (m.formatVersion() < 1) {
            p.add("format version " + m.formatVersion() + " does not exist");
        }
        if (m.model() == null || m.dataset() == null || m.training() == null || m.provenance() == null) {
            p.add("the model, dataset, training or provenance part is missing");
            return p;
        }
        ModelSpec s = m.model();
        if (s.kind() == null || s.backbone() == null || s.likelihood() == null || s.klEstimator() == null
                || s.objective() == null || s.objective().type() == null) {
            p.add("the model's kind, backbone, likelihood, KL form or objective is missing");
            return p;
        }
        if (s.rows() < 1 || s.cols() < 1 || s.rows() > MAX_SIDE || s.cols() > MAX_SIDE) {
            p.add("images of " + s.rows() + "x" + s.cols() + " pixels are outside 1.." + MAX_SIDE);
        }
        if (s.numClasses() < 1 || s.numClasses() > MAX_CLASSES) {
            p.add(s.numClasses() + " classes is outside 1.." + MAX_CLASSES);
        }
        kindProblem(s).ifPresent(p::add);
        long parameters = ModelSize.parameters(s);
        if (parameters > ModelSize.MAX_PARAMETERS) {
            p.add(String.format(Locale.ROOT, "its model has %,d parameters, more than the %,d any run of this app can"
                    + " have", parameters, ModelSize.MAX_PARAMETERS));
        }
        DatasetInfo d = m.dataset();
        if (d.rows() != s.rows() || d.cols() != s.cols()) {
            p.add("the dataset's images are " + d.rows() + "x" + d.cols() + " but the model's " + s.rows() + "x"
                    + s.cols());
        }
        if (d.channels() != s.channels()) {
            p.add("the dataset's images have " + d.channels() + " channels but the model's " + s.channels());
        }
        if (d.classNames() == null || d.classNames().size() != s.numClasses()
                || d.classNames().stream().anyMatch(Objects::isNull)) {
            p.add("the dataset names " + (d.classNames() == null ? 0 : d.classNames().size())
                    + " classes but the model has " + s.numClasses());
        }
        if (d.trainSize() < 0 || d.testSize() < 0 || d.scaling() == null || d.source() == null) {
            p.add("the dataset's sizes, source or pixel scaling are missing or negative");
        }
        if (m.training().scaling() == null) {
            p.add("the training settings have no pixel scaling");
        }
        if (m.epochsDone() < 0 || m.iteration() < 0) {
            p.add("epochs done (" + m.epochsDone() + ") and iterations (" + m.iteration() + ") cannot be negative");
        }
        if (m.metrics().size() > m.epochsDone()) {
            p.add("it has metrics for " + m.metrics().size() + " epochs but says " + m.epochsDone() + " were done");
        }
        for (EpochMetrics e : m.metrics()) {
            if (e == null || e.epoch() < 1 || e.epoch() > m.epochsDone()) {
                p.add("its metrics name an epoch outside 1.." + m.epochsDone());
                break;
            }
        }
        return p;
    }

    /**
     * What train (the command line and the Train page alike, through {@link org.vaeexplorer.model.ModelSpecBuilder})
     * pairs with each kind: only the CVAE takes a label; the Joint VAE trains Dupont's joint capacity objective,
     * the beta-VAE a KL weight or Burgess's capacity, every other kind the plain ELBO. A manifest whose kind says
     * otherwise was edited (a VAE relabelled beta-VAE describes a KL weight its graph never had).
     */
    static Optional<String> kindProblem(ModelSpec s) {
        ModelFamily family = s.kind().family();
        if (s.conditional() != family.takesLabel()) {
            return Optional.of("a " + s.kind().cliName() + (s.conditional() ? " with" : " without")
                    + " a label input is not a model this app trains");
        }
        if (!family.trainedObjectives().contains(s.objective().type())) {
            return Optional.of("a " + s.kind().cliName() + " is not trained with the "
                    + s.objective().type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " objective");
        }
        if (s.objective().type() != ObjectiveType.BETA && s.objective().beta() != 1.0) {
            return Optional.of("an objective of type " + s.objective().type().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " has no KL weight, but it says beta " + s.objective().beta());
        }
        return Optional.empty();
    }
}
