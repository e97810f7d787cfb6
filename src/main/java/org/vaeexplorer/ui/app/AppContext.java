package org.vaeexplorer.ui.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.DialogService;
import org.vaeexplorer.ui.common.FxBackgroundExecutor;
import org.vaeexplorer.ui.common.FxDialogService;
import org.vaeexplorer.ui.common.StatusModel;
import org.vaeexplorer.ui.explore.ExploreView;
import org.vaeexplorer.ui.explore.ExploreViewModel;
import org.vaeexplorer.ui.models.ModelsView;
import org.vaeexplorer.ui.models.ModelsViewModel;
import org.vaeexplorer.ui.train.DatasetViewModel;
import org.vaeexplorer.ui.train.TrainControllers;
import org.vaeexplorer.ui.train.TrainViewModel;

/** Wires one window's services and view models together, and builds views for the FXML loader. */
public final class AppContext implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private final StatusModel status = new StatusModel();
    private javafx.stage.Stage stage;
    /** File and folder dialogs owned by the main window; pages' view models get this, never a FileChooser. */
    private final DialogService dialogs;
    private final MainWindowViewModel mainWindow = new MainWindowViewModel(status);
    private final TrainViewModel train;
    private final org.vaeexplorer.ui.train.FxTrainingRunner trainingRunner =
            new org.vaeexplorer.ui.train.FxTrainingRunner();
    private final ExploreViewModel explore;
    private final ModelsViewModel models;
    private final org.vaeexplorer.ui.explore.DrawViewModel draw;
    private final org.vaeexplorer.ui.lessons.LessonsViewModel lessons;
    private final org.vaeexplorer.ui.explore.CompletionViewModel completion;
    private final org.vaeexplorer.ui.explore.ArithmeticViewModel arithmetic;
    private final org.vaeexplorer.ui.explore.HowItWorksViewModel howItWorks;
    private final org.vaeexplorer.ui.explore.PairViewModel pair;
    private final org.vaeexplorer.ui.explore.PairCompletionViewModel pairCompletion;
    private final SessionActions sessions;
    private ExploreView exploreView;
    private String exploreViewToRestore;
    private java.util.function.Consumer<String> documentOpener = uri -> { };
    private final Map<Class<?>, Supplier<Object>> controllers;

    public AppContext() {
        this(org.vaeexplorer.platform.UserFolders.current().runs());
    }

    /** @param runsRoot where training runs save their checkpoints */
    public AppContext(java.nio.file.Path runsRoot) {
        this(runsRoot, null);
    }

    /** @param dialogs the window's dialogs; null: the toolkit's, owned by the main window (tests pass their own) */
    AppContext(java.nio.file.Path runsRoot, DialogService dialogs) {
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(() -> stage);
        DatasetCache datasets = new DatasetCache();
        explore = new ExploreViewModel(executor, javafx.application.Platform::runLater, status, datasets,
                new org.vaeexplorer.ui.explore.RecentFiles(runsRoot.resolveSibling("recent-checkpoints.txt")));
        train = new TrainViewModel(new DatasetViewModel(executor, datasets, status),
                new org.vaeexplorer.ui.train.TrainFormViewModel(),
                new org.vaeexplorer.ui.train.TrainingRunViewModel(trainingRunner, executor, datasets, status,
                        runsRoot), this.dialogs);
        explore.liveRunProperty().bind(train.run().liveRunProperty());
        draw = org.vaeexplorer.ui.explore.DrawViewModel.of(explore, javafx.application.Platform::runLater);
        completion = new org.vaeexplorer.ui.explore.CompletionViewModel(explore.sessionProperty(),
                javafx.application.Platform::runLater, explore.errorProperty()::set);
        arithmetic = new org.vaeexplorer.ui.explore.ArithmeticViewModel(explore, javafx.application.Platform::runLater,
                explore.errorProperty()::set);
        pair = new org.vaeexplorer.ui.explore.PairViewModel(explore, executor, javafx.application.Platform::runLater);
        pairCompletion = new org.vaeexplorer.ui.explore.PairCompletionViewModel(explore, pair, completion, draw,
                javafx.application.Platform::runLater, explore.errorProperty()::set);
        howItWorks = org.vaeexplorer.ui.explore.HowItWorksViewModel.of(explore, draw,
                javafx.application.Platform::runLater);
        models = new ModelsViewModel(executor, () -> org.vaeexplorer.checkpoint.ShippedModels.folder().stream().toList(),
                runsRoot, explore::open, this.dialogs, org.vaeexplorer.platform.Trash.forUser(System.getenv(),
                        org.vaeexplorer.platform.UserFolders.current().home()),
                this::belongsToTheRunningTraining);
        removeLeftoversOfKilledSaves(runsRoot);
        lessons = new org.vaeexplorer.ui.lessons.LessonsViewModel(BuiltInLessons.all(),
                new PageLessonActions(this), this.dialogs);
        lessons.exploredModelProperty().bind(PageLessonActions.exploredModel(explore));
        sessions = new SessionActions(this, this.dialogs);
        controllers = controllers();
    }

    /** Whether {@code path} is the running training's folder, a file in it, or a folder holding it. */
    private boolean belongsToTheRunningTraining(java.nio.file.Path path) {
        java.nio.file.Path folder = train.run().runFolderProperty().get();
        return train.run().isActive() && folder != null
                && (folder.toAbsolutePath().startsWith(path.toAbsolutePath())
                        || path.toAbsolutePath().startsWith(folder.toAbsolutePath()));
    }

    /** Partial files of saves killed mid-write, removed off the JavaFX thread as the window starts. */
    private static void removeLeftoversOfKilledSaves(java.nio.file.Path runsRoot) {
        Thread cleaner = new Thread(() -> org.vaeexplorer.platform.AtomicFiles.removeStalePartialsIn(runsRoot),
                "remove-stale-partials");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    /** The main window, which owns every dialog. */
    public void setStage(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    /** File > Save session and Open session. */
    SessionActions sessions() {
        return sessions;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    public FxBackgroundExecutor executor() {
        return executor;
    }

    /** The Explore page's view once the window is built (for the measurement aids of the start options). */
    public java.util.Optional<ExploreView> exploreView() {
        return java.util.Optional.ofNullable(exploreView);
    }

    /** Shows {@code view} on the Explore page now, or when the page is built (a start option, a language switch). */
    void restoreExploreView(String view) {
        if (exploreView != null) {
            exploreView.showView(view);
        } else {
            exploreViewToRestore = view;
        }
    }

    public ExploreViewModel explore() {
        return explore;
    }

    /** The second model shown beside the explored one. */
    public org.vaeexplorer.ui.explore.PairViewModel pair() {
        return pair;
    }

    /** The second model's completions of the explored one's visible part. */
    public org.vaeexplorer.ui.explore.PairCompletionViewModel pairCompletion() {
        return pairCompletion;
    }

    /** Opens the shipped default checkpoint in Explore, if the app was shipped with one; returns whether. */
    public boolean openDefaultModel() {
        var model = org.vaeexplorer.checkpoint.ShippedModels.defaultModel();
        model.ifPresent(explore::open);
        return model.isPresent();
    }

    /** The Explore page's drawing pad (for {@code --draw}, which puts a picture on it). */
    public org.vaeexplorer.ui.explore.DrawViewModel draw() {
        return draw;
    }

    /** The Lessons menu and side panel. */
    public org.vaeexplorer.ui.explore.CompletionViewModel completion() {
        return completion;
    }

    /** The Explore page's latent arithmetic: attribute vectors, saved ones, analogies. */
    public org.vaeexplorer.ui.explore.ArithmeticViewModel arithmetic() {
        return arithmetic;
    }

    /** The How it works view's image, epsilon and steps. */
    public org.vaeexplorer.ui.explore.HowItWorksViewModel howItWorks() {
        return howItWorks;
    }

    public org.vaeexplorer.ui.lessons.LessonsViewModel lessons() {
        return lessons;
    }

    public ModelsViewModel models() {
        return models;
    }

    public TrainViewModel train() {
        return train;
    }

    /** How "open folder" buttons reach the desktop (the Application's HostServices). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        this.documentOpener = opener;
    }

    /** True when no background job of this window is running. */
    public boolean isIdle() {
        return executor.runningProperty().get() == 0 && !train.run().isActive();
    }

    /**
     * After a language switch, the view models compose again the texts they keep (the form's errors, the Start
     * hint, the dataset summary, the model card, the run's message under Run); the views are rebuilt anyway. The
     * status line and errors stay as they were said, until the next one.
     */
    void retranslate() {
        train.form().revalidate();
        train.startHint().invalidate();
        train.dataset().retranslate();
        train.run().retranslate();
        models.retranslate();
    }

    /** Loads {@code page} in the UI's language, its views made by {@link #createView}; for MainWindowView. */
    private javafx.scene.Node buildPage(Page page) {
        long started = System.nanoTime();
        try {
            javafx.scene.Node node = VaeExplorerApp.load(this, page.fxml());
            if (page == Page.EXPLORE && exploreViewToRestore != null) {
                exploreView.showView(exploreViewToRestore);
                exploreViewToRestore = null;
            }
            LOG.debug("built the {} page in {} ms", page, (System.nanoTime() - started) / 1_000_000);
            return node;
        } catch (java.io.IOException e) {
            // Our own FXML from the jar: failing to read it is a broken build, not something a user can act on.
            throw new java.io.UncheckedIOException("could not build the " + page + " page", e);
        }
    }

    /** Controller factory for FXML: each view gets its view model, from the window's registry. */
    public Object createView(Class<?> type) {
        Supplier<Object> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalArgumentException("no view of type " + type.getName());
        }
        return factory.get();
    }

    /** Every controller this window's FXML names, by class: the pages' own registries and the shell's views. */
    private Map<Class<?>, Supplier<Object>> controllers() {
        Map<Class<?>, Supplier<Object>> m = new HashMap<>();
        m.put(MainWindowView.class, () -> {
            // A new window (a language switch): its Explore page is built anew when shown.
            exploreView = null;
            return new MainWindowView(mainWindow, executor, this::buildPage, new KeyboardActions(this),
                    sessions, this::exploreView);
        });
        // The opener is read when a document is opened: the app sets it after the pages are wired.
        m.putAll(TrainControllers.of(train, uri -> documentOpener.accept(uri)));
        m.put(ExploreView.class, () -> {
            exploreView = new ExploreView(explore, () -> mainWindow.showPage(Page.EXPLORE),
                    fxml -> VaeExplorerApp.load(this, "/org/vaeexplorer/ui/explore/" + fxml));
            return exploreView;
        });
        m.putAll(org.vaeexplorer.ui.explore.ExploreControllers.of(explore, draw, completion, howItWorks,
                dialogs, pair, pairCompletion));
        m.put(org.vaeexplorer.ui.explore.ExploreArithmeticTab.class,
                () -> new org.vaeexplorer.ui.explore.ExploreArithmeticTab(explore, arithmetic));
        m.put(org.vaeexplorer.ui.explore.ExploreAnalogyPart.class,
                () -> new org.vaeexplorer.ui.explore.ExploreAnalogyPart(explore, arithmetic.analogy()));
        m.put(org.vaeexplorer.ui.lessons.LessonPanelView.class,
                () -> new org.vaeexplorer.ui.lessons.LessonPanelView(lessons));
        m.put(ModelsView.class, () -> new ModelsView(models, () -> mainWindow.showPage(Page.EXPLORE)));
        return m;
    }

    @Override
    public void close() {
        executor.close();
        trainingRunner.close();
        explore.close();
        draw.close();
        completion.close();
        arithmetic.close();
        howItWorks.close();
        pair.close();
        pairCompletion.close();
    }
}
