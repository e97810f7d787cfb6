package org.vaeexplorer.model;

/**
 * A batch of images, flat and row-major ({@code size * pixels} floats), with their class labels (used only by
 * conditional models).
 */
public record Batch(float[] pixels, int size, int[] labels) {
    public Batch {
        if (size <= 0 || pixels.length % size != 0 || labels.length != size) {
            throw new IllegalArgumentException("a batch of " + size + " needs " + size + " labels and a multiple of "
                    + size + " pixels; got " + labels.length + " and " + pixels.length);
        }
    }
}
