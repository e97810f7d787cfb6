package org.vaeexplorer.cli;

import java.util.Set;

/** The headless command line: subcommands that print {@code key=value} figures. */
public final class VaeExplorerCli {
    private static final Set<String> SUBCOMMANDS = Set.of("train", "eval", "decode", "info", "bench");

    private VaeExplorerCli() {
    }

    public static boolean isSubcommand(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.err.println("subcommand '" + args[0] + "' is not available yet");
        return 2;
    }
}
