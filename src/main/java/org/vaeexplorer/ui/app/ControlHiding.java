package org.vaeexplorer.ui.app;

import java.util.Set;
import java.util.TreeSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.explore.ExploreView;

/**
 * Puts the session's hidden controls ({@link MainWindowViewModel#hiddenControls()}) on the window: the View menu's
 * "Hide for this session" list to pick them, the secondary controls hidden (as presentation mode hides them, in
 * either mode) and the hidden views' tabs taken off the Explore page. Applied again as pages and views are built.
 */
final class ControlHiding {
    private final MainWindowViewModel window;
    private final java.util.function.Supplier<java.util.Optional<ExploreView>> explore;
    private Parent root;
    /** The secondary controls this hid, to show again when they are no longer chosen. */
    private final Set<String> hid = new TreeSet<>();

    private ControlHiding(MainWindowViewModel window, java.util.function.Supplier<java.util.Optional<ExploreView>> explore) {
        this.window = window;
        this.explore = explore;
    }

    /** Adds the "Hide for this session" menu to {@code viewMenu} and hides what is chosen under {@code anyNode}'s root. */
    static ControlHiding install(Menu viewMenu, Node anyNode, MainWindowViewModel window,
                                 java.util.function.Supplier<java.util.Optional<ExploreView>> explore) {
        ControlHiding hiding = new ControlHiding(window, explore);
        viewMenu.getItems().addAll(new SeparatorMenuItem(), hiding.menu());
        anyNode.sceneProperty().addListener((o, was, now) -> {
            hiding.root = now == null ? null : now.getRoot();
            hiding.apply();
        });
        hiding.root = anyNode.getScene() == null ? null : anyNode.getScene().getRoot();
        window.hiddenControls().addListener((SetChangeListener<String>) c -> hiding.apply());
        window.presentation().presentationProperty().addListener((o, was, now) -> hiding.apply());
        return hiding;
    }

    private Menu menu() {
        Menu menu = new Menu(I18n.text("hide.menu"));
        menu.setId("hideMenu");
        for (HideableControls.Control c : HideableControls.secondary()) {
            menu.getItems().add(item(c));
        }
        menu.getItems().add(new SeparatorMenuItem());
        for (HideableControls.Control c : HideableControls.exploreViews()) {
            CheckMenuItem view = item(c);
            view.setText(I18n.text("hide.view", I18n.text(c.nameKey())));
            menu.getItems().add(view);
        }
        return menu;
    }

    private CheckMenuItem item(HideableControls.Control c) {
        CheckMenuItem item = new CheckMenuItem(I18n.text(c.nameKey()));
        item.setId("hide-" + c.id());
        item.setSelected(window.hiddenControls().contains(c.id()));
        window.hiddenControls().addListener((SetChangeListener<String>) change ->
                item.setSelected(window.hiddenControls().contains(c.id())));
        item.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                window.hiddenControls().add(c.id());
            } else {
                window.hiddenControls().remove(c.id());
            }
        });
        return item;
    }

    /** Hides what is chosen and shows the rest (the secondary controls stay folded while presenting). */
    void apply() {
        Set<String> hidden = new TreeSet<>(window.hiddenControls());
        if (root != null) {
            boolean presenting = window.presentation().presentationProperty().get();
            for (String id : HideableControls.SECONDARY) {
                boolean hide = hidden.contains(id);
                if (!hide && !hid.contains(id)) {
                    // Never hidden here: its visibility is its own page's (or presentation mode's) to decide.
                    continue;
                }
                for (Node n : root.lookupAll("#" + id)) {
                    n.setVisible(!hide && !presenting);
                    n.setManaged(!hide && !presenting);
                }
                if (hide) {
                    hid.add(id);
                } else {
                    hid.remove(id);
                }
            }
        }
        explore.get().ifPresent(v -> v.hideViews(hidden));
    }
}
