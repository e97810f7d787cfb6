package org.vaeexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.BundledDataset;

/** The bundled Fashion-MNIST's class names are shown in the UI's language; digits and other names as they are. */
class ClassNamesTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void fashionClassesAreChineseInTheChineseUiAndEnglishInTheEnglishOne() {
        List<String> stored = BundledDataset.FASHION_MNIST.classNames();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> chinese = ClassNames.display(stored);
        assertEquals(List.of("T恤/上衣", "裤子", "套头衫", "连衣裙", "外套", "凉鞋", "衬衫", "运动鞋", "包", "短靴"), chinese);

        I18n.setLocale(Locale.ENGLISH);
        assertEquals(stored, ClassNames.display(stored));
    }

    @Test
    void theSpritesShapesAreChineseInTheChineseUi() {
        List<String> stored = org.vaeexplorer.data.SpriteSpace.SHAPES;
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("正方形", "椭圆", "心形"), ClassNames.display(stored));
        I18n.setLocale(Locale.ENGLISH);
        assertEquals(stored, ClassNames.display(stored));
    }

    @Test
    void digitsAndNamesOfTheUsersOwnDatasetsStayAsTheyAre() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals(BundledDataset.MNIST.classNames(), ClassNames.display(BundledDataset.MNIST.classNames()));
        assertEquals("class 3", ClassNames.display("class 3"));
        assertTrue(ClassNames.display("Ankle boot").equals("短靴"), "a single name is translated too");
    }
}
