package org.vaeexplorer.ui.common;

/**
 * The style class presentation mode puts on the scene's root (the app's PresentationMode sets it): a page that
 * arranges itself differently in front of a class watches for it, without knowing the app's window.
 */
public final class PresentationStyle {
    /** On the scene's root while presenting; app.css has its own rules under it. */
    public static final String STYLE_CLASS = "presentation";

    private PresentationStyle() {
    }
}
