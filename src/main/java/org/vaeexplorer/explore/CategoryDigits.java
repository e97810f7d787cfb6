package org.vaeexplorer.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * What each category of the matched discrete latent draws, read off a {@link ClusterMatching}: the class most of
 * its test images belong to (its row of the confusion matrix at its largest). The Hungarian matching behind the
 * accuracy gives every category a class of its own; when two categories draw the same digit it must count one of
 * them as a digit that none draws, so the button names what a category draws and says which class the matching
 * counts it as where the two differ.
 */
public final class CategoryDigits {
    private final ClusterMatching matching;
    private final int[] drawn;

    private CategoryDigits(ClusterMatching matching) {
        this.matching = matching;
        int[][] confusion = matching.confusion();
        drawn = new int[confusion.length];
        for (int k = 0; k < confusion.length; k++) {
            int best = -1;
            for (int c = 0; c < confusion[k].length; c++) {
                if (confusion[k][c] > 0 && (best < 0 || confusion[k][c] > confusion[k][best])) {
                    best = c;
                }
            }
            drawn[k] = best;
        }
    }

    public static CategoryDigits of(ClusterMatching matching) {
        return new CategoryDigits(matching);
    }

    public int categories() {
        return drawn.length;
    }

    public int classes() {
        return matching.confusion().length == 0 ? 0 : matching.confusion()[0].length;
    }

    /** The class most of category {@code k}'s test images belong to; -1 if none of them fell in it. */
    public int drawnClass(int k) {
        return drawn[k];
    }

    /** The class the one-to-one matching counts category {@code k} as (-1: none). */
    public int matchedClass(int k) {
        return matching.classOfCategory()[k];
    }

    /** Test images in category {@code k}, and how many of them are of class {@code c}. */
    public int images(int k) {
        int n = 0;
        for (int v : matching.confusion()[k]) {
            n += v;
        }
        return n;
    }

    public int images(int k, int c) {
        return matching.confusion()[k][c];
    }

    /** The categories that draw the same class as {@code k}, {@code k} included, in order; just k when it is alone. */
    public List<Integer> drawingTheSame(int k) {
        List<Integer> same = new ArrayList<>();
        for (int j = 0; j < drawn.length; j++) {
            if (j == k || (drawn[k] >= 0 && drawn[j] == drawn[k])) {
                same.add(j);
            }
        }
        return same;
    }

    /** Groups of two or more categories that draw the same class, by class; empty when every class has its own. */
    public List<List<Integer>> sharedClasses() {
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < classes(); c++) {
            List<Integer> group = new ArrayList<>();
            for (int k = 0; k < drawn.length; k++) {
                if (drawn[k] == c) {
                    group.add(k);
                }
            }
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The classes no category draws, ascending. */
    public List<Integer> classesDrawnByNone() {
        List<Integer> none = new ArrayList<>();
        for (int c = 0; c < classes(); c++) {
            boolean drawnBySome = false;
            for (int d : drawn) {
                drawnBySome |= d == c;
            }
            if (!drawnBySome) {
                none.add(c);
            }
        }
        return none;
    }

    public double accuracy() {
        return matching.accuracy();
    }

    /** The number of test images matched. */
    public int testImages() {
        int n = 0;
        for (int k = 0; k < drawn.length; k++) {
            n += images(k);
        }
        return n;
    }
}
