package org.vaeexplorer.model.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The classifier learns a toy task, saves and reads back to the same outputs, and refuses a damaged file. */
class ImageClassifierTest {
    private static final ClassifierShape SHAPE = new ClassifierShape(8, 8, 1, 2);

    /** Class 0: the left half lit; class 1: the right half. */
    private static LabelledImages halves(int n) {
        return new LabelledImages() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public int label(int index) {
                return index % 2;
            }

            @Override
            public float[] images(int[] indices) {
                float[] out = new float[indices.length * 64];
                for (int i = 0; i < indices.length; i++) {
                    SplittableRandom r = new SplittableRandom(indices[i]);
                    for (int row = 0; row < 8; row++) {
                        for (int col = 0; col < 8; col++) {
                            boolean lit = (col < 4) == (label(indices[i]) == 0);
                            out[i * 64 + row * 8 + col] = (float) ((lit ? 0.7 : 0.1) + 0.2 * r.nextDouble());
                        }
                    }
                }
                return out;
            }
        };
    }

    private static float[] all(LabelledImages data) {
        int[] idx = new int[data.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return data.images(idx);
    }

    @Test
    void learnsAToyTaskAndTheLossFalls() {
        ImageClassifier c = ImageClassifier.create(SHAPE, 3, 3e-3);
        LabelledImages data = halves(64);
        double first = ClassifierTraining.epoch(c, data, 16, new SplittableRandom(1), (s, l) -> { });
        double last = first;
        for (int e = 0; e < 5; e++) {
            last = ClassifierTraining.epoch(c, data, 16, new SplittableRandom(2 + e), (s, l) -> { });
        }
        assertTrue(last < first, "the training loss falls: " + first + " -> " + last);
        ImageClassifier.Outputs out = c.classify(all(data), data.size());
        int right = 0;
        for (int i = 0; i < data.size(); i++) {
            right += out.predicted(i) == data.label(i) ? 1 : 0;
        }
        assertEquals(data.size(), right, "every toy image classified right");
        assertEquals(64 * ClassifierShape.FEATURES, out.features().length);
    }

    @Test
    void theStepLossTakenFromTheLogitsIsTheGraphsLoss() {
        ImageClassifier c = ImageClassifier.create(SHAPE, 5, 1e-3);
        LabelledImages data = halves(16);
        int[] labels = new int[16];
        for (int i = 0; i < 16; i++) {
            labels[i] = data.label(i);
        }
        var feed = c.feed(all(data), 16, labels, new float[16 * ClassifierShape.FEATURES]);
        feed.get(ClassifierGraph.DROPOUT).assign(1);
        var out = c.graph().output(feed, ClassifierGraph.LOGITS, ClassifierGraph.LOSS);
        assertEquals(out.get(ClassifierGraph.LOSS).getDouble(0), ClassifierTraining.meanCrossEntropy(
                out.get(ClassifierGraph.LOGITS), feed.get(ClassifierGraph.LABELS)), 1e-5);
        assertEquals(out.get(ClassifierGraph.LOSS).getDouble(0), ImageClassifier.of(SHAPE, c.weights())
                .loss(all(data), 16, labels), 1e-6, "a copy of the weights gives the same loss");
    }

    @Test
    void aFileReadsBackToTheSameOutputs() throws IOException {
        ImageClassifier c = ImageClassifier.create(SHAPE, 7, 1e-3);
        ClassifierTraining.epoch(c, halves(32), 8, new SplittableRandom(1), (s, l) -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassifierFile.write(bytes, manifest(), c);
        ClassifierFile.Loaded loaded = ClassifierFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        float[] images = all(halves(10));
        assertArrayEquals(c.classify(images, 10).probabilities(), loaded.classifier().classify(images, 10)
                .probabilities(), "the same probabilities after a round trip");
        assertEquals("toy", loaded.manifest().dataset());
        assertEquals(0.5, loaded.manifest().testAccuracy());
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassifierFile.write(bytes, manifest(), ImageClassifier.create(SHAPE, 7, 1e-3));
        byte[] damaged = bytes.toByteArray();
        int weightsAt = indexOf(damaged, ClassifierFile.WEIGHTS.getBytes()) + ClassifierFile.WEIGHTS.length() + 40;
        damaged[weightsAt] ^= 0x55;
        assertThrows(IOException.class, () -> ClassifierFile.read(new ByteArrayInputStream(damaged)));
        assertThrows(IOException.class, () -> ClassifierFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static ClassifierManifest manifest() {
        return new ClassifierManifest(ClassifierManifest.FORMAT, ClassifierManifest.CURRENT_VERSION,
                ClassifierShape.ARCHITECTURE, "toy", java.util.Map.of("toy.idx", "00"), 8, 8, 1, 2, List.of("left", "right"), 0.5, 10, 1, 8, 1e-3, 7, 1.0,
                "vae-explorer train-classifier --dataset toy", null);
    }
}
