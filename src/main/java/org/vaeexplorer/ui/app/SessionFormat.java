package org.vaeexplorer.ui.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.vaeexplorer.ui.common.LocalText;

/**
 * A session file on disk: indented JSON a teacher can read and edit, read as untrusted input. A file that is not
 * JSON, of another {@code formatVersion}, or with a field of the wrong type is refused with one line saying which;
 * reading never half-applies anything (the caller gets a whole {@link SessionFile} or an exception).
 */
final class SessionFormat {
    /** The file's own extension (a checkpoint is {@code .vaex}). */
    static final String EXTENSION = ".vaexs";
    static final int VERSION = 1;
    /** A session is a few kilobytes; anything far larger is not one. */
    private static final long MAX_BYTES = 4L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Why a file could not be read as a session: a sentence from the bundle. */
    static final class BadSessionException extends Exception {
        private final transient LocalText text;

        BadSessionException(LocalText text, Throwable cause) {
            super(text.resolve(), cause);
            this.text = text;
        }

        LocalText text() {
            return text;
        }
    }

    private SessionFormat() {
    }

    static void write(SessionFile session, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(session) + "\n", StandardCharsets.UTF_8);
    }

    static SessionFile read(Path file) throws IOException, BadSessionException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_BYTES) {
            throw new BadSessionException(LocalText.of("session.error.notJson", name), null);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadSessionException(LocalText.of("session.error.notJson", name), e);
        }
        return parse(text, name);
    }

    /** A session from its text ({@code name} says which file, in the messages): a built-in lesson's, say. */
    static SessionFile parse(String text, String name) throws BadSessionException {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadSessionException(LocalText.of("session.error.notJson", name), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new BadSessionException(LocalText.of("session.error.notJson", name), null);
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new BadSessionException(LocalText.of("session.error.version", name,
                    version == null ? "-" : version.toString(), VERSION), null);
        }
        SessionFile s;
        try {
            s = JSON.treeToValue(tree, SessionFile.class);
        } catch (JsonProcessingException e) {
            throw new BadSessionException(LocalText.of("session.error.field", name, field(e)), e);
        }
        String missing = missingField(s);
        if (missing != null) {
            throw new BadSessionException(LocalText.of("session.error.field", name, missing), null);
        }
        for (int i = 0; i < s.vectors().size(); i++) {
            if (s.vectors().get(i) == null || !s.vectors().get(i).complete()) {
                throw new BadSessionException(LocalText.of("session.error.field", name, "vectors[" + i + "]"), null);
            }
        }
        return s;
    }

    /**
     * The field a session cannot do without that it lacks, or null: the model with its point, except for a lesson
     * that prepares a training run, which needs no model.
     */
    private static String missingField(SessionFile s) {
        boolean model = s.model() != null && !s.model().isBlank();
        if (!model) {
            return s.lesson() != null && s.lesson().training() != null ? null : "model";
        }
        return s.code() == null ? "code" : s.categories() == null ? "categories" : null;
    }

    /** {@code model} as the session stores it: relative to the session's folder when it can be, else absolute. */
    static String modelPath(Path model, Path sessionFile) {
        Path absolute = model.toAbsolutePath().normalize();
        Path folder = sessionFile.toAbsolutePath().normalize().getParent();
        if (folder != null && absolute.getRoot() != null && absolute.getRoot().equals(folder.getRoot())) {
            // Forward slashes: the same file opens on Windows and Linux.
            return folder.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /** The model a session names, resolved against the session file's folder. */
    static Path modelOf(SessionFile s, Path sessionFile) {
        return resolve(s.model(), sessionFile);
    }

    /** A checkpoint a session names ({@link #modelPath}), resolved against the session file's folder. */
    static Path resolve(String checkpoint, Path sessionFile) {
        Path folder = sessionFile.toAbsolutePath().normalize().getParent();
        return folder.resolve(checkpoint).normalize();
    }

    /** The JSON path of the field Jackson could not read, for the message. */
    private static String field(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (var ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    b.append('[').append(ref.getIndex()).append(']');
                }
            }
            return b.toString();
        }
        return e.getOriginalMessage().toLowerCase(Locale.ROOT);
    }
}
