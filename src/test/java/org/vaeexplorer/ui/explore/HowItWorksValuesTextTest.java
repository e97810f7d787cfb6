package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.family.NetworkBlock;
import org.vaeexplorer.ui.common.I18n;

/**
 * How many values leave a block, in words: one value, many values, in English; Chinese has no plural. The CVAE-GAN's
 * discriminator D(x) is the block with one value (it once read "1 values per image").
 */
class HowItWorksValuesTextTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void oneValueIsSingularAndMoreArePlural() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals(List.of("1 value per image"), values(1));
        assertEquals(List.of("2 values per image"), values(2));
        assertEquals(List.of("1,024 values per image"), values(1024));
        NetworkBlock discriminator = ModelKind.named("cvae-gan").defaultSpec(28, 28, 10).blocks().stream()
                .filter(b -> b.role() == NetworkBlock.Role.DISCRIMINATOR).findFirst().orElseThrow();
        assertEquals(1, discriminator.width(), "D(x): one value, real or generated");
        assertEquals(List.of("1 value per image"), HowItWorksTexts.numbers(discriminator, null, List.of()));
    }

    @Test
    void chineseCountsWithoutAPlural() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("每张图像 1 个数"), values(1));
        assertEquals(List.of("每张图像 1,024 个数"), values(1024));
        assertTrue(values(2).get(0).contains(" 2 "), values(2).toString());
    }

    private static List<String> values(int width) {
        return HowItWorksTexts.numbers(new NetworkBlock(NetworkBlock.Role.DECODER, List.of("512 → " + width), width),
                null, List.of());
    }
}
