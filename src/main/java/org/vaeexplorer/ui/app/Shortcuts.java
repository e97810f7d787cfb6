package org.vaeexplorer.ui.app;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.ui.common.I18n;

/**
 * Every keyboard shortcut of the window, declared once per page: the help overlay (F1, ?) and the Help menu list
 * exactly these, so what a teacher reads is what the keys do ({@link KeyboardActions} and the View menu act on them).
 */
final class Shortcuts {
    /** One line of the list: the keys ({@code keysKey}, words such as Space translated) and what they do. */
    record Shortcut(String keysKey, String actionKey) {
        String keys() {
            return I18n.text(keysKey);
        }

        String action() {
            return I18n.text(actionKey);
        }
    }

    private static final List<Shortcut> EVERYWHERE = List.of(
            new Shortcut("shortcut.help.keys", "shortcut.help"),
            new Shortcut("shortcut.pages.keys", "shortcut.pages"),
            new Shortcut("shortcut.presentation.keys", "shortcut.presentation"),
            new Shortcut("shortcut.escape.keys", "shortcut.escape"),
            new Shortcut("shortcut.zoom.keys", "shortcut.zoom"));

    private Shortcuts() {
    }

    /** The shortcuts that work on every page. */
    static List<Shortcut> everywhere() {
        return EVERYWHERE;
    }

    /** The shortcuts of {@code page} alone. */
    static List<Shortcut> of(Page page) {
        return switch (page) {
            case TRAIN -> List.of(new Shortcut("shortcut.space.keys", "shortcut.trainSpace"));
            case EXPLORE -> List.of(new Shortcut("shortcut.digits.keys", "shortcut.digits"),
                    new Shortcut("shortcut.redraw.keys", "shortcut.redraw"),
                    new Shortcut("shortcut.space.keys", "shortcut.followSpace"),
                    new Shortcut("shortcut.arrows.keys", "shortcut.arrows"),
                    new Shortcut("shortcut.undo.keys", "shortcut.undo"),
                    new Shortcut("shortcut.redo.keys", "shortcut.redo"),
                    new Shortcut("shortcut.completionArrows.keys", "shortcut.completionArrows"),
                    new Shortcut("shortcut.howSteps.keys", "shortcut.howSteps"));
            case MODELS -> List.of();
        };
    }

    /** What the list shows on {@code page}: its own shortcuts, then those of every page. */
    static List<Shortcut> shown(Page page) {
        List<Shortcut> all = new ArrayList<>(of(page));
        all.addAll(EVERYWHERE);
        return all;
    }
}
