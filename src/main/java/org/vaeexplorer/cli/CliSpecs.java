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
        ModelOptions options = CommandLine.populateCommand(new ModelOptions(), modelArgs);
        return options.toSpec(rows, cols, classes);
    }
}
