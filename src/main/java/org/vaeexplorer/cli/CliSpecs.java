package org.vaeexplorer.cli;

import org.vaeexplorer.model.ModelSpec;
import picocli.CommandLine;

/** The model {@code train}'s model options come to, without training: for tests that hold the form against it. */
public final class CliSpecs {
    private CliSpecs() {
    }

    /**
     * The spec {@code train} would build from {@code modelArgs} (e.g. {@code --model beta-vae --capacity 25}) for
     * images of {@code rows x cols} with {@code classes} classes; throws what {@code train} would refuse with.
     */
    public static ModelSpec spec(int rows, int cols, int classes, String... modelArgs) {
        return ModelOptions.parse(modelArgs).toSpec(rows, cols, 1, classes);
    }

    /** The model options {@code train} itself has (its command spec's, help included), by flag. */
    public static java.util.Set<String> trainModelFlags() {
        CommandLine train = VaeExplorerCli.commandLine().getSubcommands().get("train");
        java.util.Set<String> flags = new java.util.LinkedHashSet<>();
        for (picocli.CommandLine.Model.OptionSpec o : train.getCommandSpec().mixins().get("model").options()) {
            flags.add(o.longestName());
        }
        return flags;
    }

    /** The options of {@code modelArgs} that {@code train} warns it ignores for the kind given. */
    public static java.util.List<String> ignored(String... modelArgs) {
        return ModelOptions.parse(modelArgs).ignoredOptions();
    }
}
