package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkpoints of one run folder, or those shipped with the app, as the Models page shows them (issue 27.9: a
 * flat list grew by five rows a run). A run shows its {@code best.vaex} and {@code last.vaex}; the per-epoch
 * files it keeps are folded under them, oldest last.
 *
 * @param folder the run's folder; null for the shipped group
 * @param shown  the checkpoints shown under the group
 * @param folded the ones folded away (a run's per-epoch checkpoints)
 */
public record ModelGroup(Path folder, List<ModelEntry> shown, List<ModelEntry> folded) {
    private static final Pattern EPOCH = Pattern.compile("epoch-(\\d+)\\.vaex");
    private static final List<String> HEADLINE = List.of("best.vaex", "last.vaex");

    public ModelGroup {
        shown = List.copyOf(shown);
        folded = List.copyOf(folded);
    }

    public boolean shipped() {
        return folder == null;
    }

    /** The checkpoint the group stands for (its card, Open): the best, else the last, else the first. */
    public ModelEntry primary() {
        return shown.isEmpty() ? folded.get(0) : shown.get(0);
    }

    /** Every checkpoint in the group. */
    public List<ModelEntry> all() {
        List<ModelEntry> all = new ArrayList<>(shown);
        all.addAll(folded);
        return all;
    }

    /** The shipped checkpoints first, then one group per run folder, the newest run (by folder name) first. */
    static List<ModelGroup> of(List<ModelEntry> entries) {
        List<ModelEntry> shipped = new ArrayList<>();
        Map<Path, List<ModelEntry>> runs = new LinkedHashMap<>();
        for (ModelEntry e : entries) {
            if (e.origin().equals("shipped")) {
                shipped.add(e);
            } else {
                runs.computeIfAbsent(e.file().getParent(), f -> new ArrayList<>()).add(e);
            }
        }
        List<ModelGroup> groups = new ArrayList<>();
        if (!shipped.isEmpty()) {
            groups.add(new ModelGroup(null, shipped, List.of()));
        }
        runs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Path, List<ModelEntry>> r) -> r.getKey().toString())
                        .reversed())
                .forEach(r -> groups.add(run(r.getKey(), r.getValue())));
        return groups;
    }

    private static ModelGroup run(Path folder, List<ModelEntry> files) {
        List<ModelEntry> shown = new ArrayList<>();
        List<ModelEntry> folded = new ArrayList<>();
        for (ModelEntry e : files) {
            (HEADLINE.contains(e.file().getFileName().toString()) ? shown : folded).add(e);
        }
        shown.sort(Comparator.comparing(e -> HEADLINE.indexOf(e.file().getFileName().toString())));
        folded.sort(Comparator.comparing(ModelGroup::epoch).reversed()
                .thenComparing(e -> e.file().getFileName().toString()));
        return new ModelGroup(folder, shown, folded);
    }

    /** The epoch of {@code epoch-N.vaex}; -1 for other names, which sort after the epochs. */
    private static int epoch(ModelEntry e) {
        Matcher m = EPOCH.matcher(e.file().getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
