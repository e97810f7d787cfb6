package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session file on disk: readable JSON that round-trips, and a bad file refused with one line saying why. */
class SessionFormatTest {
    @TempDir
    Path dir;

    static SessionFile sample(String model) {
        SessionFile.Lesson lesson = new SessionFile.Lesson(new SessionFile.Text("Moving along z1", null),
                List.of(new SessionFile.Step(new SessionFile.Text("Drag the point.", "拖动点。"), "plane"),
                        new SessionFile.Step(new SessionFile.Text(null, "看网格。"), "grid")));
        List<SessionFile.Vector> vectors = List.of(
                new SessionFile.Vector("thicker", new SessionFile.Group("class", 0, 1, null),
                        new SessionFile.Group("class", 0, 7, null), new float[] {0.25f, -1, 0, 0.5f, 2},
                        new float[] {1, 1.5f, -0.125f, 0, 0}),
                new SessionFile.Vector("lassoed", new SessionFile.Group("images", 0, 0, new int[] {3, 9, 12}),
                        new SessionFile.Group("factor", 3, 15, null), new float[] {0, 0, 0, 0, 1},
                        new float[] {0, 0, 0, 1, 0}));
        return new SessionFile(SessionFormat.VERSION, model, "explore", "grid", 2, 4,
                new float[] {0.5f, -1.25f, 0, 2, 0.125f}, 7, new int[] {3}, 1.25, true, "zh-CN", lesson, vectors);
    }

    @Test
    void aSessionRoundTripsFieldByFieldAndIsReadableJson() throws Exception {
        Path file = dir.resolve("a" + SessionFormat.EXTENSION);
        SessionFile saved = sample("models/m.vaex");
        SessionFormat.write(saved, file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : 1") && json.contains("\n  \"model\" : \"models/m.vaex\""),
                json);
        SessionFile read = SessionFormat.read(file);
        assertEquals(saved.model(), read.model());
        assertEquals(saved.page(), read.page());
        assertEquals(saved.view(), read.view());
        assertEquals(saved.planeX(), read.planeX());
        assertEquals(saved.planeY(), read.planeY());
        assertArrayEquals(saved.code(), read.code());
        assertEquals(saved.label(), read.label());
        assertArrayEquals(saved.categories(), read.categories());
        assertEquals(saved.zoom(), read.zoom());
        assertEquals(saved.presentation(), read.presentation());
        assertEquals(saved.language(), read.language());
        assertEquals(saved.lesson(), read.lesson());
        assertEquals(SessionVectors.fromFile(saved.vectors()), SessionVectors.fromFile(read.vectors()),
                "the saved vectors, names, groups and mean codes");
        assertTrue(json.contains("\"name\" : \"thicker\"") && json.contains("\"kind\" : \"images\""), json);
        assertEquals("看网格。", read.lesson().steps().get(1).text().in("en"), "English falls back to Chinese");
        assertEquals("Moving along z1", read.lesson().title().in("zh-CN"), "Chinese falls back to English");
    }

    @Test
    void theModelShownBesideRoundTripsAndAnOlderSessionHasNone() throws Exception {
        Path file = dir.resolve("pair" + SessionFormat.EXTENSION);
        SessionFile s = sample("m.vaex");
        SessionFile paired = new SessionFile(s.formatVersion(), s.model(), s.page(), s.view(), s.planeX(),
                s.planeY(), s.code(), s.label(), s.categories(), s.zoom(), s.presentation(), s.language(), s.lesson(),
                s.vectors(), s.hidden(), SessionFormat.modelPath(dir.resolve("models/other.vaex"), file));
        SessionFormat.write(paired, file);
        SessionFile read = SessionFormat.read(file);
        assertEquals("models/other.vaex", read.pair());
        assertEquals(dir.resolve("models/other.vaex").toAbsolutePath().normalize(),
                SessionFormat.resolve(read.pair(), file), "resolved against the session's folder as its model is");

        Files.writeString(file, Files.readString(file).replaceAll(",\\s*\"pair\" : \"[^\"]*\"", ""));
        assertTrue(!Files.readString(file).contains("pair"), Files.readString(file));
        assertEquals(null, SessionFormat.read(file).pair(), "a session written before the pair was saved");
    }

    @Test
    void aSessionWrittenBeforeVectorsWereSavedStillOpensWithNone() throws Exception {
        Path file = dir.resolve("old" + SessionFormat.EXTENSION);
        SessionFormat.write(sample("m.vaex"), file);
        String json = Files.readString(file);
        String old = json.replaceAll("(?s),\\s*\"vectors\" : \\[.*]\\s*}\\s*$", "\n}\n");
        assertTrue(!old.contains("vectors") && old.contains("\"lesson\""), old);
        Files.writeString(file, old);
        SessionFile read = SessionFormat.read(file);
        assertEquals(List.of(), read.vectors());
        assertEquals("grid", read.view(), "the rest as it was");
    }

    @Test
    void aVectorWithoutItsMeansOrOfAnUnknownKindIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("vectors.vaexs");
        SessionFormat.write(sample("m.vaex"), file);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"kind\" : \"images\"", "\"kind\" : \"colour\""));
        var e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("vectors[1]"), e.getMessage());
        Files.writeString(file, json.replaceFirst("\"toMean\" : \\[[^]]*]", "\"toMean\" : null"));
        e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("vectors[0]"), e.getMessage());
    }

    @Test
    void theModelIsStoredRelativeToTheSessionWhereItCanBe() {
        Path session = dir.resolve("lessons").resolve("s.vaexs");
        Path model = dir.resolve("models").resolve("m.vaex");
        assertEquals("../models/m.vaex", SessionFormat.modelPath(model, session));
        SessionFile s = sample(SessionFormat.modelPath(model, session));
        assertEquals(model.toAbsolutePath().normalize(), SessionFormat.modelOf(s, session));
        SessionFile absolute = sample(model.toAbsolutePath().toString());
        assertEquals(model.toAbsolutePath().normalize(), SessionFormat.modelOf(absolute, session));
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("bad.vaexs");
        Files.writeString(file, "this is { not json");
        var e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("bad.vaexs") && e.getMessage().contains("JSON")
                && !e.getMessage().contains("\n"), e.getMessage());
        Files.writeString(file, "[1, 2]");
        assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
    }

    @Test
    void anotherFormatVersionIsRefusedNamingBoth() throws Exception {
        Path file = dir.resolve("v2.vaexs");
        SessionFormat.write(sample("m.vaex"), file);
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        var e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("version 2") && e.getMessage().contains("version 1"), e.getMessage());
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("types.vaexs");
        SessionFormat.write(sample("m.vaex"), file);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"label\" : 7", "\"label\" : \"seven\""));
        var e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("label"), e.getMessage());
        Files.writeString(file, json.replaceAll("\"code\" : \\[[^]]*]", "\"code\" : \"far\""));
        e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("code"), e.getMessage());
        Files.writeString(file, json.replace("\"model\" : \"m.vaex\",", ""));
        e = assertThrows(SessionFormat.BadSessionException.class, () -> SessionFormat.read(file));
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }
}
