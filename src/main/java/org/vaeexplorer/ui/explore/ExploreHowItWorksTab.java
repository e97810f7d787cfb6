package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.ui.common.GreyImage;
import org.vaeexplorer.ui.common.I18n;

/**
 * The How it works tab (issue 33): the open model's blocks as cards joined by arrows, the current image's numbers in
 * each, the explanation of the block clicked (or of the current step), and the step-through controls. It binds to
 * {@link HowItWorksViewModel}; ← and → step while the tab has the keyboard, R (a window shortcut) draws a new
 * epsilon.
 */
public final class ExploreHowItWorksTab {
    private final HowItWorksViewModel viewModel;
    private final ExploreViewModel explore;
    private final List<HowItWorksCard> cards = new ArrayList<>();
    @FXML private VBox howRoot;
    @FXML private ToggleButton stepThrough;
    @FXML private Button previousStep;
    @FXML private Button nextStep;
    @FXML private ReservedLabel stepLabel;
    @FXML private Label caption;
    @FXML private FlowPane blocks;
    @FXML private javafx.scene.layout.HBox elboRow;
    @FXML private ReservedLabel explanationTitle;
    @FXML private ReservedLabel explanation;

    public ExploreHowItWorksTab(HowItWorksViewModel viewModel, ExploreViewModel explore) {
        this.viewModel = viewModel;
        this.explore = explore;
    }

