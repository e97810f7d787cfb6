package org.vaeexplorer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The freedesktop.org home trash: files/ holds what was trashed, info/ says where it came from and when. */
class TrashTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 12, 6, 21, 5, 9);
    @TempDir
    Path home;

    @Test
    void aRunFolderGoesToFilesWithATrashInfoAFileManagerCanRestoreItFrom() throws Exception {
        Path run = Files.createDirectories(home.resolve("runs/20261206 vae"));
        Files.writeString(run.resolve("best.vaex"), "weights");
        Trash trash = new Trash(home.resolve(".local/share/Trash"), () -> WHEN);
        assertTrue(trash.canTake(run));

        Path trashed = trash.moveToTrash(run);

        assertFalse(Files.exists(run));
        assertEquals(home.resolve(".local/share/Trash/files/20261206 vae"), trashed);
        assertEquals("weights", Files.readString(trashed.resolve("best.vaex")));
        assertEquals("[Trash Info]\nPath=" + home.toAbsolutePath().toString().replace(" ", "%20")
                        + "/runs/20261206%20vae\nDeletionDate=2026-12-06T21:05:09\n",
                Files.readString(home.resolve(".local/share/Trash/info/20261206 vae.trashinfo")));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve(".local/share/Trash/files"))));
    }

    @Test
    void aSecondFileOfTheSameNameIsNumberedAndNothingIsOverwritten() throws Exception {
        Trash trash = new Trash(home.resolve("Trash"), () -> WHEN);
        Path a = Files.writeString(Files.createDirectories(home.resolve("a")).resolve("best.vaex"), "first");
        Path b = Files.writeString(Files.createDirectories(home.resolve("b")).resolve("best.vaex"), "second");
        trash.moveToTrash(a);
        Path second = trash.moveToTrash(b);
        assertEquals("best.2.vaex", second.getFileName().toString());
        assertEquals("first", Files.readString(home.resolve("Trash/files/best.vaex")));
        assertTrue(Files.readString(home.resolve("Trash/info/best.2.vaex.trashinfo")).contains("/b/best.vaex"));
    }

    @Test
    void theTrashIsUnderXdgDataHomeWhenItIsSetElseUnderTheHomesLocalShare() throws Exception {
        Path file = Files.writeString(home.resolve("x.vaex"), "x");
        Trash.forUser(Map.of("XDG_DATA_HOME", home.resolve("data").toString()), home).moveToTrash(file);
        assertTrue(Files.exists(home.resolve("data/Trash/files/x.vaex")));
        Path other = Files.writeString(home.resolve("y.vaex"), "y");
        Trash.forUser(Map.of("XDG_DATA_HOME", "relative/ignored"), home).moveToTrash(other);
        assertTrue(Files.exists(home.resolve(".local/share/Trash/files/y.vaex")));
    }

    @Test
    void pathsAreEscapedAsUrlsAndFoldersDeletedForGoodWithAllTheyHold() throws Exception {
        assertEquals("/home/%E5%BC%A0/a%25b%20c.vaex", Trash.escape("/home/张/a%b c.vaex"));
        Path run = Files.createDirectories(home.resolve("run/sub"));
        Files.writeString(run.resolve("f"), "x");
        Trash.deletePermanently(home.resolve("run"));
        assertFalse(Files.exists(home.resolve("run")));
    }
}
