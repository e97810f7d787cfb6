package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.explore.ExploreView;
import org.vaeexplorer.ui.explore.ExploreViewModel;
import org.vaeexplorer.ui.explore.PointSnapshot;

/**
 * File > Save session and Open session (issue 33): the window's state to a {@link SessionFile} and back. Opening
 * reads the whole file first, so a bad file changes nothing; a session whose model is missing says so and offers
 * to pick it. The point is put back once the model has opened and its test set is encoded (encoding may turn the
 * plane to other axes, which the session's own axes then replace).
 */
final class SessionActions {
    private static final Logger LOG = LoggerFactory.getLogger(SessionActions.class);
    private final AppContext context;
    private final DialogService dialogs;
    private SessionFile.Lesson lesson;

    SessionActions(AppContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
    }

    /** Asks where, then saves; false if cancelled, nothing to save (no checkpoint open) or the write failed. */
    boolean save() {
        if (context.explore().openedFile().isEmpty()) {
            say(LocalText.of("session.error.noModel"));
            return false;
        }
        Optional<Path> file = dialogs.saveFile(I18n.text("session.save.title"), "session" + SessionFormat.EXTENSION,
                filter());
        return file.isPresent() && save(withExtension(file.get()));
    }

    boolean save(Path file) {
        try {
            SessionFormat.write(capture(file), file);
            say(LocalText.of("session.status.saved", file.getFileName()));
            return true;
        } catch (IOException e) {
            FailureLog.warn(LOG, "could not save the session " + file, e);
            say(LocalText.of("session.error.write", file.getFileName(), org.vaeexplorer.ui.common.Messages.of(e)));
            return false;
        }
    }

    /** Asks which file, then opens it. */
    boolean open() {
        return dialogs.openFile(I18n.text("session.open.title"), filter()).map(this::open).orElse(false);
    }

    /** Opens {@code file}; false (and the window as it was) for a bad file or a missing model not picked. */
    boolean open(Path file) {
        SessionFile s;
        try {
            s = SessionFormat.read(file);
        } catch (SessionFormat.BadSessionException e) {
            LOG.warn("{} is not a session the app can open: {}", file, e.getMessage(), e);
            say(e.text());
            return false;
        } catch (IOException e) {
            FailureLog.warn(LOG, "could not read the session " + file, e);
            say(LocalText.of("session.error.read", file.getFileName(), org.vaeexplorer.ui.common.Messages.of(e)));
            return false;
        }
        Path model = s.model() == null || s.model().isBlank() ? null : SessionFormat.modelOf(s, file);
        if (model != null && !Files.isRegularFile(model)) {
            say(LocalText.of("session.error.missingModel", s.model()));
            boolean pick = dialogs.confirm(I18n.text("session.missing.title"),
                    I18n.text("session.error.missingModel", s.model()), I18n.text("session.missing.pick"),
                    I18n.text("session.missing.cancel"));
            Optional<Path> picked = pick ? dialogs.openFile(I18n.text("session.missing.pick"),
                    DialogService.FileFilter.of(I18n.text("session.filter.model"), "*.vaex")) : Optional.empty();
            if (picked.isEmpty()) {
                return false;
            }
            model = picked.get();
        }
        apply(s, model, s.pair() == null || s.pair().isBlank() ? null : SessionFormat.resolve(s.pair(), file));
        return true;
    }

    /** The lesson the open session shows, if any (kept to save it again). */
    Optional<SessionFile.Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    SessionFile capture(Path file) {
        ExploreViewModel explore = context.explore();
        PointSnapshot p = PointSnapshot.of(explore);
        PresentationViewModel presentation = context.mainWindow().presentation();
        Path pair = context.pair().chosenProperty().get();
        return new SessionFile(SessionFormat.VERSION,
                SessionFormat.modelPath(explore.openedFile().orElseThrow(), file),
                context.mainWindow().pageProperty().get().name().toLowerCase(Locale.ROOT),
                context.exploreView().map(ExploreView::shownView).orElse("plane"), p.planeX(), p.planeY(), p.code(),
                p.label(), p.categories(), presentation.zoomProperty().get(),
                presentation.presentationProperty().get(), context.mainWindow().languageProperty().get()
                        .toLanguageTag(), lesson, SessionVectors.toFile(context.arithmetic().saved()),
                context.mainWindow().hiddenControls().stream().sorted().toList(),
                pair == null ? null : SessionFormat.modelPath(pair, file));
    }

    private void apply(SessionFile s, Path model, Path pair) {
        MainWindowViewModel window = context.mainWindow();
        lesson = s.lesson();
        if (s.language() != null) {
            window.languageProperty().set(I18n.supported(Locale.forLanguageTag(s.language())));
        }
        window.presentation().presentationProperty().set(s.presentation());
        window.presentation().setZoom(s.zoom());
        Page.parse(s.page() == null ? "explore" : s.page()).ifPresent(window::showPage);
        window.hiddenControls().clear();
        window.hiddenControls().addAll(s.hidden());
        if (model != null) {
            if (pair != null) {
                context.pair().showBesideNextOpened(pair);
            }
            openModel(s, model);
        }
        showLesson(s);
    }

    /** Opens the session's model, and puts its point and view back once it is loaded. */
    private void openModel(SessionFile s, Path model) {
        ExploreViewModel explore = context.explore();
        PointSnapshot point = new PointSnapshot(s.planeX(), s.planeY(), s.code(), s.label(), s.categories());
        ChangeListener<Boolean> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (busy) {
                    return;
                }
                explore.busyProperty().removeListener(this);
                // After the callback that cleared busy: it goes on to turn the plane to the most used axes.
                javafx.application.Platform.runLater(() -> loaded(s, model, point));
            }
        };
        explore.open(model);
        explore.busyProperty().addListener(whenLoaded);
    }

    /** The session's lesson in the lesson panel, in the UI's language as it is asked for. */
    private void showLesson(SessionFile s) {
        if (lesson != null) {
            context.lessons().choose(SessionLessons.of(0, "session", s, false));
        }
    }

    private void loaded(SessionFile s, Path model, PointSnapshot point) {
        ExploreViewModel explore = context.explore();
        if (explore.openedFile().filter(model::equals).isEmpty()) {
            return;
        }
        if (!point.applyTo(explore)) {
            say(LocalText.of("session.error.pointDoesNotFit", model.getFileName()));
        }
        context.arithmetic().restore(SessionVectors.fromFile(s.vectors()));
        if (s.view() != null) {
            showView(s.view());
        }
    }

    private void showView(String view) {
        try {
            context.restoreExploreView(view);
        } catch (IllegalArgumentException e) {
            LOG.warn("the session names an Explore view this model does not have: {}", view, e);
        }
    }

    private void say(LocalText text) {
        context.mainWindow().status().show(text.resolve());
        context.explore().errorProperty().set(text.resolve());
    }

    private static DialogService.FileFilter filter() {
        return DialogService.FileFilter.of(I18n.text("session.filter"), "*" + SessionFormat.EXTENSION);
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SessionFormat.EXTENSION) ? file : file.resolveSibling(name + SessionFormat.EXTENSION);
    }
}
