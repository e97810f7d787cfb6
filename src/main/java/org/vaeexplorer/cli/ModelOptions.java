package org.vaeexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.settings.ModelSetting;
import org.vaeexplorer.model.settings.SettingProblem;
import org.vaeexplorer.model.settings.SettingValues;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Model options of {@code train}: the kind, the {@code --conv} shorthand, and one option per declared
 * {@link ModelSetting}, made here from its declaration (flag, help from the bundle's English, value label, range),
 * not written out one by one. The values are read by {@link SettingValues}, as the Train form's are, so both
 * accept and refuse the same values with the same words.
 */
final class ModelOptions {
    @Option(names = "--model", completionCandidates = KindNames.class,
            description = "the kind: ${COMPLETION-CANDIDATES} (every model family on the class path)")
    String model;
    @Option(names = "--conv", description = "the same as --backbone conv (the TensorFlow tutorial's conv net)")
    boolean conv;
    private final Map<ModelSetting, OptionSpec> settingOptions = new EnumMap<>(ModelSetting.class);

    /** Options parsed from {@code args} alone (the model options of a {@code train} command line). */
    static ModelOptions parse(String... args) {
        ModelOptions options = new ModelOptions();
        new CommandLine(options.spec()).parseArgs(args);
        return options;
    }

    /** These options as a picocli command spec, to be mixed into {@code train}: the two above and the declared. */
    CommandSpec spec() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(this);
        for (ModelSetting setting : ModelSetting.values()) {
            OptionSpec option = option(setting);
            settingOptions.put(setting, option);
            spec.addOption(option);
        }
        return spec;
    }

    private static OptionSpec option(ModelSetting setting) {
        OptionSpec.Builder b = OptionSpec.builder(setting.flag()).paramLabel(label(setting))
                .description(help(setting).replace("%", "%%"));
        if (setting.type() == ModelSetting.Type.INTEGERS) {
            // Repeated or comma-separated (--hidden 512,256 or --hidden 512 --hidden 256), as before.
            return b.type(List.class).auxiliaryTypes(String.class).splitRegex(",").build();
        }
        return b.type(String.class).build();
    }

    private static String label(ModelSetting setting) {
        return switch (setting.type()) {
            case INTEGER -> "N";
            case NUMBER -> "X";
            case INTEGERS -> "N";
            case CHOICE -> String.join("|", setting.choice().mainWords());
        };
    }

    /** The form's tooltip in English, and the range the value must lie in. */
    private static String help(ModelSetting setting) {
        String text = EnglishText.text(setting.descriptionKey());
        return switch (setting.type()) {
            case INTEGER, INTEGERS -> text + " (" + (long) setting.min() + ".." + (long) setting.max() + ")";
            case NUMBER -> setting.max() == Double.MAX_VALUE ? text
                    : text + " (" + setting.text(setting.min()) + ".." + setting.text(setting.max()) + ")";
            case CHOICE -> text;
        };
    }

    /** Every flag of these options, the declared settings' in their order. */
    List<String> flags() {
        List<String> flags = new ArrayList<>(List.of("--model", "--conv"));
        Arrays.stream(ModelSetting.values()).map(ModelSetting::flag).forEach(flags::add);
        return flags;
    }

    /** The texts given, by setting ({@code --conv} as {@code --backbone conv} unless a backbone is given). */
    private Map<ModelSetting, String> texts() {
        Map<ModelSetting, String> texts = new LinkedHashMap<>();
        settingOptions.forEach((setting, option) -> {
            Object value = option.getValue();
            if (value instanceof List<?> parts) {
                texts.put(setting, parts.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (value != null) {
                texts.put(setting, value.toString());
            }
        });
        if (conv) {
            texts.putIfAbsent(ModelSetting.BACKBONE, "conv");
        }
        return texts;
    }

    /** The given values read for the chosen kind. */
    private SettingValues values() {
        return SettingValues.read(kind(), texts());
    }

    /**
     * Refuses, before any data is read, a value that is not of its setting's type (not a number, NaN, a word no
     * choice has) or, for a setting the kind reads, outside its declared range; the message names the flag and
     * says what the Train form says of its field.
     */
    void requireValid() {
        List<SettingProblem> problems = values().problems();
        if (!problems.isEmpty()) {
            SettingProblem p = problems.get(0);
            throw new IllegalArgumentException(p.setting().flag() + ": " + EnglishText.text(p.key(),
                    p.arguments(EnglishText.text(p.setting().nameKey()))));
        }
    }

    ModelSpec toSpec(int rows, int cols, int channels, int numClasses) {
        requireValid();
        return values().apply(ModelSpecBuilder.of(kind()).images(rows, cols, channels, numClasses)).build();
    }

    ModelKind kind() {
        return ModelKind.parse(model).orElseThrow(() -> new IllegalArgumentException(
                "unknown model '" + model + "' (" + Arrays.stream(ModelKind.values()).map(ModelKind::cliName)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The options given that the chosen kind does not read (e.g. {@code --beta} with {@code --model vae}, or
     * {@code --hidden} with a conv net), by their declarations.
     */
    List<String> ignoredOptions() {
        return values().ignored().stream().map(ModelSetting::flag).toList();
    }

    /** The kinds' command-line names, from the families, so a new kind shows in the help without an edit here. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(org.vaeexplorer.model.ModelKind.values())
                    .map(org.vaeexplorer.model.ModelKind::cliName).iterator();
        }
    }
}
