package org.vaeexplorer.ui.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.ui.common.FitScroll;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.PartBuilt;

/**
 * The Explore page's root: the side panel and the view tabs (each an FXML of its own with its controller), which
 * tabs a model enables, dropping a checkpoint on the window, and polling a followed run while it is followed.
 * Only the plane is built with the page; every other view when first selected: building and styling all seven
 * took about 0.4 s of the time to the first decoded image.
 */
public final class ExploreView {
    private static final Logger LOG = LoggerFactory.getLogger(ExploreView.class);
    private static final Duration LIVE_REFRESH = Duration.millis(200);
    private final ExploreViewModel viewModel;
    private final Runnable showThisPage;
    private final PartLoader parts;
    private final Timeline live;
    /** Which tabs are on the page: the model's, less the hidden ones, less the disabled ones while presenting. */
    private ExploreTabPlacement placement;
    @FXML private TabPane views;
    @FXML private Tab planeTab;
    @FXML private Tab howItWorksTab;
    @FXML private Tab gridTab;
    @FXML private Tab traversalTab;
    @FXML private Tab interpolationTab;
    @FXML private Tab clustersTab;
    @FXML private Tab arithmeticTab;
    @FXML private Tab factorsTab;
    @FXML private Tab completionTab;
    @FXML private Tab overviewTab;
    @FXML private ExplorePlaneTab planeController;
    @FXML private ExplorePlaneLayers layersController;

    /** Loads one of the page's FXML files by name, its controller made by the app's controller factory. */
    @FunctionalInterface
    public interface PartLoader {
        Node load(String fxml) throws IOException;
    }

