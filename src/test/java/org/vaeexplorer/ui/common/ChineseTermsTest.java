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

    @Test
    void theJointVaeHasOneChineseNameWithTheEnglishOneOnlyInBracketsBesideIt() throws IOException {
        assertEquals("联合 VAE", load(MESSAGES).getProperty("kind.JOINT_VAE"));
        assertTrue(load(LESSONS).getProperty("lesson.joint.intro").startsWith("联合 VAE"));
        for (Path file : List.of(MESSAGES, LESSONS, README)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String withoutGloss = text.replace("联合 VAE（Joint VAE）", "");
            assertFalse(withoutGloss.contains("Joint VAE"), file + " says Joint VAE outside 联合 VAE（Joint VAE）");
        }
    }

    @Test
    void theNegativeElboIsNamedWithItsSign() throws IOException {
        String step = load(LESSONS).getProperty("lesson.training.step1");
        assertTrue(step.contains("负证据下界（−ELBO）"), step);
        for (Path file : List.of(MESSAGES, LESSONS, README)) {
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("负证据下界（ELBO）"), file.toString());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
