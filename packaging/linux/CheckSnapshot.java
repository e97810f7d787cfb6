import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Checks a window snapshot for the packaging smoke test:
 * {@code java CheckSnapshot.java FILE.png MIN_WxH MAX_WxH}. Exits 0 when the PNG reads, its size lies between the
 * bounds (a window, not a thumbnail, and not larger than the screen), and it is not blank: at least
 * {@link #MIN_COLOURS} distinct colours and no single colour covering more than {@link #MAX_DOMINANT_SHARE} of it
 * (a window that failed to render is one flat colour; a rendered page has text, charts and a decoded image).
 * Prints {@code key=value} lines and a reason on failure (exit 1).
 */
public final class CheckSnapshot {
    static final int MIN_COLOURS = 64;
    static final double MAX_DOMINANT_SHARE = 0.9;

    private CheckSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java CheckSnapshot.java FILE.png MIN_WxH MAX_WxH");
            System.exit(2);
        }
        File file = new File(args[0]);
        BufferedImage image = file.isFile() ? ImageIO.read(file) : null;
        if (image == null) {
            fail("no readable PNG at " + file);
        }
        int[] min = size(args[1]);
        int[] max = size(args[2]);
        int w = image.getWidth();
        int h = image.getHeight();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int dominant = counts.values().stream().max(Integer::compare).orElse(0);
        double share = dominant / (double) (w * h);
        System.out.printf("snapshot_width=%d%nsnapshot_height=%d%nsnapshot_colours=%d%nsnapshot_dominant_share=%.3f%n",
                w, h, counts.size(), share);
        if (w < min[0] || h < min[1] || w > max[0] || h > max[1]) {
            fail(w + "x" + h + " is outside " + args[1] + " .. " + args[2]);
        }
        if (counts.size() < MIN_COLOURS || share > MAX_DOMINANT_SHARE) {
            fail("the snapshot looks blank (" + counts.size() + " colours, one covers " + Math.round(share * 100)
                    + "%)");
        }
        System.out.println("snapshot_check=ok");
    }

    private static int[] size(String text) {
        String[] parts = text.split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static void fail(String reason) {
        System.out.println("snapshot_check=failed");
        System.err.println("CheckSnapshot: " + reason);
        System.exit(1);
    }
}
