package org.vaeexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported history keeps an epoch's scores, one column each; an epoch without them leaves its cells empty. */
class MetricsCsvTest {
    @TempDir
    Path dir;

    @Test
    void scoresAreColumnsAfterTheLossesAndEmptyWhereAnEpochHasNone() throws Exception {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("mig", 0.125);
        scores.put("dci_disentanglement", 0.5);
        Path csv = dir.resolve("h.csv");
        MetricsCsv.write(List.of(epoch(1, Map.of()), epoch(2, scores)), csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertEquals("mig,dci_disentanglement", String.join(",", List.of(lines.get(0).split(",")).subList(12, 14)));
        assertEquals(",", lines.get(1).substring(lines.get(1).length() - 1), "epoch 1 has no scores");
        assertEquals(List.of("0.1250", "0.5000"), List.of(lines.get(2).split(",")).subList(12, 14));
    }

    private static EpochMetrics epoch(int e, Map<String, Double> scores) {
        return new EpochMetrics(e, e * 10L, 100, 100, 90, 10, 101, 91, 10, new float[2], new float[0], Double.NaN,
                Double.NaN, Double.NaN, 1.5, 1000, scores, Map.of());
    }
}
