package org.vaeexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A train/test split drawn per class from a seed: each class keeps {@code testPercent} of its images (rounded, at
 * least one of a class with two or more) for the test split, so a small class is not left out of the test split or
 * swallowed by it. {@link Random}'s sequence is specified by its Javadoc, so a seed gives the same split on every
 * Java runtime; the classes draw in ascending order from one generator.
 */
final class SeededSplit {
    private SeededSplit() {
    }

    /** Whether each image goes to the test split. */
    static boolean[] testMask(int[] labels, int numClasses, int testPercent, long seed) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        Random random = new Random(seed);
        boolean[] test = new boolean[labels.length];
        int tested = 0;
        for (List<Integer> members : byClass) {
            int n = members.size();
            int take = n < 2 ? 0 : Math.min(n - 1, Math.max(1, Math.round(n * testPercent / 100f)));
            for (int k = 0; k < take; k++) {
                int pick = k + random.nextInt(n - k);
                Integer chosen = members.get(pick);
                members.set(pick, members.get(k));
                members.set(k, chosen);
                test[chosen] = true;
            }
            tested += take;
        }
        if (tested == 0 && labels.length >= 2) {
            // Only single-image classes: the last image is the test split, so the dataset has one.
            test[labels.length - 1] = true;
        }
        return test;
    }
}
