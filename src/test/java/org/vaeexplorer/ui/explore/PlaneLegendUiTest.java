package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.InlineExecutor;
import org.vaeexplorer.ui.common.StatusModel;

/** The plane's PNG export names what the colours mean: the classes, or the factor the dots are coloured by. */
@ExtendWith(ApplicationExtension.class)
class PlaneLegendUiTest {
    @TempDir
    Path dir;
    private ExploreViewModel vm;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    @Test
    void theExportsLegendFollowsTheColouring(FxRobot robot) throws Exception {
        vm = new ExploreViewModel(new InlineExecutor(), Runnable::run, new StatusModel(), new DatasetCache(),
                new RecentFiles(dir.resolve("recent.txt")));
        vm.open(SpritesCheckpoint.tiny(dir));
        ExploreViewModelTest.await(() -> vm.factors().informationProperty().get() != null);
        PlaneColouring.Legend[] legend = new PlaneColouring.Legend[2];
        robot.interact(() -> legend[0] = PlaneColouring.legendOf(vm));
        assertEquals(vm.sessionProperty().get().classNames(), legend[0].names());
        assertEquals(ClassColors.of(1), legend[0].colours().get(1));

        robot.interact(() -> {
            vm.factors().colourByProperty().set(1);
            legend[1] = PlaneColouring.legendOf(vm);
        });
        String scale = I18n.text("factor.scale");
        assertEquals(List.of(I18n.text("explore.plane.factorValue", scale, 1, 6),
                I18n.text("explore.plane.factorValue", scale, 3, 6),
                I18n.text("explore.plane.factorValue", scale, 6, 6)), legend[1].names());
        Color last = PlaneColouring.colour(new FactorsViewModel.DotColour(5, 6, true));
        assertEquals(last, legend[1].colours().get(2), "the largest scale in the ramp's last colour");
    }
}
