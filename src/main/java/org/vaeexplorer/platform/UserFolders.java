package org.vaeexplorer.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps what it remembers, for one user: settings (language, window) in the config folder, runs and
 * the recent-files list in the data folder, the class archive in the cache folder. The home folder is {@code $HOME}
 * where it is set: Java's {@code user.home} comes from the password database, so {@code HOME=/tmp/demo vae-explorer}
 * used to write to the real home. {@code $XDG_CONFIG_HOME}, {@code $XDG_DATA_HOME} and {@code $XDG_CACHE_HOME} are
 * followed where set; otherwise settings and runs stay in {@code ~/.vae-explorer} as before, so nothing moves for
 * existing users. A user who had {@code ~/.vae-explorer} before setting an XDG variable keeps using it (their runs and
 * settings are still found) until they move it to the XDG folder themselves.
 *
 * @param home   the user's home folder
 * @param config language and window settings
 * @param data   training runs and the recent checkpoints
 * @param cache  rebuildable files (the class archive)
 */
public record UserFolders(Path home, Path config, Path data, Path cache) {
    private static final String APP = "vae-explorer";
    private static final String LEGACY = ".vae-explorer";

    /** The folders for {@code env} (the process environment), with {@code javaHome} ({@code user.home}) as fallback. */
    public static UserFolders of(Map<String, String> env, String javaHome) {
        Path home = absolute(env.get("HOME"));
        if (home == null) {
            home = Path.of(javaHome);
        }
        Path legacy = home.resolve(LEGACY);
        Path cacheBase = absolute(env.get("XDG_CACHE_HOME"));
        return new UserFolders(home, xdgOrLegacy(absolute(env.get("XDG_CONFIG_HOME")), legacy),
                xdgOrLegacy(absolute(env.get("XDG_DATA_HOME")), legacy),
                (cacheBase != null ? cacheBase : home.resolve(".cache")).resolve(APP));
    }

    /** This process's folders. */
    public static UserFolders current() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Sets {@code user.home} to {@code $HOME} when they differ. Called first thing in {@code main}: JavaCPP (ND4J's
     * natives, {@code ~/.javacpp}) and JavaFX ({@code ~/.openjfx}) read {@code user.home} when they load, so a
     * demo profile's home gets their caches too and the real home is left alone.
     */
    public static void adoptHome(Map<String, String> env) {
        Path home = absolute(env.get("HOME"));
        if (home != null && !home.toString().equals(System.getProperty("user.home"))) {
            System.setProperty("user.home", home.toString());
        }
    }

    public Path runs() {
        return data.resolve("runs");
    }

    public Path recentCheckpoints() {
        return data.resolve("recent-checkpoints.txt");
    }

    public Path languageFile() {
        return config.resolve("language.properties");
    }

    public Path windowFile() {
        return config.resolve("window.properties");
    }

    private static Path xdgOrLegacy(Path xdgBase, Path legacy) {
        if (xdgBase == null) {
            return legacy;
        }
        Path xdg = xdgBase.resolve(APP);
        return Files.isDirectory(legacy) && !Files.exists(xdg) ? legacy : xdg;
    }

    /** {@code value} as a path when it is set and absolute; the XDG specification says to ignore relative ones. */
    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : null;
    }
}
