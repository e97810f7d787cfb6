package org.vaeexplorer.data;

/**
 * How stored grey levels (0..255) become model inputs. Recorded in every checkpoint, because a model is only
 * meaningful on data scaled the way it was trained.
 */
public enum PixelScaling {
    /** v / 255, a grey level in [0, 1]. */
    GREY,
    /** 1 where v / 255 &gt; 0.5, else 0: the TensorFlow CVAE tutorial's binarisation. */
    BINARIZED;

    public float apply(int unsignedByte) {
        float v = unsignedByte / 255f;
        return this == GREY ? v : (v > 0.5f ? 1f : 0f);
    }
}
