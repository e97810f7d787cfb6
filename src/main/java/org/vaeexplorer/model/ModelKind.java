package org.vaeexplorer.model;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.vaeexplorer.model.family.BetaVae;
import org.vaeexplorer.model.family.ConditionalVae;
import org.vaeexplorer.model.family.ConvVae;
import org.vaeexplorer.model.family.JointVae;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.model.family.PlainVae;
import org.vaeexplorer.model.family.StructuredOutputCvae;

/**
 * The name of a kind of model, as checkpoints and the command line spell it; what the kind is and does is its
 * {@link #family()}. Only the family package names these constants (ArchitectureTest holds the rest to it).
 */
public enum ModelKind {
    VAE("vae", PlainVae::new),
    CONV_VAE("conv-vae", ConvVae::new),
    CVAE("cvae", ConditionalVae::new),
    JOINT_VAE("joint-vae", JointVae::new),
    BETA_VAE("beta-vae", BetaVae::new),
    SCVAE("scvae", StructuredOutputCvae::new);

    private final String cliName;
    /** Made when first asked: the families name these constants, so they cannot be made with them. */
    private final Supplier<ModelFamily> family;
    /** Families hold no state: two threads making one each at the same time is harmless. */
    private ModelFamily made;

    ModelKind(String cliName, Supplier<ModelFamily> family) {
        this.cliName = cliName;
        this.family = family;
    }

    public String cliName() {
        return cliName;
    }

    public ModelFamily family() {
        ModelFamily f = made;
        if (f == null) {
            f = family.get();
            made = f;
        }
        return f;
    }

    /** The kind the app offers first (the plain VAE). */
    public static ModelKind first() {
        return values()[0];
    }

    /**
     * The kind called {@code name} on the command line, for a caller that names one it knows exists.
     *
     * @throws IllegalArgumentException when there is none of that name
     */
    public static ModelKind named(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("no model kind '" + name + "'"));
    }

    public static Optional<ModelKind> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ModelKind k : values()) {
            if (k.cliName.equals(n) || k.name().equalsIgnoreCase(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The default specification of this kind for images of {@code rows x cols} with {@code numClasses} classes;
     * the defaults and their sources are its family's.
     */
    public ModelSpec defaultSpec(int rows, int cols, int numClasses) {
        return ModelSpecBuilder.of(this).images(rows, cols, numClasses).build();
    }
}
