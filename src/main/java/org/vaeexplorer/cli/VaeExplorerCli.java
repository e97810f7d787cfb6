package org.vaeexplorer.cli;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The headless command line: subcommands that print {@code key=value} figures. Bad arguments exit with 2. */
@Command(name = "vae-explorer", mixinStandardHelpOptions = true, version = "VAE Explorer",
        description = "Train and inspect variational autoencoders without a display.",
        subcommands = {TrainCommand.class, TrainClassifierCommand.class, EvalCommand.class, DecodeCommand.class, InfoCommand.class,
                BenchCommand.class, ExportCommand.class, PathsCommand.class})
public final class VaeExplorerCli implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(VaeExplorerCli.class);
    private static final Set<String> SUBCOMMANDS = Set.of("train", "train-classifier", "eval", "decode", "info", "bench", "export", "paths",
            "--help", "-h", "--version", "-V");

    public static boolean isSubcommand(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new VaeExplorerCli());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            LOG.debug("{} failed", parsed.subcommand() == null ? "command" : parsed.subcommand().commandSpec().name(),
                    ex);
            line.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
