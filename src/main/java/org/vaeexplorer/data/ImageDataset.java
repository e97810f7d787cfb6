package org.vaeexplorer.data;

import java.util.List;
import java.util.Objects;

/**
 * One split of a labelled image dataset. Pixels stay unsigned bytes (a quarter of the memory of floats) and become
 * floats in [0, 1] only when a batch or an image is asked for.
 *
 * <p>Channels: 1 (grey, every IDX dataset) or 3 (colour, red, green, blue). A colour image is stored channel-planar,
 * CHW: its {@code rows x cols} red plane, then its green plane, then its blue plane, each row-major; an image's
 * values (and a batch's rows) are laid out the same way, so a grey image is exactly the single-plane case and every
 * grey path reads what it read before. {@link #pixelsPerImage()} counts values, {@code rows x cols x channels}: the
 * length of one image's input.
 */
public final class ImageDataset {
    private final String name;
    private final int rows;
    private final int cols;
    private final int channels;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> classNames;

    /** A grey dataset: one channel. */
    public ImageDataset(String name, int rows, int cols, byte[] pixels, int[] labels, List<String> classNames) {
        this(name, rows, cols, 1, pixels, labels, classNames);
    }

    /** @param channels 1 (grey) or 3 (colour, stored channel-planar per image as the class comment says) */
    public ImageDataset(String name, int rows, int cols, int channels, byte[] pixels, int[] labels,
                        List<String> classNames) {
        this.name = Objects.requireNonNull(name);
        this.rows = rows;
        this.cols = cols;
        this.channels = channels;
        this.pixels = Objects.requireNonNull(pixels);
        this.labels = Objects.requireNonNull(labels);
        this.classNames = List.copyOf(classNames);
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images have 1 (grey) or 3 (colour) channels, not " + channels);
        }
        if ((long) labels.length * rows * cols * channels != pixels.length) {
            throw new IllegalArgumentException("pixels do not match " + labels.length + " images of " + rows + "x"
                    + cols + "x" + channels);
        }
        for (int label : labels) {
            if (label < 0 || label >= this.classNames.size()) {
                throw new IllegalArgumentException("label " + label + " outside the " + this.classNames.size() + " classes");
            }
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** 1 for grey images, 3 for colour (red, green, blue planes). */
    public int channels() {
        return channels;
    }

    /** The values of one image: {@code rows x cols x channels}. */
    public int pixelsPerImage() {
        return rows * cols * channels;
    }

    public int numClasses() {
        return classNames.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int label(int index) {
        return labels[index];
    }

    public int[] labels() {
        return labels.clone();
    }

    /** Image {@code index} as floats, row-major (colour: channel-planar, each plane row-major). */
    public float[] image(int index, PixelScaling scaling) {
        float[] out = new float[pixelsPerImage()];
        copyImage(index, scaling, out, 0);
        return out;
    }

    /** Copies image {@code index} into {@code dest} at {@code offset}: the building block of batches. */
    public void copyImage(int index, PixelScaling scaling, float[] dest, int offset) {
        int n = pixelsPerImage();
        int base = index * n;
        for (int p = 0; p < n; p++) {
            dest[offset + p] = scaling.apply(pixels[base + p] & 0xFF);
        }
    }

    /** The images at {@code indices}, one after the other, as a flat {@code indices.length * pixelsPerImage()} array. */
    public float[] batch(int[] indices, PixelScaling scaling) {
        int n = pixelsPerImage();
        float[] out = new float[indices.length * n];
        for (int i = 0; i < indices.length; i++) {
            copyImage(indices[i], scaling, out, i * n);
        }
        return out;
    }

    /**
     * Only the images of {@code classes} (distinct, ascending), renumbered 0..k-1 in that order and keeping their
     * names: the dataset a model trained on those classes alone sees.
     *
     * @throws IdxFormatException when a class is not one of this dataset's or has no image here
     */
    public ImageDataset onlyClasses(List<Integer> classes) throws IdxFormatException {
        int[] renumbered = new int[numClasses()];
        java.util.Arrays.fill(renumbered, -1);
        List<String> names = new java.util.ArrayList<>();
        for (int c : classes) {
            if (c < 0 || c >= numClasses()) {
                throw new IdxFormatException(name + " has classes 0.." + (numClasses() - 1) + ", not " + c);
            }
            renumbered[c] = names.size();
            names.add(classNames.get(c));
        }
        int n = pixelsPerImage();
        int kept = 0;
        for (int label : labels) {
            kept += renumbered[label] >= 0 ? 1 : 0;
        }
        byte[] p = new byte[kept * n];
        int[] l = new int[kept];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (renumbered[labels[i]] >= 0) {
                System.arraycopy(pixels, i * n, p, at * n, n);
                l[at++] = renumbered[labels[i]];
            }
        }
        if (kept == 0) {
            throw new IdxFormatException(name + " has no images of class " + classes + " in this split");
        }
        return new ImageDataset(name, rows, cols, channels, p, l, names);
    }

    /** The pixel bytes themselves, not a copy: for this package's transformations, which never write to them. */
    byte[] sharedPixels() {
        return pixels;
    }

    /** The first {@code count} images, as a smaller dataset sharing nothing mutable with this one. */
    public ImageDataset head(int count) {
        int c = Math.min(count, size());
        byte[] p = java.util.Arrays.copyOf(pixels, c * pixelsPerImage());
        int[] l = java.util.Arrays.copyOf(labels, c);
        return new ImageDataset(name, rows, cols, channels, p, l, classNames);
    }
}
