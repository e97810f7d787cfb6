package org.vaeexplorer.ui.train;

import javafx.scene.control.Label;

/** Small binding helpers shared by the Train page's panels. */
final class Labels {
    private Labels() {
    }

    /** An error or hint label takes no room while it has nothing to say. */
    static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
