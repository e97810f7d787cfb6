package org.vaeexplorer.model;

/**
 * The settings of a structured-output CVAE p(y|x) (Sohn, Lee and Yan 2015) beyond its layer widths and latent size.
 *
 * @param givenQuadrants which masks it trains on: 1, 2 or 3 for the fixed mask of the public reproductions (Pyro's
 *                       {@code examples/cvae}: bottom-left; left half; all but bottom-right), or 0 for one of the
 *                       15 non-trivial 2x2 masks drawn at random per image, so one model completes whatever the
 *                       explorer's quadrant toggle asks
 * @param gsnnWeight     1 - alpha of Sohn's hybrid objective (eq. 8): the weight of the GSNN term
 *                       log p(y|x, z), z ~ p(z|x); 0 trains the plain CVAE
 */
public record StructuredOutput(int givenQuadrants, double gsnnWeight) {
    public StructuredOutput {
        if (givenQuadrants < 0 || givenQuadrants > 3) {
            throw SpecException.of("spec.givenQuadrants", "given quadrants must be 0 (random masks) or 1..3, got "
                    + givenQuadrants, String.valueOf(givenQuadrants));
        }
        if (!(gsnnWeight >= 0 && gsnnWeight < 1)) {
            throw SpecException.of("spec.gsnnWeight", "the GSNN weight must be in [0, 1), got " + gsnnWeight,
                    String.valueOf(gsnnWeight));
        }
    }

    /** Random masks, plain CVAE objective. */
    public static StructuredOutput defaults() {
        return new StructuredOutput(0, 0);
    }
}
