package org.vaeexplorer.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * One decoded picture made into a dataset image: fitted to a square (centre crop or pad), scaled to the side, its
 * transparency composited on white, and laid out as the dataset's bytes (grey, or colour planes R, G, B: CHW).
 *
 * <p>Why white under transparency: a picture with transparent parts (an icon, a logo, a cut-out toy, a drawing
 * exported from a tablet) was made to be seen on a white page; on black, its dark strokes and outlines would vanish
 * into the background. Padding uses the same white, so a padded picture and its transparent corners agree.
 *
 * <p>Scaling down halves the picture with bilinear filtering until it is less than twice the target, then scales
 * once more: one bilinear step from far larger would sample a few source pixels and alias; halving averages them.
 * Grey is Rec. 601 luma (0.299 R + 0.587 G + 0.114 B), as JPEG and most image programs convert.
 */
final class PictureFitting {
    private PictureFitting() {
    }

    /** {@code side x side x channels} bytes, channel-planar. */
    static byte[] fit(BufferedImage picture, int side, int channels, ImageFolderOptions.Fit fit) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        BufferedImage region = picture;
        int dx = 0;
        int dy = 0;
        int dw = side;
        int dh = side;
        if (fit == ImageFolderOptions.Fit.CROP) {
            int s = Math.min(w, h);
            region = picture.getSubimage((w - s) / 2, (h - s) / 2, s, s);
        } else {
            double scale = side / (double) Math.max(w, h);
            dw = Math.max(1, (int) Math.round(w * scale));
            dh = Math.max(1, (int) Math.round(h * scale));
            dx = (side - dw) / 2;
            dy = (side - dh) / 2;
        }
        region = halveWhileLarge(region, dw, dh);
        BufferedImage canvas = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, side, side);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(region, dx, dy, dw, dh, null);
        } finally {
            g.dispose();
        }
        return bytes(canvas.getRGB(0, 0, side, side, null, 0, side), side * side, channels);
    }

    private static BufferedImage halveWhileLarge(BufferedImage image, int targetW, int targetH) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * targetW && current.getHeight() >= 2 * targetH) {
            int w = current.getWidth() / 2;
            int h = current.getHeight() / 2;
            // Premultiplied, so transparent pixels' hidden colours do not bleed into their visible neighbours.
            BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = half.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = half;
        }
        return current;
    }

    private static byte[] bytes(int[] rgb, int plane, int channels) {
        byte[] out = new byte[plane * channels];
        for (int p = 0; p < plane; p++) {
            int r = rgb[p] >> 16 & 0xFF;
            int g = rgb[p] >> 8 & 0xFF;
            int b = rgb[p] & 0xFF;
            if (channels == 1) {
                out[p] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
            } else {
                out[p] = (byte) r;
                out[plane + p] = (byte) g;
                out[2 * plane + p] = (byte) b;
            }
        }
        return out;
    }
}
