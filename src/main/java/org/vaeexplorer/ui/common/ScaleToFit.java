package org.vaeexplorer.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a view that in presentation mode is drawn smaller, as little as it must, to be seen whole: laid out wider by
 * 1/s (so its cards reflow into fewer rows) and scaled by s, the largest s with s * height(width / s) at most the
 * space given, in hundredths. Presentation type is 1.5 times the type outside it (the app's {@code
 * PresentationViewModel}), so s stops at {@value #SMALLEST}: the type stays at least 90% of its size outside
 * presentation mode at the same zoom (the structured-output CVAE's ten blocks need 0.6 at 1280x720); past that the
 * view keeps its height and its scroll pane scrolls (its minimum height says so). Outside presentation mode s is 1
 * and the view scrolls down as any long view.
 */
public final class ScaleToFit extends Region {
    /** Presentation type (1.5 times) down to 90% of its size outside presentation mode. */
    public static final double SMALLEST = 0.9 / 1.5;
    /** Halvings of the scale's interval: a thousandth of a third. */
    private static final int STEPS = 10;
    private final Region view;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ListChangeListener<String> styleChanged = c -> requestLayout();
    private final WeakListChangeListener<String> weakStyleChanged = new WeakListChangeListener<>(styleChanged);
    private Parent watchedRoot;

    public ScaleToFit(Region view) {
        this.view = view;
        view.getTransforms().add(scale);
        getChildren().add(view);
        sceneProperty().addListener((o, was, now) -> watch(now));
    }

    /** The scale the view is drawn at (1: its own size). */
    public double scale() {
        return scale.getX();
    }

    /** Presentation mode comes and goes with a style class on the scene's root: each change may change the scale. */
    private void watch(Scene scene) {
        if (watchedRoot != null) {
            watchedRoot.getStyleClass().removeListener(weakStyleChanged);
        }
        watchedRoot = scene == null ? null : scene.getRoot();
        if (watchedRoot != null) {
            watchedRoot.getStyleClass().addListener(weakStyleChanged);
        }
        requestLayout();
    }

    private double smallest() {
        Scene scene = getScene();
        return scene != null && scene.getRoot() != null
                && scene.getRoot().getStyleClass().contains(PresentationStyle.STYLE_CLASS) ? SMALLEST : 1;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return view.minWidth(-1) * smallest() + horizontal();
    }

    @Override
    protected double computePrefWidth(double height) {
        return view.prefWidth(-1) + horizontal();
    }

    /** The height at the smallest scale allowed: a scroll pane that fits its content to its height scrolls past it. */
    @Override
    protected double computeMinHeight(double width) {
        return heightAt(inner(width), smallest()) + vertical();
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightAt(inner(width), 1) + vertical();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - horizontal();
        double h = getHeight() - vertical();
        double s = scaleFor(w, h);
        scale.setX(s);
        scale.setY(s);
        view.resizeRelocate(in.getLeft(), in.getTop(), w / s, Math.max(h / s, view.prefHeight(w / s)));
    }

    /** The largest scale from {@link #smallest()} to 1 at which the view's height fits {@code h}, or the smallest. */
    private double scaleFor(double w, double h) {
        double low = smallest();
        if (low >= 1 || heightAt(w, 1) <= h) {
            return 1;
        }
        if (heightAt(w, low) > h) {
            return low;
        }
        double high = 1; // low fits, high does not
        for (int i = 0; i < STEPS; i++) {
            double mid = (low + high) / 2;
            if (heightAt(w, mid) <= h) {
                low = mid;
            } else {
                high = mid;
            }
        }
        // In hundredths: the numbers change as the point is dragged, and a scale that followed each by a thousandth
        // would make the type shimmer.
        return Math.max(smallest(), Math.floor(low * 100) / 100);
    }

    /** The height the view takes, drawn at scale {@code s} in width {@code w}: laid out at w / s, then scaled. */
    private double heightAt(double w, double s) {
        return s * view.prefHeight(w / s);
    }

    private double inner(double width) {
        return (width < 0 ? view.prefWidth(-1) : width - horizontal());
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private double vertical() {
        return getInsets().getTop() + getInsets().getBottom();
    }
}
