package org.vaeexplorer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --checkpoint FILE} option shared by eval, decode and info. */
final class CheckpointOption {
    @Option(names = "--checkpoint", required = true, description = "a .vaex checkpoint file")
    Path file;
}
