package org.vaeexplorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A run's per-epoch history as CSV, one row per epoch; schedules a model does not use are left empty. An epoch's
 * scores (the disentanglement metrics of a run on a dataset with factors) follow as one column each, by name.
 */
public final class MetricsCsv {
    private MetricsCsv() {
    }

    public static void write(List<EpochMetrics> history, Path file) throws IOException {
        Set<String> scores = new LinkedHashSet<>();
        history.forEach(m -> scores.addAll(m.scores().keySet()));
        StringBuilder csv = new StringBuilder("epoch,iteration,train_nelbo,train_recon,train_kl,test_nelbo,"
                + "test_recon,test_kl,temperature,capacity,seconds,samples_per_s");
        scores.forEach(name -> csv.append(',').append(name));
        csv.append('\n');
        for (EpochMetrics m : history) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%s,%s,%.2f,%.1f",
                    m.epoch(), m.iteration(), m.trainNelbo(), m.trainRecon(), m.trainKl(), m.testNelbo(),
                    m.testRecon(), m.testKl(), Double.isNaN(m.temperature()) ? "" : m.temperature(),
                    Double.isNaN(m.continuousCapacity()) ? "" : m.continuousCapacity(), m.seconds(),
                    m.samplesPerSecond()));
            for (String name : scores) {
                Double v = m.scores().get(name);
                csv.append(',').append(v == null ? "" : String.format(Locale.ROOT, "%.4f", v));
            }
            csv.append('\n');
        }
        Files.writeString(file, csv);
    }
}
