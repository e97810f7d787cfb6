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
                                                     DialogService dialogs) {
        Map<Class<?>, Supplier<Object>> controllers = new java.util.HashMap<>(Map.of(
                ExploreModelPanel.class, () -> new ExploreModelPanel(explore,
                        new ExploreFilesViewModel(explore, dialogs)),
                ExploreLatentControls.class, () -> new ExploreLatentControls(explore),
                ExplorePlaneLayers.class, () -> new ExplorePlaneLayers(explore,
                        new ExploreFilesViewModel(explore, dialogs)),
                ExplorePlaneTab.class, () -> new ExplorePlaneTab(explore),
                ExploreGridTab.class, () -> new ExploreGridTab(explore.views()),
                ExploreTraversalTab.class, () -> new ExploreTraversalTab(explore),
                ExploreInterpolationTab.class, () -> new ExploreInterpolationTab(explore),
                ExploreClustersTab.class, () -> new ExploreClustersTab(explore),
                ExploreCompletionTab.class, () -> new ExploreCompletionTab(completion),
                ExploreDrawTab.class, () -> new ExploreDrawTab(explore, draw)));
        controllers.put(ExploreFactorsTab.class, () -> new ExploreFactorsTab(explore));
        controllers.put(ExploreHowItWorksTab.class, () -> new ExploreHowItWorksTab(howItWorks, explore));
        return Map.copyOf(controllers);
    }
}
