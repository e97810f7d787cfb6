package org.vaeexplorer.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.train.RunState;
import org.vaeexplorer.ui.train.TrainingRunViewModel;

/** Closing the window while training asks whether to stop and save; nothing the user trained is lost. */
final class CloseGuard {
    private final AppContext context;

    CloseGuard(AppContext context) {
        this.context = context;
    }

    void confirm(WindowEvent event, Stage stage) {
        TrainingRunViewModel run = context.train().run();
        if (!run.isActive()) {
            return;
        }
        event.consume();
        ButtonType stop = new ButtonType(I18n.text("app.close.stop"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(I18n.text("app.close.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                I18n.text("app.close.question"),
                stop, keep);
        alert.setHeaderText(I18n.text("app.close.title"));
        alert.initOwner(stage);
        if (alert.showAndWait().orElse(keep) == stop) {
            run.cancel();
            run.stateProperty().addListener((o, was, now) -> {
                if (now == RunState.IDLE) {
                    stage.close();
                }
            });
        }
    }
}
