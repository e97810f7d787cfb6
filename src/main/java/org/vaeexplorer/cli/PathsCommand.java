package org.vaeexplorer.cli;

import java.util.concurrent.Callable;
import org.bytedeco.javacpp.Loader;
import org.vaeexplorer.platform.UserFolders;
import picocli.CommandLine.Command;

/**
 * {@code paths}: where this user's settings, runs and caches are, as key=value lines; what a teacher needs to reset
 * the app or to check that a demo profile ({@code HOME=/tmp/demo vae-explorer}) stays in its own folder.
 */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "Print where settings, runs and caches are kept (follows $HOME and the XDG variables).")
final class PathsCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        UserFolders f = UserFolders.current();
        System.out.println("home=" + f.home());
        System.out.println("config=" + f.config());
        System.out.println("data=" + f.data());
        System.out.println("runs=" + f.runs());
        System.out.println("cache=" + f.cache());
        // JavaCPP's own answer (it follows user.home, which the launcher set from $HOME); nothing is unpacked here.
        System.out.println("native_cache=" + Loader.getCacheDir());
        return 0;
    }
}
