package org.vaeexplorer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** Finds what in a checkpoint's manifest names a place on the machine that made it. */
public final class ManifestPaths {
    /** Folders of a maker's machine, anywhere in a value. */
    private static final Pattern MACHINE = Pattern.compile("/home/|/tmp/|/work/|/root/|/usr/|[A-Za-z]:\\\\");
    /** A value, or a word of a command, that starts as an absolute path does. */
    private static final Pattern ABSOLUTE = Pattern.compile("^(/|~/|[A-Za-z]:[\\\\/]|\\\\\\\\).*");

    private ManifestPaths() {
    }

    /** Every string of the manifest of {@code checkpoint} (or word of one) that is or holds an absolute path. */
    public static List<String> absolutePaths(Path checkpoint) throws IOException {
        JsonNode manifest;
        try (ZipFile zip = new ZipFile(checkpoint.toFile())) {
            manifest = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
        }
        List<String> found = new ArrayList<>();
        collect(manifest, "", found);
        return found;
    }

    private static void collect(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), where + "." + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]", found);
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            if (MACHINE.matcher(text).find()) {
                found.add(where + ": " + text);
                return;
            }
            for (String word : text.split("[\\s=]+")) {
                if (ABSOLUTE.matcher(word).matches()) {
                    found.add(where + ": " + word + " in " + text);
                }
            }
        }
    }
}
