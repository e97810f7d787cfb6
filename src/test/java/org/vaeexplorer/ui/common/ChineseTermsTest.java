package org.vaeexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Chinese texts call each thing by one name (issue 27.11): the model line said 联合 VAE while lesson 4 said
 * Joint VAE, and lesson 2 called the negative ELBO 负证据下界（ELBO）, a name and a symbol that disagree in sign.
 */
class ChineseTermsTest {
    private static final Path MESSAGES = Path.of("src/main/resources/org/vaeexplorer/ui/common/messages_zh_CN.properties");
    private static final Path LESSONS = Path.of("src/main/resources/org/vaeexplorer/ui/lessons/lessons_zh_CN.properties");
    private static final Path README = Path.of("README.zh-CN.md");
    /** The built-in lessons' session files, whose "zh" texts are the lessons in Chinese. */
    private static final Path LESSON_FILES = Path.of("src/main/resources/org/vaeexplorer/ui/lessons/builtin");

    @Test
    void theJointVaeHasOneChineseNameWithTheEnglishOneOnlyInBracketsBesideIt() throws IOException {
        assertEquals("联合 VAE", load(MESSAGES).getProperty("kind.JOINT_VAE"));
        assertTrue(chinese("4-joint.vaexs").get(1).startsWith("联合 VAE"), "the intro");
        for (Path file : List.of(MESSAGES, LESSONS, README, LESSON_FILES)) {
            String text = text(file);
            String withoutGloss = text.replace("联合 VAE（Joint VAE）", "");
            assertFalse(withoutGloss.contains("Joint VAE"), file + " says Joint VAE outside 联合 VAE（Joint VAE）");
        }
    }

    @Test
    void theNegativeElboIsNamedWithItsSign() throws IOException {
        String step = chinese("2-training.vaexs").get(2);
        assertTrue(step.contains("负证据下界（−ELBO）"), step);
        for (Path file : List.of(MESSAGES, LESSONS, README, LESSON_FILES)) {
            assertFalse(text(file).contains("负证据下界（ELBO）"), file.toString());
        }
    }

    /** A file's text; for the lessons' folder, the Chinese texts of its session files. */
    private static String text(Path file) throws IOException {
        if (!Files.isDirectory(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(file)) {
            for (Path f : files.sorted().toList()) {
                all.append(String.join("\n", chinese(f.getFileName().toString()))).append('\n');
            }
        }
        return all.toString();
    }

    /** The Chinese texts of a built-in lesson's session file, in the file's order (title, intro, steps...). */
    private static List<String> chinese(String lessonFile) throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(LESSON_FILES.resolve(lessonFile).toFile());
        return tree.findValues("zh").stream().map(com.fasterxml.jackson.databind.JsonNode::asText).toList();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
