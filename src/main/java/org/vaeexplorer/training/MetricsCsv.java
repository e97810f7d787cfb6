package org.vaeexplorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A run's per-epoch history as CSV, one row per epoch; schedules a model does not use are left empty. */
public final class MetricsCsv {
    private MetricsCsv() {
    }

    public static void write(List<EpochMetrics> history, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("epoch,iteration,train_nelbo,train_recon,train_kl,test_nelbo,"
                + "test_recon,test_kl,temperature,capacity,seconds,samples_per_s\n");
        for (EpochMetrics m : history) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%s,%s,%.2f,%.1f%n",
                    m.epoch(), m.iteration(), m.trainNelbo(), m.trainRecon(), m.trainKl(), m.testNelbo(),
                    m.testRecon(), m.testKl(), Double.isNaN(m.temperature()) ? "" : m.temperature(),
                    Double.isNaN(m.continuousCapacity()) ? "" : m.continuousCapacity(), m.seconds(),
                    m.samplesPerSecond()));
        }
        Files.writeString(file, csv);
    }
}
