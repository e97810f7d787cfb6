package org.vaeexplorer.explore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The encoded test set as CSV: index, label, class name, category (one column; category_1..category_k for k
 * discrete latents), then mu_1..mu_d and logvar_1..logvar_d.
 */
public final class CodesCsv {
    private CodesCsv() {
    }

    public static void write(EncodedImages codes, List<String> classNames, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int latents = codes.categories().length;
            StringBuilder header = new StringBuilder("index,label,class");
            for (int l = 1; l <= Math.max(1, latents); l++) {
                header.append(latents > 1 ? ",category_" + l : ",category");
            }
            for (int d = 1; d <= codes.dim(); d++) {
                header.append(",mu_").append(d);
            }
            for (int d = 1; d <= codes.dim(); d++) {
                header.append(",logvar_").append(d);
            }
            w.write(header.append('\n').toString());
            for (int i = 0; i < codes.count(); i++) {
                int label = codes.labels()[i];
                StringBuilder row = new StringBuilder().append(i).append(',').append(label).append(',')
                        .append(quote(label < classNames.size() ? classNames.get(label) : ""));
                for (int l = 0; l < Math.max(1, latents); l++) {
                    int c = l < latents ? codes.categories()[l][i] : -1;
                    row.append(',').append(c >= 0 ? Integer.toString(c) : "");
                }
                for (int d = 0; d < codes.dim(); d++) {
                    row.append(',').append(codes.mu()[i * codes.dim() + d]);
                }
                for (int d = 0; d < codes.dim(); d++) {
                    row.append(',').append(codes.logvar()[i * codes.dim() + d]);
                }
                w.write(row.append('\n').toString());
            }
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
