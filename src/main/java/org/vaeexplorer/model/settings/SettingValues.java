package org.vaeexplorer.model.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaeexplorer.model.Backbone;
import org.vaeexplorer.model.KlEstimator;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.StructuredOutput;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.family.ObjectiveChoice;

/**
 * The values a person gave for a kind's settings, read by their declarations ({@link ModelSetting}): the command
 * line's options and the Train form's fields both come here as text, so a value is parsed, range-checked and turned
 * into a spec by one set of rules. Total: any text gives a value or a {@link SettingProblem}, never an exception.
 */
public final class SettingValues {
    /** The start temperature of categorical latents whose kind has no schedule of its own (as the builder's). */
    private static final double GUMBEL_START = 0.67;
    private final Map<ModelSetting, Object> values = new EnumMap<>(ModelSetting.class);
    private final List<SettingProblem> problems = new ArrayList<>();
    private final Set<ModelSetting> ignored = EnumSet.noneOf(ModelSetting.class);

    private SettingValues() {
    }

    /**
     * Reads {@code texts} (null or absent: not given) for {@code kind}: every given value must have its type
     * (a finite number, a whole number...), and each one the kind reads must lie in its range. A value the kind
     * does not read is kept out of the spec and listed by {@link #ignored()}.
     */
    public static SettingValues read(ModelKind kind, Map<ModelSetting, String> texts) {
        SettingValues v = new SettingValues();
        Map<ModelSetting, Object> parsed = new EnumMap<>(ModelSetting.class);
        for (ModelSetting s : ModelSetting.values()) {
            String text = texts.get(s);
            if (text == null || (text.isBlank() && s.blank() == ModelSetting.Blank.FAMILY_DEFAULT)) {
                continue;
            }
            Object value = v.parse(s, text);
            if (value != null) {
                parsed.put(s, value);
            }
        }
        Backbone backbone = parsed.get(ModelSetting.BACKBONE) instanceof Backbone b ? b
                : kind.family().defaults().backbone();
        Set<ModelSetting> read = ModelSetting.readBy(kind, backbone);
        for (ModelSetting s : ModelSetting.values()) {
            if (texts.get(s) != null && !read.contains(s)) {
                v.ignored.add(s);
            } else if (parsed.containsKey(s) && v.inRange(s, parsed.get(s))) {
                v.values.put(s, parsed.get(s));
            }
        }
        v.checkTemperatureFloor(kind);
        return v;
    }

    /** The problems, in the settings' order; none when the values make a spec (its own rules aside). */
    public List<SettingProblem> problems() {
        return List.copyOf(problems);
    }

    /** The settings given that the kind does not read (e.g. {@code --beta} for a plain VAE). */
    public Set<ModelSetting> ignored() {
        return EnumSet.copyOf(ignored);
    }

    /** The accepted value of {@code setting}, or null when not given (or refused). */
    public Object get(ModelSetting setting) {
        return values.get(setting);
    }

    private Object parse(ModelSetting s, String text) {
        String t = text.trim();
        switch (s.type()) {
            case CHOICE -> {
                Object value = s.choice().parse(t).orElse(null);
                if (value == null) {
                    problems.add(SettingProblem.of(s, "train.form.oneOf", String.join(", ", s.choice().mainWords()),
                            t));
                }
                return value;
            }
            case INTEGERS -> {
                List<Long> out = new ArrayList<>();
                for (String part : t.isEmpty() ? new String[0] : t.split(",", -1)) {
                    Long v = (Long) parse(ModelSetting.Type.INTEGER, s, part.trim());
                    if (v == null) {
                        return null;
                    }
                    out.add(v);
                }
                if (out.isEmpty()) {
                    problems.add(SettingProblem.of(s, "train.form.atLeastOne"));
                    return null;
                }
                return out;
            }
            default -> {
                return parse(s.type(), s, t);
            }
        }
    }

    private Object parse(ModelSetting.Type type, ModelSetting s, String t) {
        try {
            if (type == ModelSetting.Type.INTEGER) {
                return Long.parseLong(t);
            }
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Said below, in the setting's words.
        }
        problems.add(SettingProblem.of(s, type == ModelSetting.Type.INTEGER ? "train.form.wholeNumber"
                : "train.form.number"));
        return null;
    }

