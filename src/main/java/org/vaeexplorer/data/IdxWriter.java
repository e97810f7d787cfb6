package org.vaeexplorer.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a split in the gzipped IDX format {@link IdxReader} reads (and any MNIST reader does), so another program,
 * such as the benchmark's reference implementation, can train on exactly the images a run used.
 */
public final class IdxWriter {
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    private IdxWriter() {
    }

    /** Writes {@code <prefix>-images-idx3-ubyte.gz} and {@code <prefix>-labels-idx1-ubyte.gz} into {@code dir}. */
    public static void write(ImageDataset data, Path dir, String prefix) throws IOException {
        try (DataOutputStream out = gzip(dir.resolve(prefix + "-images-idx3-ubyte.gz"))) {
            out.writeInt(IMAGES_MAGIC);
            out.writeInt(data.size());
            out.writeInt(data.rows());
            out.writeInt(data.cols());
            byte[] image = new byte[data.pixelsPerImage()];
            float[] grey = new float[data.pixelsPerImage()];
            for (int i = 0; i < data.size(); i++) {
                data.copyImage(i, PixelScaling.GREY, grey, 0);
                for (int p = 0; p < grey.length; p++) {
                    // GREY is v / 255f, so rounding back gives the stored byte exactly.
                    image[p] = (byte) Math.round(grey[p] * 255f);
                }
                out.write(image);
            }
        }
        try (DataOutputStream out = gzip(dir.resolve(prefix + "-labels-idx1-ubyte.gz"))) {
            out.writeInt(LABELS_MAGIC);
            out.writeInt(data.size());
            for (int i = 0; i < data.size(); i++) {
                out.writeByte(data.label(i));
            }
        }
    }

    private static DataOutputStream gzip(Path file) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        try {
            return new DataOutputStream(new GZIPOutputStream(raw, 1 << 16));
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
