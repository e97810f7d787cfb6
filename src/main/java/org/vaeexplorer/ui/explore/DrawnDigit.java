package org.vaeexplorer.ui.explore;

import org.vaeexplorer.explore.DigitCompleter;
import org.vaeexplorer.explore.DrawnPosterior;
import org.vaeexplorer.explore.ImageTiles;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * The Draw tab's result for one state of the pad: the model input made from the drawing and what the open model makes
 * of it (null while the pad is empty): its posterior, or for a structured-output CVAE its completions of the drawn
 * part; numbered in the order it was asked for.
 */
public record DrawnDigit(GreyImage input, DrawnPosterior posterior, DigitCompleter.Completion completion,
                         long request) {
    public DrawnDigit(GreyImage input, DrawnPosterior posterior, long request) {
        this(input, posterior, null, request);
    }

    public boolean isEmpty() {
        return posterior == null && completion == null;
    }

    /** The reconstruction, or for a structured-output CVAE the baseline's single guess. */
    public GreyImage reconstruction() {
        return new GreyImage(input.rows(), input.cols(),
                completion != null ? completion.baselineGuess() : posterior.reconstruction());
    }

    /** A structured-output CVAE's completions of the drawn part, {@code columns} to a row. */
    public GreyImage completions(int columns) {
        return tiles(completion.samples(), columns);
    }

    /** The decoded samples of q(z|x), {@code columns} to a row. */
    public GreyImage samples(int columns) {
        return tiles(posterior.samples(), columns);
    }

    /** A CVAE's reconstructions under every label, {@code columns} to a row; null for other models. */
    public GreyImage perLabel(int columns) {
        return posterior.perLabel().length == 0 ? null : tiles(posterior.perLabel(), columns);
    }

    private GreyImage tiles(float[] images, int columns) {
        int size = input.rows() * input.cols();
        ImageTiles t = ImageTiles.of(images, images.length / size, columns, input.rows(), input.cols());
        return new GreyImage(t.rows(), t.cols(), t.pixels());
    }
}
