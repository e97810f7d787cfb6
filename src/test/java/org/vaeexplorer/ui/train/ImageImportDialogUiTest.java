package org.vaeexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.data.ImageFolderImport;
import org.vaeexplorer.data.ImageFolderOptions;
import org.vaeexplorer.ui.common.FixedDialogService;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;

/** The import dialog's window: it opens on the view model, shows the preview, follows the choices and imports. */
@ExtendWith(ApplicationExtension.class)
class ImageImportDialogUiTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private final List<ImageFolderOptions> imported = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @Test
    void theDialogShowsThePreviewFollowsTheChoicesSaysAFlatFolderHasNoClassesAndImports(FxRobot robot)
            throws Exception {
        Path flat = tmp.resolve("leaves");
        Files.createDirectories(flat);
        for (int i = 0; i < 5; i++) {
            BufferedImage image = new BufferedImage(40, 29, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0xff0000);
            ImageIO.write(image, "png", flat.resolve("leaf" + i + ".png").toFile());
        }
        ImageImportViewModel model = new ImageImportViewModel(new InlineExecutor(), new FixedDialogService(),
                new ImageFolderImport(tmp.resolve("cache")), (dir, options) -> imported.add(options));
        robot.interact(() -> {
            ImageImportDialog.attach(model, () -> stage);
            model.start(flat);
        });
        WaitForAsyncUtils.waitForFxEvents();

        TilePane preview = robot.lookup("#importPreview").queryAs(TilePane.class);
        assertEquals(5, preview.getChildren().size(), "every picture of the flat folder's one class");
        Label unlabelled = robot.lookup("#importUnlabelled").queryAs(Label.class);
        assertTrue(unlabelled.isVisible());
        assertEquals(I18n.text("train.import.unlabelled"), unlabelled.getText());
        assertEquals(28, model.sideProperty().get(), "the median short side, 29, is nearest 28");
        assertTrue(model.colourProperty().get());

        robot.clickOn("#importGrey");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.colourProperty().get(), "the radio button sets the view model");
        assertEquals(1, model.preview().get(0).image().channels(), "the preview is converted again in grey");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new ImageFolderOptions(28, 1, ImageFolderOptions.Fit.CROP, 10, 0)), imported);
        assertEquals(ImageImportViewModel.Phase.CLOSED, model.phaseProperty().get());
        assertTrue(robot.lookup("#imageImportDialog").tryQuery().isEmpty()
                || !robot.lookup("#imageImportDialog").query().getScene().getWindow().isShowing(),
                "the dialog closes once the folder is imported");
    }
}
