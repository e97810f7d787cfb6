package org.vaeexplorer.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dialog service for view-model tests: answers every file dialog with the next queued path (or cancels), and
 * every question with the next queued answer (or no).
 */
public final class FixedDialogService implements DialogService {
    private final List<Path> answers = new ArrayList<>();
    private final List<Boolean> confirmations = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<List<String>> notices = new ArrayList<>();

    /** The next dialog returns {@code path}; {@code null} means the person cancels. */
    public FixedDialogService answer(Path path) {
        answers.add(path);
        return this;
    }

    /** The next question is answered {@code yes} (true) or {@code no} (false). */
    public FixedDialogService answerQuestion(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The titles of the dialogs shown so far. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** The questions asked so far, with the answer offered as yes after a " / ". */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    @Override
    public Optional<Path> openFile(String title, FileFilter filter) {
        return next(title);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileFilter filter) {
        return next(title);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return next(title);
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        titles.add(title);
        questions.add(question + " / " + yes);
        return !confirmations.isEmpty() && confirmations.remove(0);
    }

    @Override
    public void inform(String title, String message, List<String> details) {
        titles.add(title);
        List<String> notice = new ArrayList<>();
        notice.add(message);
        notice.addAll(details);
        notices.add(List.copyOf(notice));
    }

    /** The notices shown so far: each its message, then its details. */
    public List<List<String>> notices() {
        return List.copyOf(notices);
    }

    private Optional<Path> next(String title) {
        titles.add(title);
        return answers.isEmpty() ? Optional.empty() : Optional.ofNullable(answers.remove(0));
    }
}
