package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a teacher can hide is what presentation mode folds away (issue 33): every control marked secondary in the
 * FXML files, or in code, has an id the list of hideable controls names, and nothing else is on the list.
 */
class HideableControlsTest {
    private static final Pattern SECONDARY_ELEMENT = Pattern.compile("<[A-Za-z]+[^>]*styleClass=\"[^\"]*secondary[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Test
    void everySecondaryControlCanBeHiddenAndOnlyThose() throws IOException {
        Set<String> secondary = new TreeSet<>();
        Set<String> withoutId = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/vaeexplorer/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = SECONDARY_ELEMENT.matcher(Files.readString(f));
                while (m.find()) {
                    Matcher id = ID.matcher(m.group());
                    if (id.find()) {
                        secondary.add(id.group(1));
                    } else {
                        withoutId.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        // Made in code: the factor browser's button.
        secondary.add("factorElsewhere");
        assertEquals(Set.of(), withoutId, "a secondary control needs an id to be hidden by name");
        assertEquals(secondary, new TreeSet<>(HideableControls.SECONDARY));
    }

    @Test
    void everyExploreViewCanBeHidden() {
        var views = HideableControls.exploreViews().stream().map(HideableControls.Control::id).toList();
        assertTrue(views.containsAll(java.util.List.of("planeTab", "gridTab", "overviewTab", "drawTab",
                "completionTab", "factorsTab")), views.toString());
        assertTrue(views.stream().allMatch(v -> v.endsWith("Tab")), views.toString());
    }
}
