package org.vaeexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vaeexplorer.data.BundledDataset;
import org.vaeexplorer.data.DatasetSource;

/**
 * The command line a checkpoint records, as the app's own command ({@code vae-explorer train ...}) rather than the
 * process's (which names the maker's JVM, a temporary jar and absolute run folders): anyone can run it again, and
 * a shipped file says nothing about the machine that made it. Files and folders are named by their last part
 * ({@code --out /work/runs/x.vaex} becomes {@code --out x.vaex}); a bundled dataset keeps its id, a folder its name
 * (with its {@code :classes} selector). A resumed run's parent is identified by its SHA-256 in the provenance, not
 * by where it lay.
 */
final class RecordedCommand {
    static final String PROGRAM = "vae-explorer";
    /** Options whose value is a file or folder of the maker's machine. */
    private static final Set<String> PATH_OPTIONS = Set.of("--out", "--resume", "--checkpoint");
    /** The commands that write a checkpoint, as a recorded command line names them. */
    private static final Set<String> SUBCOMMANDS = Set.of("train", "export");
    private static final Pattern ABSOLUTE = Pattern.compile("^(/|~|[A-Za-z]:[\\\\/]|\\\\\\\\).*");

    private RecordedCommand() {
    }

    /** {@code vae-explorer SUBCOMMAND args...} with every path cut to its name; {@code args} follow the subcommand. */
    static String of(String subcommand, List<String> args) {
        List<String> words = new ArrayList<>(List.of(PROGRAM, subcommand));
        String pending = null;
        for (String arg : args) {
            if (pending != null) {
                words.add(value(pending, arg));
                pending = null;
                continue;
            }
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                String option = arg.substring(0, eq);
                words.add(option + "=" + value(option, arg.substring(eq + 1)));
            } else if (PATH_OPTIONS.contains(arg) || "--dataset".equals(arg)) {
                words.add(arg);
                pending = arg;
            } else {
                words.add(ABSOLUTE.matcher(arg).matches() ? name(arg) : arg);
            }
        }
        return String.join(" ", words.stream().map(RecordedCommand::quoted).toList());
    }

    /**
     * {@code command} as this class records it: a command line recorded by an earlier version (the process's own,
     * {@code /usr/lib/jvm/.../java -jar /tmp/x/vae-explorer.jar train --out /work/runs/r.vaex ...}) becomes
     * {@code vae-explorer train --out r.vaex ...}; one recorded by this version, or the Train page's, is kept. Words
     * are split at white space and single or double quotes group them, as a shell would.
     */
    static String clean(String command) {
        List<String> words = words(command);
        for (int i = 0; i < words.size(); i++) {
            if (SUBCOMMANDS.contains(words.get(i)) && (i == 0 || !words.get(i - 1).startsWith("-"))) {
                return of(words.get(i), words.subList(i + 1, words.size()));
            }
        }
        if (words.stream().noneMatch(w -> ABSOLUTE.matcher(w).matches())) {
            return command;
        }
        return String.join(" ", words.stream().map(w -> quoted(ABSOLUTE.matcher(w).matches() ? name(w) : w)).toList());
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char ch : command.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(ch)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(ch);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static String value(String option, String value) {
        if ("--dataset".equals(option)) {
            return dataset(value);
        }
        return PATH_OPTIONS.contains(option) || ABSOLUTE.matcher(value).matches() ? name(value) : value;
    }

    /** A bundled id as given ({@code mnist}, {@code mnist:7}); a folder by its name, its class selector kept. */
    static String dataset(String source) {
        DatasetSource parsed = DatasetSource.parse(source);
        if (BundledDataset.byId(parsed.base()).isPresent()) {
            return source;
        }
        return new DatasetSource(name(parsed.base()), parsed.classes(), parsed.side()).text();
    }

    /** The last part of a path ({@code /a/b/} gives {@code b}); a path without one (a root) gives itself. */
    static String name(String path) {
        String trimmed = path.replaceAll("[\\\\/]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String last = cut >= 0 ? trimmed.substring(cut + 1) : trimmed;
        last = last.startsWith("~") ? last.substring(1) : last;
        return last.isEmpty() || last.matches("[A-Za-z]:") ? "folder" : last;
    }

    private static String quoted(String word) {
        return word.isEmpty() || word.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"')
                ? "'" + word.replace("'", "'\\''") + "'" : word;
    }
}
