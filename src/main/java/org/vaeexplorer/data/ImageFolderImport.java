package org.vaeexplorer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.platform.UserFolders;

/**
 * Makes a folder of pictures a dataset, converting once: the folder is listed ({@link ImageFolderScan}); when the
 * cache holds a set converted from the same listing with the same options, that is read and no picture decoded.
 * Otherwise the headers are surveyed for the defaults (the median side, whether any picture is in colour) unless
 * side and channels are given, then each picture is read, decoded, fitted ({@link PictureFitting}) and appended
 * to the cache's file before the next is read: one decoded original is held at a time, whatever the folder's size.
 * The split ({@link SeededSplit}) is drawn from the labels when the set is read back.
 */
public final class ImageFolderImport {
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderImport.class);
    private final Path cacheRoot;

    /** @param cacheRoot where converted sets are kept; tests give a temporary folder */
    public ImageFolderImport(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** Converted sets kept in the user's cache folder ({@code ~/.cache/vae-explorer/image-folders}). */
    public static ImageFolderImport inUserCache() {
        return new ImageFolderImport(UserFolders.current().cache().resolve("image-folders"));
    }

    /** The folder as a dataset, converted now or read from the cache. */
    public ImportedFolder open(Path folder, ImageFolderOptions options, ImportListener listener) throws IOException {
        ImageFolderScan scan = scanned(folder);
        String where = folder.toString();
        String requested = options.text();
        String key = scan.fingerprint(requested);
        ConvertedFolderStore store = new ConvertedFolderStore(cacheRoot, folder);
        Optional<ConvertedFolderStore.Meta> cached = store.meta(requested, key);
        if (cached.isPresent()) {
            LOG.info("{}: converted set read from the cache ({} images)", where, cached.get().labels().length);
            return read(scan, store, requested, key, cached.get(), true);
        }
        List<SkippedImage> skipped = new ArrayList<>();
        boolean[] usable = new boolean[scan.entries().size()];
        Arrays.fill(usable, true);
        ImageFolderOptions resolved = options.concrete() ? options : survey(scan, options, usable, skipped, listener);
        ConvertedFolderStore.Meta meta;
        try {
            meta = convert(scan, resolved, usable, skipped, store, requested, key, listener);
        } catch (IOException | RuntimeException e) {
            store.abandon(requested, key);
            throw e;
        }
        store.commit(requested, key, meta);
        LOG.info("{}: {} images converted to {}, {} skipped", where, meta.labels().length, resolved.text(),
                skipped.size());
        return read(scan, store, requested, key, meta, false);
    }

    /**
     * The options with the choices left open made from the pictures' headers (median side, any colour), read
     * without decoding: what a dialog shows before converting. Passing the result to {@link #open} skips the survey
     * there (and the source text then names the side and channels).
     */
    public ImageFolderOptions defaults(Path folder, ImageFolderOptions options, ImportListener listener)
            throws IOException {
        return options.concrete() ? options : survey(folder, options, listener).options();
    }

    /**
     * Every file's header read (no picture decoded): the defaults with what they were made from, and the files that
     * cannot be used. Refuses, by key, a folder with no file or no readable picture, saying what was found.
     */
    public FolderSurvey survey(Path folder, ImageFolderOptions options, ImportListener listener) throws IOException {
        ImageFolderScan scan = scanned(folder);
        List<SkippedImage> skipped = new ArrayList<>();
        int[] median = new int[1];
        boolean[] colour = new boolean[1];
        ImageFolderOptions resolved = survey(scan, options, new boolean[scan.entries().size()], skipped, listener,
                median, colour);
        return new FolderSurvey(resolved, scan.entries().size(), median[0], colour[0], scan.labelled(),
                scan.classNames(), skipped);
    }

    /** The folder listed, refused by key when it is no folder or holds no file. */
    static ImageFolderScan scanned(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DatasetRefusedException("data.folder.missing", "'" + folder + "' is not a folder",
                    folder.toString());
        }
        ImageFolderScan scan = ImageFolderScan.of(folder);
        if (scan.entries().isEmpty()) {
            throw new DatasetRefusedException("data.folder.empty", "'" + folder + "' holds no files, neither in it nor"
                    + " in its subfolders; give a folder of PNG, JPEG, BMP or GIF pictures (one subfolder per class)",
                    folder.toString());
        }
        return scan;
    }

    private static ImageFolderOptions survey(ImageFolderScan scan, ImageFolderOptions options, boolean[] usable,
                                             List<SkippedImage> skipped, ImportListener listener) throws IOException {
        return survey(scan, options, usable, skipped, listener, new int[1], new boolean[1]);
    }

    /** @param median receives the median side; @param anyColour receives whether any picture is in colour */
    private static ImageFolderOptions survey(ImageFolderScan scan, ImageFolderOptions options, boolean[] usable,
                                             List<SkippedImage> skipped, ImportListener listener, int[] median,
                                             boolean[] anyColour) throws IOException {
        List<ImageFolderScan.Entry> entries = scan.entries();
        int[] sides = new int[entries.size()];
        int n = 0;
        boolean colour = false;
        for (int i = 0; i < entries.size(); i++) {
            requireNotCancelled(listener);
            try {
                PictureReader.Header h = PictureReader.header(entries.get(i).file());
                sides[n++] = options.fit() == ImageFolderOptions.Fit.CROP ? Math.min(h.width(), h.height())
                        : Math.max(h.width(), h.height());
                colour |= h.colour();
            } catch (PictureReader.Skip s) {
                usable[i] = false;
                skip(scan, entries.get(i), s, skipped);
            }
            listener.progress(ImportListener.Stage.SURVEY, i + 1, entries.size());
        }
        if (n == 0) {
            throw nothingUsable(scan, skipped);
        }
        int[] found = Arrays.copyOf(sides, n);
        Arrays.sort(found);
        median[0] = found[n / 2];
        anyColour[0] = colour;
        return options.resolve(found[n / 2], colour);
    }

    private static ConvertedFolderStore.Meta convert(ImageFolderScan scan, ImageFolderOptions o, boolean[] usable,
                                                     List<SkippedImage> skipped, ConvertedFolderStore store,
                                                     String requested, String key, ImportListener listener)
            throws IOException {
        List<ImageFolderScan.Entry> entries = scan.entries();
        MessageDigest sources = ImageFolderScan.sha256();
        int[] labels = new int[entries.size()];
        int count = 0;
        try (DigestOutputStream out = store.openPixels(requested, key)) {
            for (int i = 0; i < entries.size(); i++) {
                requireNotCancelled(listener);
                ImageFolderScan.Entry e = entries.get(i);
                if (usable[i]) {
                    try {
                        byte[] bytes = PictureReader.bytes(e.file());
                        BufferedImage picture = PictureReader.decode(bytes, o.side());
                        out.write(PictureFitting.fit(picture, o.side(), o.channels(), o.fit()));
                        sources.update((e.relative() + "\0").getBytes(StandardCharsets.UTF_8));
                        sources.update(ImageFolderScan.sha256().digest(bytes));
                        labels[count++] = e.label();
                    } catch (PictureReader.Skip s) {
                        skip(scan, e, s, skipped);
                    }
                }
                listener.progress(ImportListener.Stage.CONVERT, i + 1, entries.size());
            }
            out.flush();
            if (count == 0) {
                throw nothingUsable(scan, skipped);
            }
            if (count < 2) {
                throw new DatasetRefusedException("data.folder.tooFew", "'" + scan.folder() + "' holds only one"
                        + " usable picture; a dataset needs at least one training and one test image", scan.folder());
            }
            return new ConvertedFolderStore.Meta(o, scan.labelled(), scan.classNames(), Arrays.copyOf(labels, count),
                    skipped, HexFormat.of().formatHex(sources.digest()),
                    HexFormat.of().formatHex(out.getMessageDigest().digest()));
        }
    }

    private static ImportedFolder read(ImageFolderScan scan, ConvertedFolderStore store, String requested,
                                       String key, ConvertedFolderStore.Meta meta, boolean fromCache)
            throws IOException {
        ImageFolderOptions o = meta.options();
        int[] labels = meta.labels();
        boolean[] test = SeededSplit.testMask(labels, meta.classNames().size(), o.testPercent(), o.seed());
        int tests = 0;
        for (boolean t : test) {
            tests += t ? 1 : 0;
        }
        int each = meta.valuesPerImage();
        byte[] trainPixels = new byte[(labels.length - tests) * each];
        byte[] testPixels = new byte[tests * each];
        int[] trainLabels = new int[labels.length - tests];
        int[] testLabels = new int[tests];
        int tr = 0;
        int te = 0;
        try (InputStream in = store.pixels(requested, key)) {
            for (int i = 0; i < labels.length; i++) {
                if (test[i]) {
                    in.readNBytes(testPixels, te * each, each);
                    testLabels[te++] = labels[i];
                } else {
                    in.readNBytes(trainPixels, tr * each, each);
                    trainLabels[tr++] = labels[i];
                }
            }
        }
        Path fileName = scan.folder().toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? scan.folder().toString() : fileName.toString();
        ImageDataset train = new ImageDataset(name, o.side(), o.side(), o.channels(), trainPixels, trainLabels,
                meta.classNames());
        ImageDataset testSet = new ImageDataset(name, o.side(), o.side(), o.channels(), testPixels, testLabels,
                meta.classNames());
        Map<String, String> sums = Map.of(name + "/", meta.sourceSha256(), name + " (converted)",
                meta.convertedSha256());
        return new ImportedFolder(new LabelledSplits(name, train, testSet, sums), o, meta.labelled(), meta.skipped(),
                fromCache);
    }

    private static void skip(ImageFolderScan scan, ImageFolderScan.Entry e, PictureReader.Skip s,
                             List<SkippedImage> skipped) {
        SkippedImage image = new SkippedImage(e.relative(), s.reason, s.detail);
        skipped.add(image);
        LOG.warn("{}: skipped {}", scan.folder(), image);
    }

    /** Refuses a folder none of whose files is usable, counting them by reason (the arguments are the counts). */
    private static DatasetRefusedException nothingUsable(ImageFolderScan scan, List<SkippedImage> skipped) {
        Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
        for (SkipReason r : SkipReason.values()) {
            byReason.put(r, 0);
        }
        for (SkippedImage s : skipped) {
            byReason.merge(s.reason(), 1, Integer::sum);
        }
        int files = scan.entries().size();
        return new DatasetRefusedException("data.folder.nothingUsable", "'" + scan.folder() + "' holds " + files
                + " files but no usable picture: " + byReason.get(SkipReason.UNREADABLE) + " cannot be read, "
                + byReason.get(SkipReason.ZERO_BYTE) + " are empty, " + byReason.get(SkipReason.TRUNCATED)
                + " are truncated or damaged, " + byReason.get(SkipReason.NOT_AN_IMAGE) + " are not pictures",
                scan.folder().toString(), files,
                byReason.get(SkipReason.UNREADABLE), byReason.get(SkipReason.ZERO_BYTE),
                byReason.get(SkipReason.TRUNCATED), byReason.get(SkipReason.NOT_AN_IMAGE));
    }

    private static void requireNotCancelled(ImportListener listener) throws InterruptedIOException {
        if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the import of the picture folder was cancelled");
        }
    }
}
