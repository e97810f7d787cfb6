package org.vaeexplorer.ui.app;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** {@link GanChartsUiTest} in English: writes target/snapshots/train-gan-en.png. */
class GanChartsEnglishUiTest extends GanChartsUiTest {
    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    /** TestFX looks for the start method on the test class itself. */
    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }
}
