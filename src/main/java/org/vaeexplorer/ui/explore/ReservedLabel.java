package org.vaeexplorer.ui.explore;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A label as large as the largest of the texts it may show, whichever it shows: How it works keeps every block,
 * the step line and the explanation the size they have at their largest, so stepping through moves nothing and
 * presentation mode's scale ({@link org.vaeexplorer.ui.common.ScaleToFit}) stays the same from step to step.
 */
public final class ReservedLabel extends Label {
    private List<String> reserved = List.of();

    /** Shown from the top left of the room kept: a shorter text does not float in the middle of it. */
    public ReservedLabel() {
        setAlignment(Pos.TOP_LEFT);
    }

    /** The texts to keep room for (the one shown is always counted too). */
    public void reserve(List<String> texts) {
        if (!texts.equals(reserved)) {
            reserved = List.copyOf(texts);
            requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = super.computePrefWidth(height);
        double sides = getInsets().getLeft() + getInsets().getRight();
        for (String t : reserved) {
            width = Math.max(width, measure(t, 0).getLayoutBounds().getWidth() + sides);
        }
        return width;
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = super.computePrefHeight(width);
        double sides = getInsets().getLeft() + getInsets().getRight();
        double ends = getInsets().getTop() + getInsets().getBottom();
        for (String t : reserved) {
            double wrap = isWrapText() && width > sides ? width - sides : 0;
            height = Math.max(height, measure(t, wrap).getLayoutBounds().getHeight() + ends);
        }
        return height;
    }

    private Text measure(String text, double wrappingWidth) {
        Text probe = new Text(text);
        probe.setFont(getFont());
        probe.setLineSpacing(getLineSpacing());
        probe.setWrappingWidth(wrappingWidth);
        return probe;
    }
}
