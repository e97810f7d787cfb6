package org.vaeexplorer.ui.explore;

import java.util.Map;
import java.util.function.Supplier;
import org.vaeexplorer.ui.common.DialogService;

/**
 * The controllers of the Explore page's included FXML files (side panel parts and tabs), each made with the part of
 * the view models it binds to, registered by class for the app's controller factory (as cryptomator's per-window
 * modules do): a new part is one more entry here.
 */
public final class ExploreControllers {
    private ExploreControllers() {
    }

    public static Map<Class<?>, Supplier<Object>> of(ExploreViewModel explore, DrawViewModel draw,
                                                     CompletionViewModel completion, HowItWorksViewModel howItWorks,
                                                     DialogService dialogs, PairViewModel pair,
                                                     PairCompletionViewModel pairCompletion) {
        Map<Class<?>, Supplier<Object>> controllers = new java.util.HashMap<>(Map.of(
                ExploreModelPanel.class, () -> new ExploreModelPanel(explore,
                        new ExploreFilesViewModel(explore, dialogs)),
                ExploreLatentControls.class, () -> new ExploreLatentControls(explore),
                ExplorePlaneLayers.class, () -> new ExplorePlaneLayers(explore,
                        new ExploreFilesViewModel(explore, dialogs)),
                ExplorePlaneTab.class, () -> new ExplorePlaneTab(explore, pair),
                ExploreGridTab.class, () -> new ExploreGridTab(explore, pair),
                ExploreTraversalTab.class, () -> new ExploreTraversalTab(explore),
                ExploreInterpolationTab.class, () -> new ExploreInterpolationTab(explore),
                ExploreClustersTab.class, () -> new ExploreClustersTab(explore),
                ExploreCompletionTab.class, () -> new ExploreCompletionTab(completion, pairCompletion),
                ExploreDrawTab.class, () -> new ExploreDrawTab(explore, draw)));
        controllers.put(ExploreFactorsTab.class, () -> new ExploreFactorsTab(explore));
        controllers.put(ExplorePairPart.class, () -> new ExplorePairPart(explore, pair));
        controllers.put(ExploreDrawPairPart.class, () -> new ExploreDrawPairPart(pairCompletion));
        controllers.put(ExploreHowItWorksTab.class, () -> new ExploreHowItWorksTab(howItWorks, explore));
        // One per window, kept across a language switch (which rebuilds the tab): a t-SNE under way goes on.
        OverviewViewModel overview = overview(explore);
        controllers.put(ExploreOverviewTab.class, () -> new ExploreOverviewTab(overview));
        return Map.copyOf(controllers);
    }

    /** The Overview's view model, its t-SNE on a thread of its own and its cache in the user's cache folder. */
    private static OverviewViewModel overview(ExploreViewModel explore) {
        java.util.concurrent.Executor worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "latent-overview");
            t.setDaemon(true);
            return t;
        });
        return new OverviewViewModel(explore, javafx.application.Platform::runLater, worker,
                new org.vaeexplorer.explore.overview.Overviews(new org.vaeexplorer.explore.overview.OverviewCache(
                        org.vaeexplorer.platform.UserFolders.current().cache().resolve("overviews")),
                        org.vaeexplorer.explore.overview.TsneSettings.PAPER));
    }
}
