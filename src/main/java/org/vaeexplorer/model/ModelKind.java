package org.vaeexplorer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.vaeexplorer.model.family.ModelFamily;

/**
 * The name of a kind of model, as checkpoints ({@link #name()}, e.g. {@code JOINT_VAE}) and the command line
 * ({@link #cliName()}, e.g. {@code joint-vae}) spell it; what the kind is and does is its {@link #family()}.
 *
 * <p>The kinds are those of the {@link ModelFamily} implementations {@link ServiceLoader} finds: the built-in ones
 * are listed in this jar's {@code META-INF/services/org.vaeexplorer.model.family.ModelFamily}, and a kind from
 * elsewhere (a test source set, a plug-in jar) lists its family in a file of the same name on the class path. So
 * a new kind is its family class and its two bundle lines ({@code kind.NAME}), nothing here. The built-in
 * kinds keep their constants below for the code that must name one; only the family package may (ArchitectureTest
 * holds the rest to it).
 */
public final class ModelKind {
    // Before the constants, which the constructor checks with them.
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CLI_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String BUILT_IN = "org.vaeexplorer.model.family";
    public static final ModelKind VAE = new ModelKind("VAE", "vae");
    public static final ModelKind CONV_VAE = new ModelKind("CONV_VAE", "conv-vae");
    public static final ModelKind CVAE = new ModelKind("CVAE", "cvae");
    public static final ModelKind JOINT_VAE = new ModelKind("JOINT_VAE", "joint-vae");
    public static final ModelKind BETA_VAE = new ModelKind("BETA_VAE", "beta-vae");
    public static final ModelKind SCVAE = new ModelKind("SCVAE", "scvae");

    private final String name;
    private final String cliName;

    /**
     * A kind's name, for its family to return from {@link ModelFamily#kind()}; two families may not share one.
     *
     * @param name    as a manifest stores it and the bundle's {@code kind.NAME} key ends, e.g. {@code CONV_VAE}
     * @param cliName as the command line's {@code --model} takes it, e.g. {@code conv-vae}
     */
    public ModelKind(String name, String cliName) {
        if (!NAME.matcher(name).matches() || !CLI_NAME.matcher(cliName).matches()) {
            throw new IllegalArgumentException("a kind is named like CONV_VAE and conv-vae, got " + name + " and "
                    + cliName);
        }
        this.name = name;
        this.cliName = cliName;
    }

    /** The name a checkpoint's manifest stores, e.g. {@code JOINT_VAE}. */
    @JsonValue
    public String name() {
        return name;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * The family of this kind.
     *
     * @throws IllegalStateException when no family on the class path has this kind
     */
    public ModelFamily family() {
        ModelFamily f = Registry.FAMILIES.get(name);
        if (f == null || !f.kind().equals(this)) {
            throw new IllegalStateException("no model family of kind " + name + " is on the class path");
        }
        return f;
    }

    /** Every kind on the class path: the built-in ones in their order, then any others. */
    public static ModelKind[] values() {
        return Registry.FAMILIES.values().stream().map(ModelFamily::kind).toArray(ModelKind[]::new);
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

    /** The kind whose command-line name or stored name is {@code name}, in any case. */
    public static Optional<ModelKind> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ModelKind k : values()) {
            if (k.cliName.equals(n) || k.name.equalsIgnoreCase(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * For Jackson: the kind a manifest names, spelt exactly as {@link #name()} writes it (as the enum this was).
     *
     * @throws IllegalArgumentException when no family on the class path has that name
     */
    @JsonCreator
    static ModelKind stored(String name) {
        ModelFamily f = Registry.FAMILIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown model kind '" + name + "'");
        }
        return f.kind();
    }

    /**
     * The default specification of this kind for images of {@code rows x cols} with {@code numClasses} classes;
     * the defaults and their sources are its family's.
     */
    public ModelSpec defaultSpec(int rows, int cols, int numClasses) {
        return defaultSpec(rows, cols, 1, numClasses);
    }

    /** The default specification of this kind for images of {@code rows x cols x channels}. */
    public ModelSpec defaultSpec(int rows, int cols, int channels, int numClasses) {
        return ModelSpecBuilder.of(this).images(rows, cols, channels, numClasses).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelKind k && k.name.equals(name) && k.cliName.equals(cliName);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The stored name, as the enum printed it. */
    @Override
    public String toString() {
        return name;
    }

    /** Loaded when first asked: the families name the constants above, so they cannot be made with them. */
    private static final class Registry {
        static final Map<String, ModelFamily> FAMILIES = load();

        private static Map<String, ModelFamily> load() {
            List<ModelFamily> found = new ArrayList<>();
            ServiceLoader.load(ModelFamily.class, ModelFamily.class.getClassLoader()).forEach(found::add);
            // The class path may list another source's file first (test classes come before main ones): the
            // built-in kinds keep their own order at the front whatever else is found.
            found.sort(Comparator.comparing(f -> !f.getClass().getPackageName().equals(BUILT_IN)));
            Map<String, ModelFamily> byName = new LinkedHashMap<>();
            Map<String, ModelFamily> byCliName = new LinkedHashMap<>();
            for (ModelFamily f : found) {
                ModelKind k = f.kind();
                ModelFamily sameName = byName.putIfAbsent(k.name, f);
                ModelFamily sameCliName = byCliName.putIfAbsent(k.cliName, f);
                ModelFamily other = sameName != null ? sameName : sameCliName;
                if (other != null) {
                    throw new IllegalStateException("two model families are called " + k.name + " or " + k.cliName
                            + ": " + other.getClass().getName() + " and " + f.getClass().getName());
                }
            }
            if (byName.isEmpty()) {
                throw new IllegalStateException("no model family is on the class path (META-INF/services is "
                        + "missing)");
            }
            return Collections.unmodifiableMap(byName);
        }
    }
}
