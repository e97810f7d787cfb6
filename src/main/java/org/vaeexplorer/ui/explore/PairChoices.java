package org.vaeexplorer.ui.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointException;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.ShippedModels;
import org.vaeexplorer.data.DatasetSource;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.family.ModelFamily;

/**
 * Which checkpoints the pair offers beside the explored model, and which one it opens by itself. A checkpoint fits
 * when it was trained on the same dataset (the same bundled files, images of the same size and channels) and decodes
 * from a latent code; a structured-output CVAE, which completes a visible part instead, fits only beside another
 * (both then complete the same visible part). The pair opens by itself on the kinds the families name to be shown
 * together ({@link ModelFamily#shownTogether}: the CVAE and the CVAE-GAN), never on a file name.
 */
final class PairChoices {
    private static final Logger LOG = LoggerFactory.getLogger(PairChoices.class);

    /** A checkpoint that fits beside the explored model, and its kind. */
    record Candidate(Path file, ModelKind kind) {
    }

    private PairChoices() {
    }

    /**
     * The checkpoints of {@code folders} (and their subfolders) that fit beside the explored model of {@code spec},
     * trained on {@code dataset} (its base name), leaving out the explored file {@code title}; reads each manifest.
     */
    static List<Candidate> find(List<Path> folders, String dataset, ModelSpec spec, String title) {
        List<Candidate> found = new ArrayList<>();
        CheckpointStore store = new CheckpointStore();
        for (Path dir : folders) {
            for (Path f : ShippedModels.list(dir)) {
                try {
                    CheckpointManifest m = store.peekManifest(f);
                    if (!f.getFileName().toString().equals(title) && fits(m, dataset, spec)) {
                        found.add(new Candidate(f, m.model().kind()));
                    }
                } catch (CheckpointException e) {
                    LOG.info("{} is not offered for the pair: {}", f, e.getMessage());
                }
            }
        }
        return found;
    }

    static boolean fits(CheckpointManifest m, String dataset, ModelSpec spec) {
        ModelSpec other = m.model();
        boolean completes = other.capabilities().completes();
        return DatasetSource.parse(m.dataset().source()).base().equals(dataset) && other.rows() == spec.rows()
                && other.cols() == spec.cols() && other.channels() == spec.channels()
                && (!completes || spec.capabilities().completes()) && other.latentDim() > 0;
    }

    /**
     * The partner the pair opens by itself beside a model of kind {@code open}: the first candidate whose kind is
     * shown together with it (a CVAE's CVAE-GAN, a CVAE-GAN's CVAE), or none.
     */
    static Optional<Path> defaultPartner(ModelKind open, List<Candidate> found) {
        return found.stream().filter(c -> ModelFamily.shownTogether(open, c.kind())).map(Candidate::file)
                .findFirst();
    }

    /** {@code wanted} when it is one of {@code found} (the same file, however its path is spelled), else none. */
    static Optional<Path> among(Path wanted, List<Candidate> found) {
        if (wanted == null) {
            return Optional.empty();
        }
        Path w = wanted.toAbsolutePath().normalize();
        return found.stream().map(Candidate::file).filter(f -> f.toAbsolutePath().normalize().equals(w)).findFirst();
    }
}
