package org.vaeexplorer.data;

import java.util.List;

/**
 * The generating factors of a dataset's images: their names, how many values each takes, and each image's value
 * index of every factor ({@code values[image][factor]}, in {@code 0..sizes[factor]-1}). What the disentanglement
 * metrics compare a model's codes against.
 */
public record Factors(List<String> names, int[] sizes, int[][] values) {
    public Factors {
        names = List.copyOf(names);
        sizes = sizes.clone();
        if (names.size() != sizes.length) {
            throw new IllegalArgumentException(names.size() + " factor names for " + sizes.length + " factors");
        }
        for (int[] row : values) {
            for (int f = 0; f < sizes.length; f++) {
                if (row[f] < 0 || row[f] >= sizes[f]) {
                    throw new IllegalArgumentException("factor " + names.get(f) + " value " + row[f]
                            + " outside 0.." + (sizes[f] - 1));
                }
            }
        }
    }

    public int count() {
        return values.length;
    }

    /** Image {@code image}'s value indices, a copy. */
    public int[] of(int image) {
        return values[image].clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
