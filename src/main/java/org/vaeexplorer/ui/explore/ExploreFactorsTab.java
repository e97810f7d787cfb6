package org.vaeexplorer.ui.explore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.vaeexplorer.explore.FactorCodes;
import org.vaeexplorer.ui.common.I18n;

/**
 * The Factors tab (issue 32): the latents x factors mutual-information heat map of a model whose dataset has known
 * factors, or why there is none. A tab of its own rather than a section of Clusters: Clusters shows only models with
 * discrete latents, while every model of a sprites dataset has this map.
 */
public final class ExploreFactorsTab {
    private final ExploreViewModel viewModel;
    @FXML private Label factorsTitle;
    @FXML private Label factorsCaption;
    @FXML private GridPane heatMap;

    public ExploreFactorsTab(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.factors().informationProperty().addListener((o, was, now) -> show(now));
        viewModel.sessionProperty().addListener((o, was, now) -> show(viewModel.factors().informationProperty().get()));
        show(viewModel.factors().informationProperty().get());
    }

    private void show(FactorCodes f) {
        ExploreSession s = viewModel.sessionProperty().get();
        FactorsViewModel factors = viewModel.factors();
        factorsCaption.setVisible(f != null);
        heatMap.getChildren().clear();
        if (s == null) {
            factorsTitle.setText("");
        } else if (!factors.hasFactors()) {
            factorsTitle.setText(I18n.text("explore.factors.none", s.manifest() == null ? s.title()
                    : s.manifest().dataset().name()));
        } else if (f == null) {
            factorsTitle.setText(I18n.text("explore.factors.waiting"));
        } else {
            factorsTitle.setText(I18n.text("explore.factors.title", f.count()));
            FactorHeatMap.fill(heatMap, f, factors.factorNames());
        }
    }

    /** The heat map (for tests). */
    GridPane heatMap() {
        return heatMap;
    }
}
