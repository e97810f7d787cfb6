package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's last normal (not maximised) bounds and whether it was maximised, in a small properties file
 * beside the app's other state in {@code ~/.vae-explorer}. Chosen over {@code java.util.prefs}: one folder holds
 * everything the app remembers (runs, recent files, this), deleting it resets the app, {@code -Duser.home} moves
 * it for tests, and there is no background sync thread or "could not lock system prefs" warning on Linux.
 */
final class WindowStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);

    /** What is remembered. */
    record Saved(WindowPlacement.Bounds bounds, boolean maximised) {
    }

    /** Each mode's zoom (1 = actual size; see {@link PresentationViewModel}). */
    record Zoom(double normal, double presentation) {
    }

    private final Path file;

    WindowStateStore(Path file) {
        this.file = file;
    }

    /** The saved state, or empty when there is none or it cannot be read (logged; the window opens centred). */
    Optional<Saved> load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            WindowPlacement.Bounds b = new WindowPlacement.Bounds(number(p, "x"), number(p, "y"),
                    number(p, "width"), number(p, "height"));
            if (!(b.width() > 0 && b.height() > 0)) {
                LOG.warn("ignoring window state in {}: size {}x{}", file, b.width(), b.height());
                return Optional.empty();
            }
            return Optional.of(new Saved(b, Boolean.parseBoolean(p.getProperty("maximised"))));
        } catch (NoSuchFileException e) {
            LOG.debug("no saved window state in {}: the window opens centred", file);
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable window state in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** The saved zoom, or empty when there is none or it cannot be read (logged; the window opens at 100%). */
    Optional<Zoom> loadZoom() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            if (p.getProperty("zoom") == null) {
                return Optional.empty();
            }
            return Optional.of(new Zoom(number(p, "zoom"), number(p, "presentationZoom")));
        } catch (NoSuchFileException e) {
            LOG.debug("no saved zoom in {}: the window opens at actual size", file);
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable zoom in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Writes the zoom beside the bounds; a failure is logged and otherwise ignored. */
    void saveZoom(Zoom zoom) {
        Properties p = existing();
        p.setProperty("zoom", Double.toString(zoom.normal()));
        p.setProperty("presentationZoom", Double.toString(zoom.presentation()));
        write(p);
    }

    /** Writes the state; a failure is logged and otherwise ignored (the next start opens centred). */
    void save(Saved saved) {
        Properties p = existing();
        p.setProperty("x", Double.toString(saved.bounds().x()));
        p.setProperty("y", Double.toString(saved.bounds().y()));
        p.setProperty("width", Double.toString(saved.bounds().width()));
        p.setProperty("height", Double.toString(saved.bounds().height()));
        p.setProperty("maximised", Boolean.toString(saved.maximised()));
        write(p);
    }

    /** What the file holds now, so that saving the bounds keeps the zoom and the reverse. */
    private Properties existing() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            LOG.debug("no window state in {} yet", file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("rewriting unreadable window state in {}: {}", file, e.toString());
        }
        return p;
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "VAE Explorer main window");
            }
        } catch (IOException e) {
            LOG.warn("could not save the window state to {}: {}", file, e.toString());
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(key + " is not finite");
        }
        return d;
    }
}
