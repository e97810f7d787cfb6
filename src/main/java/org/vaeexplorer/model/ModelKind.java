package org.vaeexplorer.model;

import java.util.Locale;
import java.util.Optional;

/** The model families of the app, each with the defaults of its paper or seed implementation. */
public enum ModelKind {
    VAE("vae", "VAE (MLP)"),
    CONV_VAE("conv-vae", "Convolutional VAE"),
    CVAE("cvae", "Conditional VAE"),
    JOINT_VAE("joint-vae", "Joint VAE"),
    BETA_VAE("beta-vae", "beta-VAE"),
    /** p(y|x) with an input-dependent prior, completing the hidden quadrants of an image (Sohn et al. 2015). */
    SCVAE("scvae", "Structured-output CVAE");

    private final String cliName;
    private final String displayName;

    ModelKind(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
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
     * the defaults and their sources are listed in {@link ModelSpecBuilder}.
     */
    public ModelSpec defaultSpec(int rows, int cols, int numClasses) {
        return ModelSpecBuilder.of(this).images(rows, cols, numClasses).build();
    }
}
