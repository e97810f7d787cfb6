package org.vaeexplorer.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads one picture with the JDK's ImageIO. Why ImageIO and not a library: it reads all four formats a teacher's
 * folder holds (PNG, JPEG, BMP, GIF), it is in the JDK the app already ships (the {@code java.desktop} module, used
 * for PNG export), so it adds no dependency, no download and no licence question. Only those four are accepted,
 * although ImageIO also reads TIFF and WBMP, so that what the app promises is what it tests.
 *
 * <p>A file that cannot be used throws {@link Skip} with its reason: unreadable, zero bytes, not one of the four
 * formats, or truncated/damaged. A truncated PNG makes ImageIO throw; a truncated JPEG is decoded with its missing
 * part grey and only a warning ("Premature end of JPEG file"), so any warning of the reader counts as damage.
 */
final class PictureReader {
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "bmp", "gif");

    /** What a picture's header says: its size and whether it is stored in colour. */
    record Header(int width, int height, boolean colour) {
    }

    /** A file left out, with its reason and what the reader said. */
    static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;
        final SkipReason reason;
        final String detail;

        Skip(SkipReason reason, String detail) {
            super(reason.english() + (detail.isEmpty() ? "" : ": " + detail));
            this.reason = reason;
            this.detail = detail;
        }
    }

    private PictureReader() {
    }

    /** The file's bytes (one original at a time is held; the caller digests and decodes them). */
    static byte[] bytes(Path file) throws Skip {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new Skip(SkipReason.UNREADABLE, String.valueOf(e.getMessage()));
        }
        if (bytes.length == 0) {
            throw new Skip(SkipReason.ZERO_BYTE, "");
        }
        return bytes;
    }

    /**
     * The header alone, read without decoding the pixels. "Colour" is how the file stores its pixels (more than
     * one colour component, or a palette with a non-grey entry), not whether some pixel happens to be non-grey: that
     * would mean decoding every picture before the defaults are known.
     */
    static Header header(Path file) throws Skip {
        try {
            if (Files.size(file) == 0) {
                throw new Skip(SkipReason.ZERO_BYTE, "");
            }
        } catch (IOException | SecurityException e) {
            throw new Skip(SkipReason.UNREADABLE, String.valueOf(e.getMessage()));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new Skip(SkipReason.UNREADABLE, "");
            }
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return new Header(reader.getWidth(0), reader.getHeight(0), colour(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Skip(SkipReason.TRUNCATED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The picture decoded, every {@code step}-th pixel of every {@code step}-th row when the short side is at least
     * twice {@code minSide} per step: a 4000-pixel photo for a 64-pixel square is read at 1000 pixels or less, so
     * its decoded original takes a sixteenth of the memory.
     */
    static BufferedImage decode(byte[] bytes, int minSide) throws Skip {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in);
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(reader.getWidth(0), reader.getHeight(0)) / (2 * minSide));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new Skip(SkipReason.TRUNCATED, warnings.get(0));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Skip(SkipReason.TRUNCATED, String.valueOf(e.getMessage()));
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws Skip {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            try {
                if (FORMATS.contains(r.getFormatName().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            } catch (IOException e) {
                throw new Skip(SkipReason.UNREADABLE, String.valueOf(e.getMessage()));
            }
            r.dispose();
        }
        throw new Skip(SkipReason.NOT_AN_IMAGE, "");
    }

    private static boolean colour(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return true;
        }
        ColorModel cm = type.getColorModel();
        if (cm instanceof IndexColorModel palette) {
            for (int i = 0; i < palette.getMapSize(); i++) {
                if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                    return true;
                }
            }
            return false;
        }
        return cm.getNumColorComponents() > 1;
    }
}
