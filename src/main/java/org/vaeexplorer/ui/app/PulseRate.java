package org.vaeexplorer.ui.app;

/**
 * The rate of JavaFX's pulses (the frames in which it lays out and hands a frame to the renderer), raised from
 * JavaFX's 60 Hz to {@value #HERTZ} Hz before the toolkit starts. A decoded image that arrives between two pulses
 * waits for the next one, so at 60 Hz the time from a mouse move to its pixels includes a wait spread evenly over
 * 0-16.7 ms: the drag's 99th percentile could not get under issue 35's 16 ms however fast the decode was. At
 * {@value #HERTZ} Hz the wait is at most 8.3 ms. Pulses run only while something changes (a drag, a running chart),
 * and a drag frame now repaints only the marker, the sliders, the readout and the decoded picture
 * ({@code PlaneMarker}), so the extra frames are cheap even in the software renderer. A rate the user set
 * ({@code -Djavafx.animation.pulse=N}) is left alone.
 */
final class PulseRate {
    static final String PROPERTY = "javafx.animation.pulse";
    static final int HERTZ = 120;

    private PulseRate() {
    }

    /** Sets the pulse rate unless one was given; call before the toolkit starts, which reads it once. */
    static void applyDefault() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(HERTZ));
        }
    }
}
