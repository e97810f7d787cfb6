package org.vaeexplorer.ui.explore;

import java.util.Set;
import org.vaeexplorer.ui.common.DialogService;

/**
 * Builds the controllers of the Explore page's included FXML files (side panel parts and tabs), each with the part
 * of the view model it binds to; the app's controller factory hands these types here.
 */
public final class ExploreControllers {
    private static final Set<Class<?>> PARTS = Set.of(ExploreModelPanel.class, ExploreLatentControls.class,
            ExplorePlaneLayers.class, ExplorePlaneTab.class, ExploreGridTab.class, ExploreTraversalTab.class,
            ExploreInterpolationTab.class, ExploreClustersTab.class, ExploreCompletionTab.class);

    private ExploreControllers() {
    }

    public static boolean builds(Class<?> type) {
        return PARTS.contains(type);
    }

    public static Object create(Class<?> type, ExploreViewModel explore, CompletionViewModel completion,
                                DialogService dialogs) {
        if (type == ExploreModelPanel.class) {
            return new ExploreModelPanel(explore, new ExploreFilesViewModel(explore, dialogs));
        } else if (type == ExploreLatentControls.class) {
            return new ExploreLatentControls(explore);
        } else if (type == ExplorePlaneLayers.class) {
            return new ExplorePlaneLayers(explore.planeLayers(), new ExploreFilesViewModel(explore, dialogs));
        } else if (type == ExplorePlaneTab.class) {
            return new ExplorePlaneTab(explore);
        } else if (type == ExploreGridTab.class) {
            return new ExploreGridTab(explore.views());
        } else if (type == ExploreTraversalTab.class) {
            return new ExploreTraversalTab(explore);
        } else if (type == ExploreInterpolationTab.class) {
            return new ExploreInterpolationTab(explore);
        } else if (type == ExploreClustersTab.class) {
            return new ExploreClustersTab(explore);
        } else if (type == ExploreCompletionTab.class) {
            return new ExploreCompletionTab(completion);
        }
        throw new IllegalArgumentException("not a part of the Explore page: " + type.getName());
    }
}
