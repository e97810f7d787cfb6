package org.vaeexplorer.ui.explore;

import javafx.scene.input.MouseEvent;

/**
 * A second {@link LatentPlane} (the Arithmetic view's) on the shared point: it shows the encoded test set on the
 * point's two plane dimensions and its marker where the point is, and a drag or a click on a dot moves the point
 * as the main plane does, one undo step per gesture. Its dots' colours and layers are the caller's.
 */
final class PlaneFollowing {
    private final ExploreViewModel explore;
    private final LatentPlane plane;

    PlaneFollowing(ExploreViewModel explore, LatentPlane plane) {
        this.explore = explore;
        this.plane = plane;
    }

    void install() {
        LatentPointViewModel point = explore.point();
        PointHistory history = explore.history();
        plane.setOnMove(point::moveTo);
        plane.setOnPick(i -> {
            history.beginGesture();
            point.jumpToTest(i, explore.codesProperty().get());
            history.endGesture();
        });
        plane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> history.beginGesture());
        plane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> history.endGesture());
        point.codeProperty().addListener((o, was, now) -> marker());
        point.xDimProperty().addListener((o, was, now) -> axes());
        point.yDimProperty().addListener((o, was, now) -> axes());
        explore.codesProperty().addListener((o, was, now) -> axes());
        axes();
    }

    private void axes() {
        LatentPointViewModel p = explore.point();
        plane.setCodes(explore.codesProperty().get(), p.xDimProperty().get(), p.yDimProperty().get());
        marker();
    }

    private void marker() {
        LatentPointViewModel p = explore.point();
        float[] z = p.codeProperty().get();
        int x = p.xDimProperty().get();
        int y = p.yDimProperty().get();
        plane.setMarker(x >= 0 && x < z.length ? z[x] : 0, y >= 0 && y < z.length ? z[y] : 0);
    }
}
