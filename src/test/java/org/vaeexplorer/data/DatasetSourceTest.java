package org.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSourceTest {
    @TempDir
    Path dir;

    @Test
    void aClassSelectorIsReadAfterTheLastColon() {
        assertEquals(new DatasetSource("mnist", List.of()), DatasetSource.parse("mnist"));
        assertEquals(new DatasetSource("mnist", List.of(7)), DatasetSource.parse("mnist:7"));
        assertEquals(new DatasetSource("fashion-mnist", List.of(0, 6)), DatasetSource.parse("fashion-mnist:6,0,6"));
        assertEquals(new DatasetSource("/data/kmnist:x", List.of()), DatasetSource.parse("/data/kmnist:x"));
    }

    @Test
    void aSizeIsReadBeforeTheClassSelectorAndWrittenBack() {
        assertEquals(new DatasetSource("mnist", List.of(), 32), DatasetSource.parse("mnist@32"));
        assertEquals(new DatasetSource("mnist", List.of(7), 32), DatasetSource.parse("mnist@32:7"));
        assertEquals("mnist@32:7", DatasetSource.parse("mnist@32:7").text());
        assertThrows(IllegalArgumentException.class, () -> DatasetSource.parse("mnist@2"));
    }

    @Test
    void classesAreReadAsTypedAndWrittenBackInOneForm() {
        assertEquals(java.util.Optional.of(List.of(0, 6)), DatasetSource.classList(" 0, 6 "));
        assertEquals(java.util.Optional.of(List.of(0, 6)), DatasetSource.classList("0 6"));
        assertEquals(java.util.Optional.of(List.of()), DatasetSource.classList("  "));
        assertTrue(DatasetSource.classList("sevens").isEmpty());
        assertTrue(DatasetSource.classList("7,").isEmpty());
        assertEquals("fashion-mnist:0,6", new DatasetSource("fashion-mnist", List.of(6, 0, 6)).text());
        assertEquals("mnist", new DatasetSource("mnist", List.of()).text());
        assertEquals(DatasetSource.parse("mnist:7,3"), DatasetSource.parse(DatasetSource.parse("mnist:7,3").text()));
    }

    @Test
    void aPathThatExistsAsWrittenIsNeverSplit() throws IOException {
        Path odd = Files.createDirectory(dir.resolve("digits:7"));
        assertEquals(new DatasetSource(odd.toString(), List.of()), DatasetSource.parse(odd.toString()));
    }

    @Test
    void mnistSevensAreOneClassNamedSevenWithEverySevenOfBothSplits() throws IOException {
        LabelledSplits all = DatasetLoader.loadBundled(BundledDataset.MNIST);
        LabelledSplits sevens = DatasetLoader.load("mnist:7");
        assertEquals(List.of("7"), sevens.train().classNames());
        assertEquals(count(all.train(), 7), sevens.train().size());
        assertEquals(count(all.test(), 7), sevens.test().size());
        assertTrue(java.util.Arrays.stream(sevens.test().labels()).allMatch(l -> l == 0));
        int firstSeven = firstOf(all.test(), 7);
        assertArrayEquals(all.test().image(firstSeven, PixelScaling.GREY), sevens.test().image(0, PixelScaling.GREY));
        // The files read are the bundled ones: a model trained on the sevens names the same checksums.
        assertEquals(all.fileSha256(), sevens.fileSha256());
        assertEquals("mnist:7", sevens.name());
    }

    @Test
    void selectedClassesAreRenumberedInAscendingOrderAndKeepTheirNames() throws IOException {
        ImageDataset test = DatasetLoader.load("fashion-mnist:9,0").test();
        assertEquals(List.of("T-shirt/top", "Ankle boot"), test.classNames());
        assertTrue(java.util.Arrays.stream(test.labels()).allMatch(l -> l == 0 || l == 1));
        assertEquals(2000, test.size());
    }

    @Test
    void theExplorersTestSplitIsSelectedToo() throws IOException {
        DatasetCache cache = new DatasetCache();
        assertEquals(List.of("3"), cache.test("mnist:3").classNames());
        assertEquals(10, cache.test("mnist").numClasses());
    }

    @Test
    void aClassTheDatasetLacksIsRefusedSayingWhich() {
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.load("mnist:12"));
        assertTrue(e.getMessage().contains("0..9") && e.getMessage().contains("12"), e.getMessage());
    }

    private static int count(ImageDataset d, int label) {
        return (int) java.util.Arrays.stream(d.labels()).filter(l -> l == label).count();
    }

    private static int firstOf(ImageDataset d, int label) {
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i) == label) {
                return i;
            }
        }
        throw new AssertionError("no " + label);
    }
}
