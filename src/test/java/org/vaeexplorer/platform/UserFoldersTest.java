package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 27, defect 15: the folders follow $HOME and the XDG variables, and an existing ~/.vae-explorer is kept. */
class UserFoldersTest {
    @TempDir
    Path dir;

    @Test
    void homeComesFromTheEnvironmentNotFromThePasswordDatabase() {
        Path home = dir.resolve("demo");
        UserFolders f = UserFolders.of(Map.of("HOME", home.toString()), "/root");
        assertEquals(home, f.home());
        assertEquals(home.resolve(".vae-explorer"), f.config());
        assertEquals(home.resolve(".vae-explorer/runs"), f.runs());
        assertEquals(home.resolve(".vae-explorer/language.properties"), f.languageFile());
        assertEquals(home.resolve(".cache/vae-explorer"), f.cache());
    }

    @Test
    void withoutHomeOrWithARelativeOneJavasHomeIsUsed() {
        assertEquals(Path.of("/home/teacher"), UserFolders.of(Map.of(), "/home/teacher").home());
        assertEquals(Path.of("/home/teacher"), UserFolders.of(Map.of("HOME", ""), "/home/teacher").home());
        assertEquals(Path.of("/home/teacher"), UserFolders.of(Map.of("HOME", "rel"), "/home/teacher").home());
    }

    @Test
    void xdgFoldersAreFollowedWhereSet() {
        Path home = dir.resolve("home");
        UserFolders f = UserFolders.of(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", dir.resolve("cfg").toString(),
                "XDG_DATA_HOME", dir.resolve("data").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                "/root");
        assertEquals(dir.resolve("cfg/vae-explorer/window.properties"), f.windowFile());
        assertEquals(dir.resolve("data/vae-explorer/runs"), f.runs());
        assertEquals(dir.resolve("data/vae-explorer/recent-checkpoints.txt"), f.recentCheckpoints());
        assertEquals(dir.resolve("cache/vae-explorer"), f.cache());
        // Relative XDG values are ignored, as the specification says.
        assertEquals(home.resolve(".vae-explorer"), UserFolders.of(Map.of("HOME", home.toString(),
                "XDG_DATA_HOME", "data"), "/root").data());
    }

    @Test
    void anExistingVaeExplorerFolderKeepsItsRunsAndSettingsAfterXdgIsSet() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".vae-explorer/runs"));
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("cfg").toString());
        assertEquals(home.resolve(".vae-explorer/runs"), UserFolders.of(env, "/root").runs());
        assertEquals(home.resolve(".vae-explorer"), UserFolders.of(env, "/root").config());
        // Once the XDG folder exists (the user moved it there), it is used.
        Files.createDirectories(dir.resolve("data/vae-explorer"));
        assertEquals(dir.resolve("data/vae-explorer/runs"), UserFolders.of(env, "/root").runs());
    }
}
