package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.model.family.NetworkBlock.Role;

/**
 * The How it works view's blocks are read off each model's own layer list: the sizes follow the spec (hidden
 * widths, latent size, label, categories), and each kind has the blocks its network has and no others.
 */
class NetworkBlocksTest {
    private static List<Role> roles(ModelSpec spec) {
        return spec.blocks().stream().map(NetworkBlock::role).toList();
    }

    private static NetworkBlock block(ModelSpec spec, Role role) {
        return spec.blocks().stream().filter(b -> b.role() == role).findFirst().orElseThrow();
    }

    @Test
    void anMlpVaesBlocksCarryItsLayerSizes() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.VAE).images(28, 28, 1).hidden(List.of(300, 40)).latent(3)
                .build();
        assertEquals(List.of(Role.INPUT, Role.ENCODER, Role.MEAN, Role.LOG_VARIANCE, Role.SAMPLE, Role.DECODER,
                Role.OUTPUT), roles(spec));
        assertEquals(List.of("784 → 300, ReLU", "300 → 40, ReLU"), block(spec, Role.ENCODER).layers());
        assertEquals(List.of("40 → 3"), block(spec, Role.MEAN).layers());
        assertEquals(List.of("3 → 40, ReLU", "40 → 300, ReLU", "300 → 784"), block(spec, Role.DECODER).layers());
        assertEquals(3, block(spec, Role.SAMPLE).width());
        assertEquals(784, block(spec, Role.OUTPUT).width());
    }

    @Test
    void aConvVaeShowsItsConvolutions() {
        ModelSpec spec = ModelKind.CONV_VAE.defaultSpec(28, 28, 10);
        assertEquals(List.of("→ 1×28×28", "conv 3×3 /2, 1 → 32, ReLU", "conv 3×3 /2, 32 → 64, ReLU", "→ 2304"),
                block(spec, Role.ENCODER).layers());
        assertTrue(block(spec, Role.DECODER).layers().stream().anyMatch(l -> l.startsWith("deconv")));
    }

    @Test
    void aCvaeHasItsLabelAndTheDecoderTakesIt() {
        ModelSpec spec = ModelKind.CVAE.defaultSpec(28, 28, 10);
        assertTrue(roles(spec).contains(Role.LABEL));
        assertEquals(10, block(spec, Role.LABEL).width());
        String first = block(spec, Role.DECODER).layers().get(0);
        assertTrue(first.startsWith((spec.latentDim() + 10) + " → "), first);
    }

    @Test
    void aJointVaeHasItsGumbelSoftmaxSample() {
        ModelSpec spec = ModelKind.JOINT_VAE.defaultSpec(28, 28, 10);
        assertTrue(roles(spec).contains(Role.GUMBEL));
        assertEquals(spec.categoricalWidth(), block(spec, Role.GUMBEL).width());
        assertTrue(roles(ModelKind.VAE.defaultSpec(28, 28, 10)).stream().noneMatch(r -> r == Role.GUMBEL
                || r == Role.LABEL || r == Role.PRIOR));
    }

    @Test
    void aCvaeGanDrawsTheCvaesPathThenItsDiscriminatorAndClassifier() {
        ModelSpec spec = ModelKind.named("cvae-gan").defaultSpec(28, 28, 10);
        List<Role> path = new java.util.ArrayList<>(roles(ModelKind.CVAE.defaultSpec(28, 28, 10)));
        path.add(Role.DISCRIMINATOR);
        path.add(Role.CLASSIFIER);
        assertEquals(path, roles(spec));
        NetworkBlock d = block(spec, Role.DISCRIMINATOR);
        assertEquals(1, d.width());
        assertTrue(d.layers().stream().anyMatch(l -> l.startsWith("conv 3×3 /2, 1 → 32")), d.layers().toString());
        assertTrue(d.layers().get(d.layers().size() - 1).endsWith("→ 1, sigmoid"), d.layers().toString());
        NetworkBlock c = block(spec, Role.CLASSIFIER);
        assertEquals(10, c.width());
        assertTrue(c.layers().get(c.layers().size() - 1).endsWith("→ 10, softmax"), c.layers().toString());
    }

    @Test
    void theStructuredOutputCvaeHasItsBaselineAndPriorNets() {
        ModelSpec spec = ModelKind.SCVAE.defaultSpec(28, 28, 10);
        assertEquals(List.of(Role.INPUT, Role.BASELINE, Role.PRIOR, Role.ENCODER, Role.MEAN, Role.LOG_VARIANCE,
                Role.SAMPLE, Role.DECODER, Role.OUTPUT), roles(spec));
    }
}
