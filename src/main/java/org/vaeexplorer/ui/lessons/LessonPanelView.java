package org.vaeexplorer.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson side panel (title, introduction, numbered steps with their buttons, close) and the Lessons menu it
 * fills. Every text is set by {@link #refreshTexts}, which a language switch calls again.
 */
public final class LessonPanelView {
    private final LessonsViewModel viewModel;
    private final List<MenuItem> lessonItems = new ArrayList<>();
    private final java.util.Map<Lesson.Step, Label> describedTexts = new java.util.HashMap<>();
    private CheckMenuItem showPanelItem;
    @FXML private VBox panel;
    @FXML private Label kicker;
    @FXML private Label title;
    @FXML private VBox body;
    @FXML private Label notice;
    @FXML private Button closeButton;
    @FXML private Button againButton;

    public LessonPanelView(LessonsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(viewModel.panelShownProperty().and(viewModel.currentProperty().isNotNull()));
        panel.managedProperty().bind(panel.visibleProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        viewModel.currentProperty().addListener((o, was, now) -> refreshTexts());
        viewModel.noticeProperty().addListener((o, was, now) -> refreshTexts());
        // Only the texts that describe the open model change: rebuilding the panel would move its buttons and
        // scroll position under the teacher's mouse each time a model opens or its test images are encoded.
        viewModel.exploredModelProperty().addListener((o, was, now) -> describedTexts.forEach(
                (step, label) -> label.setText(viewModel.stepText(step))));
        refreshTexts();
    }

    /** Fills the main window's Lessons menu: one item per lesson, then "Show the lesson panel". */
    public void fillMenu(Menu menu) {
        for (Lesson lesson : viewModel.lessons()) {
            MenuItem item = new MenuItem();
            item.setId("lessonItem" + lesson.number());
            item.setUserData(lesson);
            item.setOnAction(e -> viewModel.choose(lesson));
            lessonItems.add(item);
            menu.getItems().add(item);
        }
        showPanelItem = new CheckMenuItem();
        showPanelItem.setId("lessonsShowPanel");
        showPanelItem.selectedProperty().bindBidirectional(viewModel.panelShownProperty());
        showPanelItem.disableProperty().bind(viewModel.currentProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), showPanelItem);
        refreshTexts();
    }

    /** Sets every text of the panel and the menu in the current locale (the lessons' own and the bundle's). */
    public void refreshTexts() {
        for (MenuItem item : lessonItems) {
            Lesson lesson = (Lesson) item.getUserData();
            item.setText(LessonTexts.text("lessons.menu.item", Integer.toString(lesson.number()), lesson.title()));
        }
        if (showPanelItem != null) {
            showPanelItem.setText(LessonTexts.text("lessons.menu.showPanel"));
        }
        closeButton.setText(LessonTexts.text("lessons.panel.close"));
        closeButton.setTooltip(new Tooltip(LessonTexts.text("lessons.panel.close.tooltip")));
        againButton.setText(LessonTexts.text("lessons.panel.again"));
        againButton.setTooltip(new Tooltip(LessonTexts.text("lessons.panel.again.tooltip")));
        LessonsViewModel.Notice n = viewModel.noticeProperty().get();
        notice.setText(n == null ? "" : n.text());
        Lesson lesson = viewModel.currentProperty().get();
        body.getChildren().clear();
        describedTexts.clear();
        if (lesson == null) {
            kicker.setText("");
            title.setText("");
            return;
        }
        kicker.setText(lesson.isOwn() ? LessonTexts.text("lessons.panel.kicker.session")
                : LessonTexts.text("lessons.panel.kicker", Integer.toString(lesson.number()),
                        Integer.toString(viewModel.lessons().size())));
        title.setText(lesson.title());
        if (!lesson.intro().isBlank()) {
            Label intro = wrapping(lesson.intro(), "lesson-intro");
            intro.setId("lessonIntro");
            body.getChildren().add(intro);
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            body.getChildren().add(step(i + 1, lesson.steps().get(i)));
        }
    }

    private HBox step(int number, Lesson.Step step) {
        Label badge = new Label(Integer.toString(number));
        badge.getStyleClass().add("lesson-step-number");
        Label paragraph = wrapping(viewModel.stepText(step), "lesson-step-text");
        if (step.describe() != null) {
            describedTexts.put(step, paragraph);
        }
        VBox text = new VBox(6, paragraph);
        text.setMinWidth(0);
        if (step.hasAction()) {
            Button doIt = new Button(step.buttonText());
            doIt.setId("lessonStep" + number + "Button");
            doIt.setOnAction(e -> viewModel.doStep(step));
            doIt.setWrapText(true);
            doIt.setMinHeight(Region.USE_PREF_SIZE);
            text.getChildren().add(doIt);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(badge, text);
        row.getStyleClass().add("lesson-step");
        row.setAlignment(Pos.TOP_LEFT);
        row.setId("lessonStep" + number);
        return row;
    }

    /** A label that wraps to the panel's width and is never cut short with an ellipsis. */
    private static Label wrapping(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }

    @FXML
    private void close() {
        viewModel.closePanel();
    }

    @FXML
    private void setUpAgain() {
        Lesson lesson = viewModel.currentProperty().get();
        if (lesson != null) {
            viewModel.choose(lesson);
        }
    }
}
