package org.vaeexplorer.explore;

import java.util.stream.IntStream;

/**
 * A closed polygon drawn around dots of the latent plane, in latent units of its two dimensions: the images whose
 * posterior means lie inside are a group (by the even-odd rule, so a loop drawn over itself leaves its knot out).
 */
public record Lasso(double[] xs, double[] ys) {
    public Lasso {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x and " + ys.length + " y positions");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** Whether (x, y) is inside: a ray to the right crosses the outline an odd number of times. */
    public boolean contains(double x, double y) {
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            boolean straddles = (ys[i] > y) != (ys[j] > y);
            if (straddles && x < xs[j] + (xs[i] - xs[j]) * (y - ys[j]) / (ys[i] - ys[j])) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The images of {@code codes} whose means on dimensions {@code xd}, {@code yd} are inside, in order. */
    public int[] select(EncodedImages codes, int xd, int yd) {
        if (xs.length < 3 || xd < 0 || yd < 0 || xd >= codes.dim() || yd >= codes.dim()) {
            return new int[0];
        }
        return IntStream.range(0, codes.count()).filter(i -> contains(codes.mu(i, xd), codes.mu(i, yd))).toArray();
    }
}
