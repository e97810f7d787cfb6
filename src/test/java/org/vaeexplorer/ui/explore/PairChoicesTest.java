package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.family.CvaeGan;

/**
 * The pair's choices: the CVAE and the CVAE-GAN open together by their kinds (whatever their files are called), no
 * other kinds do, and a structured-output CVAE is offered only beside another.
 */
class PairChoicesTest {
    private static final Path VAE = Path.of("a.vaex");
    private static final Path CONV = Path.of("b.vaex");
    private static final Path CVAE = Path.of("c.vaex");
    private static final Path GAN = Path.of("d.vaex");
    private static final List<PairChoices.Candidate> FOUND = List.of(new PairChoices.Candidate(VAE, ModelKind.VAE),
            new PairChoices.Candidate(CONV, ModelKind.CONV_VAE), new PairChoices.Candidate(GAN, CvaeGan.KIND),
            new PairChoices.Candidate(CVAE, ModelKind.CVAE));

    @Test
    void theCvaeAndTheCvaeGanOpenBesideEachOtherByTheirKinds() {
        assertEquals(Optional.of(GAN), PairChoices.defaultPartner(ModelKind.CVAE, FOUND));
        assertEquals(Optional.of(CVAE), PairChoices.defaultPartner(CvaeGan.KIND, FOUND));
    }

    @Test
    void otherKindsOpenAlone() {
        assertEquals(Optional.empty(), PairChoices.defaultPartner(ModelKind.VAE, FOUND));
        assertEquals(Optional.empty(), PairChoices.defaultPartner(ModelKind.CVAE, FOUND.subList(0, 2)));
        assertEquals(Optional.empty(), PairChoices.defaultPartner(ModelKind.SCVAE, FOUND));
    }

    @Test
    void aPartnerAskedForIsTakenWhenItFits() {
        assertEquals(Optional.of(CONV), PairChoices.among(CONV.toAbsolutePath(), FOUND));
        assertEquals(Optional.empty(), PairChoices.among(Path.of("elsewhere.vaex"), FOUND));
        assertEquals(Optional.empty(), PairChoices.among(null, FOUND));
    }

    @Test
    void aStructuredOutputCvaeIsOfferedOnlyBesideAnother() throws Exception {
        CheckpointStore store = new CheckpointStore();
        CheckpointManifest scvae = store.peekManifest(Path.of("models", "mnist-scvae.vaex"));
        CheckpointManifest vae = store.peekManifest(Path.of("models", "mnist-vae-2d.vaex"));
        assertFalse(PairChoices.fits(scvae, "mnist", vae.model()), "a VAE has no visible part to give it");
        assertTrue(PairChoices.fits(scvae, "mnist", scvae.model()), "two structured models complete the same part");
        assertTrue(PairChoices.fits(vae, "mnist", scvae.model()), "both decode a z on the plane");
        assertFalse(PairChoices.fits(vae, "fashion", vae.model()), "another dataset");
    }
}