    public ExploreView(ExploreViewModel viewModel, Runnable showThisPage, PartLoader parts) {
        this.viewModel = viewModel;
        this.showThisPage = showThisPage;
        this.parts = parts;
        live = new Timeline(new KeyFrame(LIVE_REFRESH, e -> viewModel.refreshLive()));
        live.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        layersController.setPlaneSnapshot(planeController::writeSnapshot);
        placement = new ExploreTabPlacement(views, planeTab, this::modelWants);
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> build(now));
        bindTabs();
        viewModel.sessionProperty().addListener((o, was, now) -> showWhatTheModelCan());
        viewModel.sessionProperty().addListener((o, was, now) -> placement.modelOpened());
        placement.place();
        showWhatTheModelCan();
        // Poll only while a run is followed and the page is in a window: the timeline must not outlive either.
        viewModel.followingProperty().addListener((o, was, now) -> pollWhileFollowed());
        views.sceneProperty().addListener((o, was, now) -> {
            // A language switch puts a new page into the same scene: this one's handlers leave with it.
            if (was != null) {
                was.removeEventHandler(DragEvent.DRAG_OVER, dragOver);
                was.removeEventHandler(DragEvent.DRAG_DROPPED, dropped);
            }
            if (now != null) {
                now.addEventHandler(DragEvent.DRAG_OVER, dragOver);
                now.addEventHandler(DragEvent.DRAG_DROPPED, dropped);
            }
            pollWhileFollowed();
        });
    }

    /** Builds a view's FXML the first time its tab is selected (the FXML's name is the tab's user data). */
    private void build(Tab tab) {
        if (tab == null || tab.getContent() != null || !(tab.getUserData() instanceof String fxml)) {
            return;
        }
        try {
            tab.setContent(FitScroll.wrap(parts.load(fxml)));
        } catch (IOException e) {
            // Our own FXML from the jar: failing to read it is a broken build, not something a user can act on.
            throw new UncheckedIOException("could not build the Explore view " + fxml, e);
        }
        views.fireEvent(new Event(PartBuilt.EVENT));
    }

    private void pollWhileFollowed() {
        if (viewModel.followingProperty().get() && views.getScene() != null) {
            live.play();
        } else {
            live.stop();
        }
    }

    /** Whether the followed run is being polled (for tests: the poll must not outlive following or the page). */
    public boolean isPolling() {
        return live.getStatus() == Animation.Status.RUNNING;
    }

    private Map<ExploreTabs.View, Tab> tabs() {
        return Map.of(ExploreTabs.View.PLANE, planeTab, ExploreTabs.View.GRID, gridTab,
                ExploreTabs.View.TRAVERSAL, traversalTab, ExploreTabs.View.INTERPOLATION, interpolationTab,
                ExploreTabs.View.CLUSTERS, clustersTab, ExploreTabs.View.COMPLETION, completionTab,
                ExploreTabs.View.FACTORS, factorsTab, ExploreTabs.View.ARITHMETIC, arithmeticTab,
                ExploreTabs.View.HOW_IT_WORKS, howItWorksTab, ExploreTabs.View.OVERVIEW, overviewTab);
    }

    /**
     * The Factors tab is there only for a model whose dataset has known factors, and the Overview only for a model
     * whose codes have more than two numbers: one more tab for every model would push the last tab out of a
     * 1280x720 window in presentation mode.
     */
    private boolean modelWants(Tab tab) {
        if (tab == factorsTab) {
            return viewModel.factors().hasFactors();
        }
        return tab != overviewTab || viewModel.capabilitiesProperty().get() != null
                && ExploreTabs.whyNot(ExploreTabs.View.OVERVIEW, viewModel.capabilitiesProperty().get()) == null;
    }

    private void bindTabs() {
        tabs().forEach((view, tab) -> {
            StringBinding why = viewModel.tabs().whyNot(view);
            tab.disableProperty().bind(why.isNotNull());
            tab.tooltipProperty().bind(Bindings.createObjectBinding(
                    () -> why.get() == null ? null : new Tooltip(I18n.text(why.get())), why));
        });
    }

    /** A model opened: the view shown gives way when it cannot show it (ExploreTabs.opening). */
    private void showWhatTheModelCan() {
        Tab shown = views.getSelectionModel().getSelectedItem();
        ExploreTabs.View shownView = tabs().entrySet().stream().filter(e -> e.getValue() == shown)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        ExploreTabs.View next = ExploreTabs.opening(shownView, viewModel.capabilitiesProperty().get());
        if (next != null && next != shownView) {
            views.getSelectionModel().select(tabs().get(next));
        }
    }

    private final EventHandler<DragEvent> dragOver = this::dragOver;
    private final EventHandler<DragEvent> dropped = this::dropped;

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                .anyMatch(f -> f.getName().endsWith(CheckpointStore.EXTENSION))) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        var file = e.getDragboard().getFiles().stream()
                .filter(f -> f.getName().endsWith(CheckpointStore.EXTENSION)).findFirst();
        file.ifPresent(f -> {
            showThisPage.run();
            viewModel.open(f.toPath());
        });
        e.setDropCompleted(file.isPresent());
        e.consume();
    }

    /** The name of the view shown (plane, grid...), for {@link #showView} on the page rebuilt by a language switch. */
    public String shownView() {
        String id = views.getSelectionModel().getSelectedItem().getId();
        return id.substring(0, id.length() - "Tab".length());
    }

    /**
     * Takes the tabs whose ids are in {@code tabIds} off the page and puts the others back in their places (issue
     * 33: a teacher hides views for a session). The Factors and Overview tabs come back only for models they show.
     */
    public void hideViews(java.util.Set<String> tabIds) {
        placement.hide(tabIds);
    }

    /** Selects one of the page's views by name (plane, grid, traversal, interpolation, clusters, factors, draw,
     * completion); a view hidden for the session stays hidden. */
    public void showView(String name) {
        if (placement.hidden(name + "Tab")) {
            LOG.info("the {} view is hidden for this session: not shown", name);
            return;
        }
        for (Tab tab : java.util.List.of(factorsTab, overviewTab)) {
            if (tab.getId().equalsIgnoreCase(name + "Tab") && !views.getTabs().contains(tab)) {
                // Asked for before the model is open (a start option, a session): the model decides once it is.
                placement.place(tab);
            }
        }
        placement.wish(null);
        for (Tab tab : tabs().values()) {
            if (tab.getId().equalsIgnoreCase(name + "Tab") && placement.folded(tab)) {
                LOG.info("the {} view is folded away while presenting: shown if the model opening can", name);
                placement.wish(tab);
                return;
            }
        }
        for (Tab tab : views.getTabs()) {
            if (tab.getId() != null && tab.getId().equalsIgnoreCase(name + "Tab")) {
                views.getSelectionModel().select(tab);
                return;
            }
        }
        throw new IllegalArgumentException("no Explore view named '" + name + "'");
    }

    /**
     * Measurement aid ({@code --explore-drag SECONDS}, see {@link DragDemo}): starts once the first decoded image is
     * on screen and the model has finished loading (its test set encoded), with the recorder cleared, so the figure
     * measures dragging and not start-up.
     */
    public void startDragDemo(double seconds, Consumer<String> report) {
        whenLoaded(() -> new DragDemo(planeController.plane()).run(seconds,
                () -> report.accept(viewModel.mouseToPixels().summary("mouse_to_pixels"))));
    }

    /**
     * The same drag with the view shown switching between the plane and How it works every
     * {@link DragComparison#BLOCK_SECONDS}: mouse-to-pixels with the view open against without, in one run (issue
     * 33); {@code howRefresh} is the How it works view's own refresh time.
     */
    public void startDragComparison(double seconds, org.vaeexplorer.metrics.LatencyRecorder howRefresh,
                                    Consumer<String> report) {
        whenLoaded(() -> new DragComparison(this::showView, viewModel.mouseToPixels(), howRefresh)
                .run(new DragDemo(planeController.plane()), seconds, report));
    }

    private void whenLoaded(Runnable drag) {
        LatentPointViewModel point = viewModel.point();
        boolean[] started = new boolean[1];
        Runnable startWhenReady = () -> {
            if (started[0] || point.decodedProperty().get() == null || viewModel.busyProperty().get()) {
                return;
            }
            started[0] = true;
            viewModel.mouseToPixels().clear();
            LOG.info("drag demo starts: the first decoded image is shown and the model is loaded");
            drag.run();
        };
        point.decodedProperty().addListener((o, was, now) -> startWhenReady.run());
        viewModel.busyProperty().addListener((o, was, now) -> startWhenReady.run());
        startWhenReady.run();
    }
}
