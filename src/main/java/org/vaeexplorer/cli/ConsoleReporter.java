package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.BatchEvent;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingOutcome;
import org.vaeexplorer.training.TrainingState;

/**
 * Prints one {@code key=value} line per epoch on stdout (with the disentanglement metrics at its end when the run
 * scores them), and a progress line on stderr about once a second.
 */
final class ConsoleReporter implements TrainingListener {
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    private final PrintStream out;
    private final PrintStream err;
    private long lastProgress;

    ConsoleReporter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void batchEnded(BatchEvent e) {
        long now = System.nanoTime();
        if (now - lastProgress > PROGRESS_EVERY_NANOS || e.batch() == e.batchesPerEpoch()) {
            lastProgress = now;
            err.printf(Locale.ROOT, "progress epoch=%d/%d batch=%d/%d nelbo=%.2f samples_per_s=%.0f%n",
                    e.epoch(), e.totalEpochs(), e.batch(), e.batchesPerEpoch(), e.terms().nelbo(),
                    e.samplesPerSecond());
        }
    }

    @Override
    public void epochEnded(VaeModel model, TrainingState state, EpochMetrics m) {
        out.printf(Locale.ROOT, "epoch=%d train_nelbo=%.3f test_nelbo=%.3f recon=%.3f kl=%.3f samples_per_s=%.0f "
                        + "seconds=%.1f%s%s%n", m.epoch(), m.trainNelbo(), m.testNelbo(), m.testRecon(), m.testKl(),
                m.samplesPerSecond(), m.seconds(), schedules(m), scores(m));
        out.flush();
    }

    @Override
    public void trainingEnded(VaeModel model, TrainingState state, TrainingOutcome outcome) {
        out.println("status=" + outcome.status().name().toLowerCase(Locale.ROOT) + " epochs=" + outcome.epochsDone());
        if (outcome.status() != TrainingOutcome.Status.COMPLETED) {
            err.println(outcome.message());
        }
    }

    /** The epoch's scores ({@code mig=} and the other disentanglement metrics for a dataset with factors). */
    private static String scores(EpochMetrics m) {
        StringBuilder s = new StringBuilder();
        m.scores().forEach((name, value) -> s.append(String.format(Locale.ROOT, " %s=%.4f", name, value)));
        // A kind's own training terms (CVAE-GAN: gan_loss_d=, gan_d_real= ...), epoch means.
        m.trainOwn().forEach((name, value) -> s.append(String.format(Locale.ROOT, " %s=%.4f", name, value)));
        return s.toString();
    }

    private static String schedules(EpochMetrics m) {
        StringBuilder s = new StringBuilder();
        if (!Double.isNaN(m.temperature())) {
            s.append(String.format(Locale.ROOT, " temperature=%.4f", m.temperature()));
        }
        if (!Double.isNaN(m.continuousCapacity())) {
            s.append(String.format(Locale.ROOT, " capacity_z=%.3f", m.continuousCapacity()));
        }
        if (!Double.isNaN(m.discreteCapacity())) {
            s.append(String.format(Locale.ROOT, " capacity_c=%.3f", m.discreteCapacity()));
        }
        return s.toString();
    }
}
