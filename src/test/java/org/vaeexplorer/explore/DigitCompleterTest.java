package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.VaeModel;

class DigitCompleterTest {
    private final VaeModel model = VaeModel.create(ModelSpecBuilder.of(ModelKind.SCVAE).hidden(List.of(32))
            .latent(4).build(), 3, 1e-3);

    private static float[] image() {
        float[] image = new float[784];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i * 37 % 101) / 100f;
        }
        return image;
    }

    @Test
    void theSameSeedRedrawsTheSameCompletionsAndAnotherSeedOthers() {
        boolean[] leftHalf = {true, false, true, false};
        DigitCompleter completer = new DigitCompleter(model);
        var a = completer.complete(image(), leftHalf, 3, 7);
        var b = completer.complete(image(), leftHalf, 3, 7);
        var c = completer.complete(image(), leftHalf, 3, 8);
        assertArrayEquals(a.samples(), b.samples());
        assertFalse(Arrays.equals(a.samples(), c.samples()));
        assertFalse(Arrays.equals(a.sample(0), a.sample(1)), "each completion has its own z");
    }

    @Test
    void theGivenPixelsAreKeptAndTheHiddenOnesAreNeitherShownNorRead() {
        boolean[] topLeftOnly = {true, false, false, false};
        DigitCompleter completer = new DigitCompleter(model);
        float[] image = image();
        var done = completer.complete(image, topLeftOnly, 2, 1);
        float[] changedHidden = image.clone();
        changedHidden[27 * 28 + 27] = 1 - changedHidden[27 * 28 + 27];
        var again = completer.complete(changedHidden, topLeftOnly, 2, 1);
        assertArrayEquals(done.samples(), again.samples(), "a hidden pixel does not reach the model");
        assertArrayEquals(done.baselineGuess(), again.baselineGuess());
        for (int r = 0; r < 28; r++) {
            for (int col = 0; col < 28; col++) {
                int j = r * 28 + col;
                boolean given = r < 14 && col < 14;
                assertEquals(given, !Float.isNaN(done.visible()[j]));
                if (given) {
                    assertEquals(image[j], done.sample(1)[j]);
                    assertEquals(image[j], done.baselineGuess()[j]);
                }
            }
        }
    }

    @Test
    void onlyAStructuredOutputCvaeCompletes() {
        VaeModel vae = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3);
        assertThrows(IllegalArgumentException.class, () -> new DigitCompleter(vae));
        assertTrue(new DigitCompleter(model).complete(image(), new boolean[4], 1, 1).samples().length == 784);
    }
}
