package org.vaeexplorer.run.samples;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.platform.AtomicFiles;

/**
 * The per-epoch sample grids as an animated GIF, as in the TensorFlow CVAE tutorial's training animation: one
 * frame per epoch, captioned with its epoch, looping, the last frame held longer so the result can be read.
 */
public final class TrainingAnimation {
    private static final int SCALE = 2;
    private static final int CAPTION_HEIGHT = 18;
    private static final int LAST_FRAME_HOLD_MS = 2000;

    private TrainingAnimation() {
    }

    /** Writes {@code frames} to {@code file} (atomically, so a failed write leaves no half GIF behind). */
    public static void writeGif(List<SampleGrids.EpochFrame> frames, Path file, int frameMillis) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("there are no epoch frames to animate yet");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> {
            AnimatedGifEncoder gif = new AnimatedGifEncoder();
            if (!gif.start(out)) {
                throw new IOException("could not start the GIF stream");
            }
            gif.setRepeat(0);
            for (int i = 0; i < frames.size(); i++) {
                gif.setDelay(i == frames.size() - 1 ? LAST_FRAME_HOLD_MS : frameMillis);
                if (!gif.addFrame(render(frames.get(i)))) {
                    throw new IOException("could not write frame " + (i + 1));
                }
            }
            if (!gif.finish()) {
                throw new IOException("could not finish the GIF");
            }
        });
    }

    static BufferedImage render(SampleGrids.EpochFrame frame) {
        SampleGrids.Grids g = frame.grids();
        BufferedImage grid = GreyPng.grid(g.composite(), 1, g.compositeRows(), g.compositeCols(), g.channels(), 1,
                SCALE);
        BufferedImage rgb = new BufferedImage(grid.getWidth(), grid.getHeight() + CAPTION_HEIGHT,
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D gfx = rgb.createGraphics();
        try {
            gfx.setColor(Color.WHITE);
            gfx.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            gfx.drawImage(grid, 0, CAPTION_HEIGHT, null);
            gfx.setColor(Color.DARK_GRAY);
            gfx.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gfx.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            gfx.drawString(frame.epoch() == 0 ? "before training" : "epoch " + frame.epoch(), 4, CAPTION_HEIGHT - 5);
        } finally {
            gfx.dispose();
        }
        return rgb;
    }
}
