package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodesCsvTest {
    @Test
    void oneRowPerImageWithItsClassNameMeansAndLogVariances(@TempDir Path dir) throws Exception {
        EncodedImages codes = new EncodedImages(2, 2, new float[] {0.5f, -1f, 2f, 0.25f},
                new float[] {-1f, -2f, 0f, 0.5f}, new int[] {1, 0}, new int[][] {{3, -1}});
        Path file = dir.resolve("codes.csv");
        CodesCsv.write(codes, List.of("T-shirt/top", "Bag, large"), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(
                "index,label,class,category,mu_1,mu_2,logvar_1,logvar_2",
                "0,1,\"Bag, large\",3,0.5,-1.0,-1.0,-2.0",
                "1,0,T-shirt/top,,2.0,0.25,0.0,0.5"), lines);
    }
}