    private boolean inRange(ModelSetting s, Object value) {
        if (s.type() == ModelSetting.Type.CHOICE) {
            return true;
        }
        for (Object v : value instanceof List<?> list ? list : List.of(value)) {
            double x = ((Number) v).doubleValue();
            if (!(x >= s.min() && x <= s.max())) {
                boolean whole = s.type() != ModelSetting.Type.NUMBER;
                problems.add(SettingProblem.of(s, "train.form.between",
                        whole ? Long.toString((long) s.min()) : Double.toString(s.min()),
                        whole ? Long.toString((long) s.max()) : Double.toString(s.max())));
                return false;
            }
        }
        return true;
    }

    /** A given floor above the start temperature (given, or the kind's) is refused, not quietly lowered. */
    private void checkTemperatureFloor(ModelKind kind) {
        if (values.get(ModelSetting.TEMPERATURE_MIN) instanceof Double floor && floor > start(kind)) {
            values.remove(ModelSetting.TEMPERATURE_MIN);
            problems.add(SettingProblem.of(ModelSetting.TEMPERATURE_MIN, "train.form.temperatureFloor"));
        }
    }

    private double start(ModelKind kind) {
        TemperatureSchedule t = kind.family().defaults().temperature();
        return values.get(ModelSetting.TEMPERATURE) instanceof Double given ? given
                : t != null ? t.start() : GUMBEL_START;
    }

    /**
     * Sets the accepted values on {@code b} (a builder of the kind they were read for): the given ones replace the
     * kind's defaults; the temperature's floor follows a lower start; the objective is the family's answer to the
     * given beta and capacity parts.
     */
    public ModelSpecBuilder apply(ModelSpecBuilder b) {
        if (get(ModelSetting.BACKBONE) instanceof Backbone backbone) {
            b.backbone(backbone);
        }
        if (get(ModelSetting.HIDDEN) instanceof List<?> widths && b.backbone() == Backbone.MLP) {
            b.hidden(ints(widths));
        }
        if (get(ModelSetting.LATENT) instanceof Long latent) {
            b.latent(latent.intValue());
        }
        if (get(ModelSetting.DISCRETE) instanceof List<?> categories) {
            b.categories(ints(categories));
        }
        if (get(ModelSetting.LIKELIHOOD) instanceof Likelihood likelihood) {
            b.likelihood(likelihood);
        }
        if (get(ModelSetting.SIGMA) instanceof Double sigma) {
            b.gaussianSigma(sigma);
        }
        if (get(ModelSetting.KL_ESTIMATOR) instanceof KlEstimator kl) {
            b.klEstimator(kl);
        }
        applyTemperature(b);
        if (b.reads(ModelSetting.GIVEN_QUADRANTS)
                && (get(ModelSetting.GIVEN_QUADRANTS) != null || get(ModelSetting.GSNN_WEIGHT) != null)) {
            StructuredOutput d = StructuredOutput.defaults();
            b.structured(new StructuredOutput(get(ModelSetting.GIVEN_QUADRANTS) instanceof Long q ? q.intValue()
                    : d.givenQuadrants(), get(ModelSetting.GSNN_WEIGHT) instanceof Double w ? w : d.gsnnWeight()));
        }
        return b.objective(new ObjectiveChoice((Double) get(ModelSetting.BETA), (Double) get(ModelSetting.CAPACITY),
                (Long) get(ModelSetting.CAPACITY_ITERATIONS), (Double) get(ModelSetting.GAMMA),
                (Double) get(ModelSetting.GAN_KL_WEIGHT), (Double) get(ModelSetting.GAN_RECON_WEIGHT),
                (Double) get(ModelSetting.GAN_GENERATOR_WEIGHT), (Double) get(ModelSetting.GAN_MATCHING_WEIGHT)));
    }

    private void applyTemperature(ModelSpecBuilder b) {
        if (b.categories().isEmpty()) {
            return;
        }
        TemperatureSchedule t = b.temperature();
        double start = get(ModelSetting.TEMPERATURE) instanceof Double given ? given
                : t != null ? t.start() : GUMBEL_START;
        double min = get(ModelSetting.TEMPERATURE_MIN) instanceof Double given ? given
                : t != null ? Math.min(t.min(), start) : start;
        double rate = get(ModelSetting.ANNEAL_RATE) instanceof Double given ? given : t != null ? t.annealRate() : 0;
        b.temperature(new TemperatureSchedule(start, Math.min(min, start), rate));
    }

    private static List<Integer> ints(List<?> values) {
        return values.stream().map(v -> ((Long) v).intValue()).toList();
    }
}
