package org.vaeexplorer.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.FlatCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.EpochMetrics;
import org.vaeexplorer.training.RunControl;
import org.vaeexplorer.training.Trainer;
import org.vaeexplorer.training.TrainingFixtures;
import org.vaeexplorer.training.TrainingListener;
import org.vaeexplorer.training.TrainingSettings;
import org.vaeexplorer.training.TrainingState;

class CheckpointStoreTest {
    private final CheckpointStore store = new CheckpointStore();
    private final LabelledSplits mnist = TrainingFixtures.mnist();
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsManifestAndDecodesIdentically() throws Exception {
        VaeModel model = VaeModel.create(ModelKind.CVAE.defaultSpec(28, 28, 10), 4, 1e-3);
        TrainingSettings settings = TrainingFixtures.small(1, 320, 100);
        TrainingState state = new TrainingState();
        new Trainer(new RunControl(), new TrainingListener() { }).train(model, mnist, state, settings);
        Path file = dir.resolve("cvae.vaex");
        store.save(file, manifest(model, settings, state), model);

        Checkpoint loaded = store.load(file);
        assertEquals(model.spec(), loaded.manifest().model());
        assertEquals(1, loaded.manifest().epochsDone());
        assertEquals(state.history().get(0).testNelbo(), loaded.manifest().lastTestNelbo(), 0);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                loaded.manifest().dataset().classNames());
        float[] z = {0.3f, -1.1f, 1.5f, 0.2f};
        float[] labels = VaeModel.oneHot(new int[] {3, 7}, 10);
        assertArrayEquals(FlatCodes.decode(model, z, new float[0], labels, 2),
                FlatCodes.decode(loaded.model(), z, new float[0], labels, 2));
        assertEquals(loaded.manifest().model().kind(), store.readManifest(file).model().kind());
    }

    @Test
    void resumedTrainingContinuesExactlyLikeAnUninterruptedRun() throws Exception {
        TrainingSettings two = TrainingFixtures.small(2, 640, 200);
        VaeModel straight = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 9, 1e-3);
        List<EpochMetrics> straightEpochs = new ArrayList<>();
        new Trainer(new RunControl(), collect(straightEpochs)).train(straight, mnist, new TrainingState(), two);

        VaeModel first = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 9, 1e-3);
        TrainingState state = new TrainingState();
        new Trainer(new RunControl(), new TrainingListener() { }).train(first, mnist, state, two.withEpochs(1));
        Path file = dir.resolve("half.vaex");
        store.save(file, manifest(first, two, state), first);
        Checkpoint resumed = store.load(file);
        List<EpochMetrics> resumedEpochs = new ArrayList<>();
        new Trainer(new RunControl(), collect(resumedEpochs)).train(resumed.model(), mnist, resumed.trainingState(), two);

        assertEquals(1, resumedEpochs.size());
        assertEquals(straightEpochs.get(1).trainNelbo(), resumedEpochs.get(0).trainNelbo(), 0.0);
        assertEquals(straightEpochs.get(1).testNelbo(), resumedEpochs.get(0).testNelbo(), 0.0);
        float[] z = {0.5f, -0.5f};
        assertArrayEquals(FlatCodes.decode(straight, z, new float[0], new float[0], 1),
                FlatCodes.decode(resumed.model(), z, new float[0], new float[0], 1));
    }

    @Test
    void truncatedFileIsReported() throws Exception {
        Path good = savedModel();
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.vaex"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "truncated");
    }

    @Test
    void flippedWeightBytesFailTheChecksum() throws Exception {
        Map<String, byte[]> entries = CheckpointFuzzTest.entries(savedModel());
        byte[] model = entries.get(CheckpointStore.MODEL);
        for (int i = model.length / 2; i < model.length / 2 + 4096 && i < model.length; i++) {
            model[i] ^= 0x5A;
        }
        assertRefused(rezip("flipped.vaex", entries), "checksum");
    }

    @Test
    void foreignFilesAreRefused() throws Exception {
        Path png = Files.write(dir.resolve("picture.vaex"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertRefused(png, "not a VAE Explorer checkpoint");
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(rezip("report.vaex", other), "not a VAE Explorer checkpoint");
        assertRefused(Files.write(dir.resolve("empty.vaex"), new byte[0]), "not a VAE Explorer checkpoint");
        assertRefused(dir.resolve("missing.vaex"), "does not exist");
    }

    @Test
    void aCheckpointFromTheFutureNamesItsVersion() throws Exception {
        Map<String, byte[]> entries = CheckpointFuzzTest.entries(savedModel());
        String manifest = new String(entries.get(CheckpointStore.MANIFEST), StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\" : " + CheckpointManifest.CURRENT_VERSION, "\"formatVersion\" : 7");
        entries.put(CheckpointStore.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        entries.put(CheckpointStore.CHECKSUMS, checksums(entries));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> store.load(rezip("future.vaex", entries)));
        assertTrue(e.getMessage().contains("newer") && e.getMessage().contains("format 7"), e.getMessage());
    }

    @Test
    void oversizedEntriesAreRefusedWithoutReadingThemWhole() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] huge = new byte[(int) CheckpointStore.MAX_MANIFEST_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        entries.put(CheckpointStore.MANIFEST, huge);
        assertRefused(rezip("bomb.vaex", entries), "larger than");
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFiles() throws Exception {
        Path file = savedModel();
        byte[] before = Files.readAllBytes(file);
        VaeModel other = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 2, 1e-3);
        store.save(file, manifest(other, TrainingFixtures.small(1, 64, 64), new TrainingState()), other);
        assertTrue(!Arrays.equals(before, Files.readAllBytes(file)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** A saved checkpoint (an export for sharing, too) has the umask's mode, not the temporary file's 0600. */
    @Test
    void aSavedCheckpointHasTheModeOfAFreshlyCreatedFile() throws Exception {
        var fresh = Files.getPosixFilePermissions(Files.createFile(dir.resolve("fresh")));
        assertEquals(fresh, Files.getPosixFilePermissions(savedModel()));
    }

    private void assertRefused(Path file, String expected) {
        CheckpointException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CheckpointException.class, () -> store.load(file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), "the message must name the file");
    }

    private Path savedModel() throws IOException {
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3);
        Path file = dir.resolve("model.vaex");
        store.save(file, manifest(model, TrainingFixtures.small(1, 64, 64), new TrainingState()), model);
        return file;
    }

    private CheckpointManifest manifest(VaeModel model, TrainingSettings settings, TrainingState state) {
        return Manifests.of(model.spec(), DatasetInfo.of(mnist, "mnist", settings.scaling()), settings, state,
                "test");
    }


    private Path rezip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] checksums(Map<String, byte[]> entries) {
        return ("{\"" + CheckpointStore.MANIFEST + "\":\"" + CheckpointStore.sha256(entries.get(CheckpointStore.MANIFEST))
                + "\",\"" + CheckpointStore.MODEL + "\":\"" + CheckpointStore.sha256(entries.get(CheckpointStore.MODEL))
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static TrainingListener collect(List<EpochMetrics> epochs) {
        return new TrainingListener() {
            @Override
            public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        };
    }
}
