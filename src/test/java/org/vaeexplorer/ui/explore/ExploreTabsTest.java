package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.ui.explore.ExploreTabs.View;

/** Which Explore views a model enables is decided from its capabilities, without a window. */
class ExploreTabsTest {
    private static Capabilities of(String kind, int latent) {
        return ModelSpecBuilder.of(ModelKind.named(kind)).latent(latent).build().capabilities();
    }

    @Test
    void eachViewIsEnabledByWhatTheModelCanDoAndSaysWhyNotOtherwise() {
        Capabilities vae = of("vae", 2);
        assertNull(ExploreTabs.whyNot(View.GRID, vae));
        assertNull(ExploreTabs.whyNot(View.TRAVERSAL, vae));
        assertNull(ExploreTabs.whyNot(View.INTERPOLATION, vae));
        assertEquals("explore.clusters.needsDiscrete", ExploreTabs.whyNot(View.CLUSTERS, vae));
        assertEquals("explore.completion.needsScvae", ExploreTabs.whyNot(View.COMPLETION, vae));

        Capabilities oneDimension = of("beta-vae", 1);
        assertEquals("explore.tab.grid.needsTwoDims", ExploreTabs.whyNot(View.GRID, oneDimension));
        assertNull(ExploreTabs.whyNot(View.TRAVERSAL, oneDimension));

        // The joint capacity objective needs continuous latents too: a purely discrete model trains the ELBO.
        Capabilities discreteOnly = ModelSpecBuilder.of(ModelKind.named("joint-vae")).latent(0)
                .objective(Objective.elbo()).build().capabilities();
        assertEquals("explore.tab.grid.needsTwoDims", ExploreTabs.whyNot(View.GRID, discreteOnly));
        assertEquals("explore.tab.traversal.needsContinuous", ExploreTabs.whyNot(View.TRAVERSAL, discreteOnly));
        assertEquals("explore.tab.traversal.needsContinuous", ExploreTabs.whyNot(View.INTERPOLATION, discreteOnly));
        assertNull(ExploreTabs.whyNot(View.CLUSTERS, discreteOnly));

        assertNull(ExploreTabs.whyNot(View.COMPLETION, of("scvae", 200)));
        for (View v : View.values()) {
            assertEquals(v == View.PLANE ? null : "explore.tab.needsModel", ExploreTabs.whyNot(v, null), v.name());
            assertNull(ExploreTabs.whyNot(View.PLANE, discreteOnly), "the plane shows every model");
        }
    }

    @Test
    void aModelOpensOnAViewThatCanShowIt() {
        assertEquals(View.COMPLETION, ExploreTabs.opening(View.GRID, of("scvae", 200)), "what an scvae is for");
        assertEquals(View.PLANE, ExploreTabs.opening(View.CLUSTERS, of("vae", 2)));
        assertEquals(View.GRID, ExploreTabs.opening(View.GRID, of("vae", 2)), "a view that can show it stays");
        assertNull(ExploreTabs.opening(null, of("vae", 2)), "Draw stays");
        assertEquals(View.CLUSTERS, ExploreTabs.opening(View.CLUSTERS, null), "nothing changes without a model");
    }

    @Test
    void theBindingFollowsTheOpenModel() {
        SimpleObjectProperty<Capabilities> open = new SimpleObjectProperty<>();
        ExploreTabs tabs = new ExploreTabs(Bindings.createObjectBinding(open::get, open));
        StringBinding clusters = tabs.whyNot(View.CLUSTERS);
        assertEquals("explore.tab.needsModel", clusters.get());
        open.set(of("joint-vae", 10));
        assertNull(clusters.get());
        for (Capabilities c : List.of(of("vae", 2), of("cvae", 2))) {
            open.set(c);
            assertEquals("explore.clusters.needsDiscrete", clusters.get());
        }
    }
}
