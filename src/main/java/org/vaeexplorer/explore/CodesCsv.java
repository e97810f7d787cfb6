package org.vaeexplorer.explore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The encoded test set as CSV: index, label, class name, category, then mu_1..mu_d and logvar_1..logvar_d. */
public final class CodesCsv {
    private CodesCsv() {
    }

    public static void write(LatentCodes codes, List<String> classNames, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("index,label,class,category");
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
                        .append(quote(label < classNames.size() ? classNames.get(label) : "")).append(',')
                        .append(codes.categories()[i] >= 0 ? Integer.toString(codes.categories()[i]) : "");
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
