package org.vaeexplorer.ui.explore;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.vaeexplorer.ui.common.PresentationStyle;

/**
 * Which of Explore's view tabs are on the page, in the page's order: those the open model wants
 * ({@code modelWants}: Factors and Overview only for models they show), less those a teacher hid for the session,
 * and, while presenting, less the disabled ones. A class in front of a projector gains nothing from a greyed-out
 * tab, and at 1280x720 eleven tabs at presentation size do not fit in one row; the folded tabs come back when
 * presentation mode ends or a model that can show them opens (their {@link ExploreTabs} enablement changes).
 */
final class ExploreTabPlacement {
    private final TabPane views;
    private final List<Tab> allTabs;
    private final Tab home;
    private final Predicate<Tab> modelWants;
    private Set<String> hiddenTabs = Set.of();
    /** A view asked for while folded (a start option before the model is open): selected once it is back. */
    private Tab wished;
    private boolean presenting;
    private Parent watchedRoot;
    private final ListChangeListener<String> rootClassChanged = c -> followPresentation();
    private final ChangeListener<Parent> rootChanged = (o, was, now) -> watchRoot(now);

    /** {@code home}: the tab selected in place of one taken off the page (the plane, which shows every model). */
    ExploreTabPlacement(TabPane views, Tab home, Predicate<Tab> modelWants) {
        this.views = views;
        this.allTabs = List.copyOf(views.getTabs());
        this.home = home;
        this.modelWants = modelWants;
        for (Tab tab : allTabs) {
            tab.disableProperty().addListener((o, was, now) -> {
                if (presenting) {
                    place();
                }
            });
        }
        views.sceneProperty().addListener((o, was, now) -> watchScene(was, now));
        watchScene(null, views.getScene());
    }

    private void watchScene(Scene was, Scene now) {
        if (was != null) {
            was.rootProperty().removeListener(rootChanged);
        }
        if (now != null) {
            now.rootProperty().addListener(rootChanged);
        }
        watchRoot(now == null ? null : now.getRoot());
    }

    /** A page left in a window that shows another root must not keep following (nor keep alive) that root. */
    private void watchRoot(Parent root) {
        if (watchedRoot != null) {
            watchedRoot.getStyleClass().removeListener(rootClassChanged);
        }
        watchedRoot = root;
        if (root != null) {
            root.getStyleClass().addListener(rootClassChanged);
        }
        followPresentation();
    }

    private void followPresentation() {
        boolean now = watchedRoot != null && watchedRoot.getStyleClass().contains(PresentationStyle.STYLE_CLASS);
        if (now != presenting) {
            presenting = now;
            place();
        }
    }

    /** Whether the tabs are placed for presenting (disabled ones folded away). */
    boolean presenting() {
        return presenting;
    }

    /** The tabs' ids a teacher hid for the session; the others come back (as far as the model and mode allow). */
    void hide(Set<String> tabIds) {
        hiddenTabs = Set.copyOf(tabIds);
        place();
    }

    boolean hidden(String tabId) {
        return hiddenTabs.contains(tabId);
    }

    /** Whether {@code tab} is off the page only because presentation mode folded it (the model cannot show it). */
    boolean folded(Tab tab) {
        return presenting && tab.isDisabled() && !hiddenTabs.contains(tab.getId()) && modelWants.test(tab);
    }

    private boolean wanted(Tab tab) {
        return !hiddenTabs.contains(tab.getId()) && modelWants.test(tab) && !(presenting && tab.isDisabled());
    }

    /** Takes the tabs not wanted off the page and puts the others back in their places. */
    void place() {
        place(null);
    }

    /**
     * Asks for {@code tab}, folded while presenting: the model being opened decides, and the tab is selected if it
     * comes back ({@link #modelOpened}).
     */
    void wish(Tab tab) {
        wished = tab;
    }

    /** A model opened (or closed): the tabs placed for it, and a view asked for before it shown if it can be. */
    void modelOpened() {
        place();
        wished = null;
    }

    /** {@link #place()}, with {@code alsoShown} on the page too (null: none). */
    void place(Tab alsoShown) {
        Predicate<Tab> shown = t -> t == alsoShown || wanted(t);
        Tab selected = views.getSelectionModel().getSelectedItem();
        if (selected != null && !shown.test(selected)) {
            if (folded(selected)) {
                // Folded only until the model opening can show it (the view asked for at start, before a model).
                wished = selected;
            }
            views.getSelectionModel().select(home);
        }
        views.getTabs().removeIf(t -> !shown.test(t));
        int at = 0;
        boolean returned = false;
        for (Tab tab : allTabs) {
            if (shown.test(tab) && !views.getTabs().contains(tab)) {
                views.getTabs().add(at, tab);
                returned |= tab.getContent() != null;
            }
            at += views.getTabs().contains(tab) ? 1 : 0;
        }
        if (returned && presenting) {
            // Its view was off the scene when presentation mode folded the secondary controls: fold them now.
            views.fireEvent(new javafx.event.Event(org.vaeexplorer.ui.common.PartBuilt.EVENT));
        }
        if (wished != null && views.getTabs().contains(wished)) {
            views.getSelectionModel().select(wished);
            wished = null;
        }
    }
}
