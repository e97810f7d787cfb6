package org.vaeexplorer.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder dialogs (the one confirmation question, and notices with a list), behind an interface so
 * view models ask for a path without the toolkit and their
 * tests answer with a fixed one (as JabRef's {@code DialogService}). Titles and filter names are shown as given:
 * callers pass texts from {@link I18n}.
 */
public interface DialogService {
    /** A file type shown in the dialog, e.g. {@code new FileFilter("PNG image", List.of("*.png"))}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }

        public static FileFilter of(String description, String... patterns) {
            return new FileFilter(description, List.of(patterns));
        }
    }

    /** An existing file the person picks, or empty when they cancel. */
    Optional<Path> openFile(String title, FileFilter filter);

    /**
     * An existing file, starting in {@code initialFolder} when it exists (where the person last looked otherwise).
     * Implementations without folders (tests) may ignore it.
     */
    default Optional<Path> openFile(String title, FileFilter filter, Path initialFolder) {
        return openFile(title, filter);
    }

    /** Where to write, suggesting {@code initialName}, or empty when they cancel. */
    Optional<Path> saveFile(String title, String initialName, FileFilter filter);

    /** A folder, starting in {@code initial} when it exists, or empty when they cancel. */
    Optional<Path> chooseFolder(String title, Path initial);

    /**
     * A yes/no question before something that would end the person's work (a running training run): true only
     * when they pick {@code yes}; closing the dialog is {@code no}.
     */
    boolean confirm(String title, String question, String yes, String no);

    /**
     * Tells the person something that needs no answer, with a list under it that may be long (the files an import
     * left out, each with its reason); an empty list shows the message alone.
     */
    void inform(String title, String message, List<String> details);
}