    @FXML
    private void initialize() {
        HowItWorksSteps steps = viewModel.steps();
        stepThrough.selectedProperty().bindBidirectional(steps.steppingProperty());
        previousStep.disableProperty().bind(steps.steppingProperty().not().or(steps.stepProperty().isEqualTo(0)));
        steps.blocksProperty().addListener((o, was, now) -> buildCards(now));
        steps.steppingProperty().addListener((o, was, now) -> showFlow());
        steps.stepProperty().addListener((o, was, now) -> showFlow());
        steps.selectedProperty().addListener((o, was, now) -> showExplanation(now));
        viewModel.flowProperty().addListener((o, was, now) -> showFlow());
        howRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT) {
                steps.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                steps.previous();
                e.consume();
            }
        });
        howRoot.setOnMouseClicked(e -> howRoot.requestFocus());
        howRoot.sceneProperty().addListener((o, was, now) -> followTheTab());
        buildCards(steps.blocksProperty().get());
        showExplanation(steps.selectedProperty().get());
        followTheTab();
    }

    /**
     * The view model computes only while this tab is selected: its tab is found once the view is in the page (the
     * page builds each tab's content when it is first selected, so the tab is selected then).
     */
    private void followTheTab() {
        for (Node n = howRoot.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane pane) {
                for (Tab tab : pane.getTabs()) {
                    if (tab.getContent() != null && isInside(howRoot, tab.getContent())) {
                        viewModel.activeProperty().bind(tab.selectedProperty());
                        return;
                    }
                }
            }
        }
        // Not (yet) in a tab: shown on its own (a test's stage), so it computes.
        if (!viewModel.activeProperty().isBound()) {
            viewModel.activeProperty().set(howRoot.getScene() != null);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void buildCards(List<NetworkBlock> list) {
        cards.clear();
        blocks.getChildren().clear();
        elboRow.getChildren().removeIf(n -> n instanceof HowItWorksCard);
        for (NetworkBlock b : list) {
            addCard(new HowItWorksCard(HowItWorksSteps.id(b), HowItWorksTexts.title(HowItWorksSteps.id(b)),
                    b.layers()));
        }
        reserveTexts();
        if (!list.isEmpty()) {
            HowItWorksCard elbo = new HowItWorksCard(HowItWorksSteps.ELBO,
                    HowItWorksTexts.title(HowItWorksSteps.ELBO), List.of());
            elbo.setOnMouseClicked(e -> viewModel.steps().select(HowItWorksSteps.ELBO));
            cards.add(elbo);
            elboRow.getChildren().add(0, elbo);
        }
        showFlow();
    }

    /** Room for the longest step line, title and explanation of this model's blocks, so stepping moves nothing. */
    private void reserveTexts() {
        HowItWorksSteps steps = viewModel.steps();
        List<String> ids = steps.ids();
        List<String> lines = new ArrayList<>(List.of(I18n.text("explore.how.clickHint")));
        List<String> titles = new ArrayList<>(List.of(I18n.text("explore.how.explainTitle")));
        List<String> texts = new ArrayList<>(List.of(I18n.text("explore.how.explainNone")));
        for (int i = 0; i < ids.size(); i++) {
            lines.add(HowItWorksTexts.step(i, ids.size(), ids.get(i)));
            titles.add(HowItWorksTexts.title(ids.get(i)));
            texts.add(HowItWorksTexts.explanation(ids.get(i)));
        }
        stepLabel.reserve(lines);
        explanationTitle.reserve(titles);
        explanation.reserve(texts);
    }

    private void addCard(HowItWorksCard card) {
        if (!cards.isEmpty()) {
            Label arrow = new Label("→");
            arrow.getStyleClass().add("how-arrow");
            blocks.getChildren().add(arrow);
        }
        card.setOnMouseClicked(e -> viewModel.steps().select(card.blockId()));
        cards.add(card);
        blocks.getChildren().add(card);
    }

    /** Sets every card's numbers for the latest pass; a card not yet reached in step-through shows only its frame. */
    private void showFlow() {
        HowItWorksViewModel.Flow f = viewModel.flowProperty().get();
        HowItWorksSteps steps = viewModel.steps();
        List<NetworkBlock> list = steps.blocksProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        boolean priorNet = list.stream().anyMatch(b -> b.role() == NetworkBlock.Role.PRIOR);
        for (int i = 0; i < cards.size(); i++) {
            HowItWorksCard card = cards.get(i);
            List<String> lines = List.of();
            GreyImage picture = null;
            if (f != null && s != null) {
                ForwardPass p = f.pass();
                if (i < list.size()) {
                    lines = HowItWorksTexts.numbers(list.get(i), p, s.classNames());
                    NetworkBlock.Role role = list.get(i).role();
                    picture = role == NetworkBlock.Role.INPUT ? f.input()
                            : role == NetworkBlock.Role.OUTPUT ? f.reconstruction() : null;
                } else {
                    lines = HowItWorksTexts.elbo(p, s.spec().capabilities(), priorNet);
                }
            }
            card.show(lines, picture, steps.revealed(i));
            card.setSelected(card.blockId().equals(steps.selectedProperty().get()));
        }
        caption.setText(f == null ? (s == null ? "" : I18n.text("explore.how.waiting"))
                : I18n.text("explore.how.caption", HowItWorksTexts.source(f)));
        stepLabel.setText(steps.steppingProperty().get() && !cards.isEmpty()
                ? HowItWorksTexts.step(steps.stepProperty().get(), steps.count(),
                        steps.ids().get(Math.min(steps.stepProperty().get(), steps.count() - 1)))
                : I18n.text("explore.how.clickHint"));
        nextStep.setDisable(steps.steppingProperty().get() && steps.stepProperty().get() >= steps.count() - 1);
    }

    private void showExplanation(String id) {
        for (HowItWorksCard c : cards) {
            c.setSelected(c.blockId().equals(id));
        }
        explanationTitle.setText(id == null ? I18n.text("explore.how.explainTitle")
                : HowItWorksTexts.title(id));
        explanation.setText(id == null ? I18n.text("explore.how.explainNone") : HowItWorksTexts.explanation(id));
    }

    @FXML
    private void previous() {
        viewModel.steps().previous();
    }

    @FXML
    private void next() {
        viewModel.steps().next();
    }

    @FXML
    private void newEpsilon() {
        viewModel.redrawEpsilon();
    }

    /** The cards (for tests). */
    List<HowItWorksCard> cards() {
        return cards;
    }
}
