import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Writes the application icon at the sizes freedesktop icon themes look up (hicolor/NxN/apps), using only the
 * JDK so that a fresh build machine needs no ImageMagick. Run as a single-file program:
 * {@code java IconSizes.java SOURCE.png OUT_DIR 16 24 32 48 64 128 256}; writes OUT_DIR/NxN/apps/vae-explorer.png.
 *
 * <p>Downscaling halves the image step by step with bilinear filtering before the last step; a single bilinear
 * step from 256 to 16 samples only 4 of every 256 pixels and aliases thin strokes.
 */
public final class IconSizes {
    private IconSizes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java IconSizes.java SOURCE.png OUT_DIR SIZE...");
            System.exit(2);
        }
        BufferedImage source = ImageIO.read(new File(args[0]));
        if (source == null) {
            System.err.println("IconSizes: not a readable image: " + args[0]);
            System.exit(1);
        }
        for (int i = 2; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            File dir = new File(args[1], size + "x" + size + "/apps");
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IOException("cannot create " + dir);
            }
            ImageIO.write(scaled(source, size), "png", new File(dir, "vae-explorer.png"));
        }
    }

    static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage current = toArgb(source);
        while (current.getWidth() / 2 >= size) {
            current = resize(current, current.getWidth() / 2);
        }
        return current.getWidth() == size ? current : resize(current, size);
    }

    private static BufferedImage toArgb(BufferedImage image) {
        return resize(image, image.getWidth());
    }

    private static BufferedImage resize(BufferedImage image, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, size, size, null);
        g.dispose();
        return out;
    }
}
