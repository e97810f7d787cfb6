package org.vaeexplorer;

import org.vaeexplorer.cli.VaeExplorerCli;
import org.vaeexplorer.platform.Backend;
import org.vaeexplorer.ui.app.VaeExplorerApp;

/**
 * Entry point of the jar. A plain class (not an {@code Application}) so that JavaFX on the class path starts;
 * a first argument naming a subcommand runs headless, anything else opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Backend.configure();
        if (VaeExplorerCli.isSubcommand(args)) {
            System.exit(VaeExplorerCli.run(args));
        }
        VaeExplorerApp.launchGui(args);
    }
}
