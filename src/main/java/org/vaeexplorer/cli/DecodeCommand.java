package org.vaeexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.explore.GreyPng;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code decode}: the image of one latent code, written as PNG; for a structured-output CVAE, the completions of an
 * image file from its given quadrants.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode a latent code to a PNG image.")
final class DecodeCommand implements Callable<Integer> {
    @Mixin
    CheckpointOption checkpoint;
    @Option(names = "--z", split = ",", description = "continuous code, e.g. 0.5,-1.2 (missing dimensions are 0)")
    List<Float> z;
    @Option(names = "--label", description = "class label for a conditional model (default 0)")
    Integer label;
    @Option(names = "--category", split = ",", description = "category of each discrete latent (default 0)")
    List<Integer> category;
    /** 64x a 28x28 image is 1792 pixels a side: larger helps no one, and ImageIO fails past 46340. */
    static final int MAX_SCALE = 64;
    @Option(names = "--scale", defaultValue = "8", description = "pixel magnification of the PNG (1.." + MAX_SCALE + ")")
    int scale;
    @Option(names = "--out", required = true)
    Path out;
    @Option(names = "--image", description = "scvae: the image to complete (PNG, the model's size, dark ink on light)")
    Path image;
    @Option(names = "--given", description = "scvae: the given quadrants, e.g. tl,bl or 1010 (TL TR BL BR)")
    String given;
    @Option(names = "--light-ink", description = "scvae: the image has light ink on a dark ground (as MNIST)")
    boolean lightInk;
    @Option(names = "--samples", defaultValue = "8", description = "scvae: completions to draw")
    int samples;
    @Option(names = "--seed", defaultValue = "1", description = "scvae: seed of the completions")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("--scale must be 1.." + MAX_SCALE + ", got " + scale);
        }
        for (int i = 0; z != null && i < z.size(); i++) {
            if (!Float.isFinite(z.get(i))) {
                throw new IllegalArgumentException("--z value " + (i + 1) + " is " + z.get(i)
                        + "; every value must be a finite number");
            }
        }
        OutputGuard.requireNotInput(out, checkpoint.file, "--checkpoint");
        OutputGuard.requireNotInput(out, image, "--image");
        OutputGuard.removeLeftovers(out);
        Checkpoint c = new CheckpointStore().load(checkpoint.file);
        ModelSpec spec = c.manifest().model();
        if (spec.capabilities().completes()) {
            ImageCompletion.write(c.model(), image, given, lightInk, samples, seed, scale, out);
            return 0;
        }
        if (z != null && z.size() > spec.latentDim()) {
            throw new IllegalArgumentException("--z has " + z.size() + " values but the model has "
                    + spec.latentDim() + " continuous dimensions");
        }
        float[] code = new float[spec.latentDim()];
        for (int i = 0; z != null && i < z.size(); i++) {
            code[i] = z.get(i);
        }
        int[] chosen = new int[spec.categories().size()];
        for (int i = 0; i < chosen.length; i++) {
            int k = spec.categories().get(i);
            chosen[i] = category != null && i < category.size() ? category.get(i) : 0;
            if (chosen[i] < 0 || chosen[i] >= k) {
                throw new IllegalArgumentException("category " + chosen[i] + " is outside 0.." + (k - 1));
            }
        }
        int l = label == null ? 0 : label;
        if (spec.conditional() && (l < 0 || l >= spec.numClasses())) {
            throw new IllegalArgumentException("label " + l + " is outside 0.." + (spec.numClasses() - 1));
        }
        float[] pixels = c.model().decode(LatentCodes.builder(spec, 1).set(0, code, chosen, l).build());
        GreyPng.write(GreyPng.grid(pixels, 1, spec.rows(), spec.cols(), spec.channels(), 1, scale), out);
        System.out.println("image=" + out.toAbsolutePath());
        return 0;
    }
}
