package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.ui.lessons.Lesson;
import org.vaeexplorer.ui.lessons.Lessons;

/**
 * The Lessons menu's lessons, read from their session files in the resources ({@link Lessons#FILES}): a lesson and
 * a saved session are the same thing (issue 33). A built-in lesson's model is a file of the shipped
 * {@code models/} folder; choosing it opens that model on the session's view, or fills the Train page.
 */
final class BuiltInLessons {
    private BuiltInLessons() {
    }

    /** Every built-in lesson, in menu order. */
    static List<Lesson> all() {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < Lessons.FILES.size(); i++) {
            String file = Lessons.FILES.get(i);
            String id = file.substring(file.indexOf('-') + 1, file.length() - SessionFormat.EXTENSION.length());
            lessons.add(SessionLessons.of(i + 1, id, session(i + 1), true));
        }
        return List.copyOf(lessons);
    }

    /** Lesson {@code number}'s session file (1-based). */
    static SessionFile session(int number) {
        String file = Lessons.FILES.get(number - 1);
        try (InputStream in = BuiltInLessons.class.getResourceAsStream(Lessons.FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + file + " is not in the application");
            }
            return SessionFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in lesson " + file, e);
        } catch (SessionFormat.BadSessionException e) {
            // Our own file from the jar: one that does not read is a broken build, not something a user can act on.
            throw new IllegalStateException("the built-in lesson " + file + " is not a session: " + e.getMessage(), e);
        }
    }
}
