package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.metrics.Spread;
import org.vaeexplorer.training.TrainingOutcome;

/**
 * {@code train --seeds 1,2,3}: the same model trained once per seed, one run after another, each into its own
 * checkpoint ({@code --out NAME.vaex} becomes {@code NAME-seed1.vaex}...), and then every seed's figures and their
 * median and range, so that no single (lucky) seed is reported alone (Locatello et al. 2019, see {@link Spread}).
 *
 * <p>A seed's figures are those of its saved checkpoint: the last epoch's test NELBO, the seconds its training took
 * (wall clock, saving and per-epoch scoring included), and for a dataset with known factors the four metrics exactly
 * as {@code eval --checkpoint NAME-seedN.vaex} prints them ({@link #EVAL_SEED}, eval's sample sizes). The lines:
 * <pre>
 * seed=1 checkpoint=/abs/NAME-seed1.vaex test_nelbo=32.061 seconds=241.3 mig=0.0501 factorvae_score=0.4600 ...
 * seeds=3 completed=3
 * test_nelbo_median=32.061 test_nelbo_min=31.877 test_nelbo_max=32.540
 * mig_median=... (one such line per figure)
 * </pre>
 * A seed whose run diverged is named ({@code seed=2 status=diverged}) and left out of the median and range; the
 * command then exits with 1. A cancelled run (Ctrl+C) ends the sweep.
 */
final class SeedSweep {
    /** The sample seed of the metrics: eval's default {@code --seed}, so eval reproduces each seed's figures. */
    static final long EVAL_SEED = 1;
    private final TrainCommand train;
    private final List<Long> seeds;
    private final PrintStream out = System.out;

    SeedSweep(TrainCommand train, List<Long> seeds) {
        this.train = train;
        this.seeds = List.copyOf(seeds);
    }

    /** One seed's figures by name, in print order ({@code test_nelbo}, {@code seconds}, then the metrics). */
    record SeedFigures(long seed, Path checkpoint, Map<String, Double> figures) {
    }

    int run() throws IOException, InterruptedException {
        List<String> args = train.commandSpec.commandLine().getParseResult().originalArgs();
        if (train.resume != null || train.commandSpec.commandLine().getParseResult().hasMatchedOption("--seed")) {
            throw new IllegalArgumentException("--seeds trains fresh runs: give it without --seed and --resume");
        }
        if (seeds.isEmpty() || new LinkedHashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("--seeds needs distinct seeds, e.g. --seeds 1,2,3; got " + seeds);
        }
        for (long seed : seeds) {
            train.prepareOutput(fileFor(train.out, seed), null);
        }
        LabelledSplits data = train.loadFresh();
        List<SeedFigures> done = new ArrayList<>();
        List<Long> diverged = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            Path file = fileFor(train.out, seed);
            out.printf(Locale.ROOT, "run=%d/%d seed=%d%n", i + 1, seeds.size(), seed);
            long started = System.nanoTime();
            TrainCommand.Trained trained = train.trainAndSave(train.freshSource(data, seed), data, file,
                    train.commandLine(singleRunArgs(args, seed, file)));
            double seconds = (System.nanoTime() - started) / 1e9;
            TrainingOutcome.Status status = trained.outcome().status();
            if (status == TrainingOutcome.Status.DIVERGED) {
                diverged.add(seed);
                continue;
            }
            if (status == TrainingOutcome.Status.CANCELLED) {
                out.println("status=cancelled seeds_done=" + done.size());
                return 0;
            }
            done.add(figuresOf(seed, file, seconds));
        }
        print(done, diverged, out);
        return diverged.isEmpty() ? 0 : 1;
    }

    private SeedFigures figuresOf(long seed, Path file, double seconds) throws IOException {
        Checkpoint c = new CheckpointStore().load(file);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("test_nelbo", c.manifest().lastTestNelbo());
        figures.put("seconds", seconds);
        DisentanglementEval.scores(c.model(), c.manifest().dataset().source(), c.manifest().training().scaling(),
                EVAL_SEED).ifPresent(s -> figures.putAll(s.named()));
        return new SeedFigures(seed, file, figures);
    }

    /** Each seed's line, then the median, min and max of every figure over the completed seeds. */
    static void print(List<SeedFigures> done, List<Long> diverged, PrintStream out) {
        for (SeedFigures s : done) {
            StringBuilder line = new StringBuilder("seed=" + s.seed() + " checkpoint=" + s.checkpoint()
                    .toAbsolutePath());
            s.figures().forEach((name, value) -> line.append(' ').append(name).append('=').append(format(value)));
            out.println(line);
        }
        for (long seed : diverged) {
            out.println("seed=" + seed + " status=diverged");
        }
        out.println("seeds=" + (done.size() + diverged.size()) + " completed=" + done.size());
        Set<String> names = new LinkedHashSet<>();
        done.forEach(s -> names.addAll(s.figures().keySet()));
        for (String name : names) {
            double[] values = done.stream().filter(s -> s.figures().containsKey(name))
                    .mapToDouble(s -> s.figures().get(name)).toArray();
            Spread spread = Spread.of(values);
            out.printf(Locale.ROOT, "%1$s_median=%2$s %1$s_min=%3$s %1$s_max=%4$s%n", name,
                    format(spread.median()), format(spread.min()), format(spread.max()));
        }
    }

    /** Four decimals: the metrics are fractions, and a NELBO or a time needs no more. */
    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** {@code NAME.vaex} becomes {@code NAME-seedN.vaex} beside it. */
    static Path fileFor(Path out, long seed) {
        String name = out.getFileName().toString();
        String stem = name.endsWith(CheckpointStore.EXTENSION)
                ? name.substring(0, name.length() - CheckpointStore.EXTENSION.length()) : name;
        return out.resolveSibling(stem + "-seed" + seed + CheckpointStore.EXTENSION);
    }

    /**
     * The command line that trains this seed alone, for its checkpoint's record: {@code --seeds ...} becomes
     * {@code --seed N} and {@code --out} names this seed's file.
     */
    static List<String> singleRunArgs(List<String> args, long seed, Path file) {
        List<String> single = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--seeds") || a.equals("--out")) {
                i++;
            } else if (!a.startsWith("--seeds=") && !a.startsWith("--out=")) {
                single.add(a);
            }
        }
        single.addAll(List.of("--seed", Long.toString(seed), "--out", file.toString()));
        return single;
    }
}
