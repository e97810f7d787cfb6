package org.vaeexplorer.ui.explore;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.ForwardPass;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.ui.common.I18n;

/**
 * The How it works view's numbers, one block at a time, from the resource bundle and written as the UI's locale
 * writes decimals: mu, sigma, epsilon and z per dimension, the category probabilities and the Gumbel sample, and the
 * two terms of the negative ELBO with the formulas they come from.
 */
final class HowItWorksTexts {
    /** Values listed per vector; the rest are counted ("… +190"), as a 200-dimensional code helps no one in full. */
    static final int SHOWN = 6;

    private HowItWorksTexts() {
    }

    /** A block's title. */
    static String title(String id) {
        return I18n.text("explore.how.block." + id);
    }

    /** A block's one-paragraph explanation. */
    static String explanation(String id) {
        return I18n.text("explore.how.explain." + id);
    }

    /** The numbers of block {@code b} for this pass (none for a block whose numbers are a picture or too many). */
    static List<String> numbers(NetworkBlock b, ForwardPass p, List<String> classNames) {
        List<String> out = new ArrayList<>();
        switch (b.role()) {
            case LABEL -> out.add(I18n.text("explore.how.label", p.label() < classNames.size()
                    ? classNames.get(p.label()) : Integer.toString(p.label())));
            case PRIOR -> {
                if (p.priorMu() != null) {
                    out.add("μ_p = " + vector(p.priorMu()));
                    out.add("σ_p = " + vector(sigmas(p.priorLogVar())));
                }
            }
            case MEAN -> out.add("μ = " + vector(p.mu()));
            case LOG_VARIANCE -> {
                out.add("log σ² = " + vector(p.logVar()));
                out.add("σ = " + vector(sigmas(p.logVar())));
            }
            case GUMBEL -> {
                out.add("α = " + vector(p.categoryProbabilities()));
                out.add("c = " + vector(p.categorySample()));
                out.add("τ = " + I18n.number(p.temperature(), 2));
            }
            case SAMPLE -> {
                out.add("ε = " + vector(p.eps()));
                out.add("z = " + vector(p.z()));
            }
            case ENCODER, BASELINE, DECODER, DISCRIMINATOR, CLASSIFIER ->
                    out.add(I18n.text("explore.how.values", b.width())); // a number: the bundle picks its plural
            case INPUT, OUTPUT -> { }
        }
        return out;
    }

    /** The ELBO step's lines: the decomposition, each term beside its formula, the KL per dimension. */
    static List<String> elbo(ForwardPass p, Capabilities can, boolean priorNet) {
        List<String> out = new ArrayList<>();
        out.add(I18n.text("explore.how.elbo.formula"));
        out.add(I18n.text("explore.how.elbo.recon", I18n.number(p.recon(), 2)));
        String klFormula = priorNet ? "explore.how.elbo.klPriorNet"
                : can.priorScale() != 1 ? "explore.how.elbo.klScaled" : "explore.how.elbo.kl";
        if (p.dims() > 0) {
            out.add(I18n.text(klFormula, I18n.number(p.klContinuous(), 2), I18n.number(can.priorScale(), 2)));
            out.add("KL_j = " + vector(p.klPerDim()));
        }
        if (p.klPerCategorical().length > 0) {
            out.add(I18n.text("explore.how.elbo.klDiscrete", I18n.number(p.klDiscrete(), 2)));
        }
        out.add(I18n.text("explore.how.elbo.total", I18n.number(p.recon(), 2), I18n.number(p.kl(), 2),
                I18n.number(p.nelbo(), 2)));
        return out;
    }

    /** The image's caption: which test image, or the drawing. */
    static String source(HowItWorksViewModel.Flow f) {
        return f.source() == HowItWorksViewModel.Source.DRAWING ? I18n.text("explore.how.drawing")
                : I18n.text("explore.how.testImage", I18n.integer(f.testIndex()));
    }

    /** "Step 3 of 9: The mean head". */
    static String step(int step, int count, String id) {
        return I18n.text("explore.how.step", I18n.integer(step + 1), I18n.integer(count), title(id));
    }

    /** (0.12, −1.30, …) with two decimals; past {@link #SHOWN} values, how many more there are. */
    static String vector(float[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < Math.min(v.length, SHOWN); i++) {
            s.append(i == 0 ? "" : ", ").append(I18n.number(v[i], 2));
        }
        if (v.length > SHOWN) {
            s.append(", … +").append(I18n.integer(v.length - SHOWN));
        }
        return s.append(')').toString();
    }

    private static float[] sigmas(float[] logVar) {
        float[] s = new float[logVar.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) Math.exp(0.5 * logVar[i]);
        }
        return s;
    }
}
