package org.vaeexplorer.data;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of each dataset file, taken from the bytes the loader reads anyway (the IDX reader reads every file to
 * its end), so a checkpoint can record exactly which data it was trained on at no extra cost. The values are the
 * ones {@code sha256sum} prints for the files as stored (compressed, if they are), e.g. those of
 * {@code assets/datasets/SHA256SUMS}.
 */
final class FileDigests {
    private final Map<String, MessageDigest> digests = new LinkedHashMap<>();

    /** {@code stream}, counted into the digest of the file called {@code name} as it is read. */
    InputStream track(String name, InputStream stream) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digests.put(name, digest);
        return new DigestInputStream(stream, digest);
    }

    /** File name to lower-case hex SHA-256, sorted by name; call after every tracked stream was read to its end. */
    Map<String, String> sha256() {
        Map<String, String> out = new TreeMap<>();
        digests.forEach((name, d) -> out.put(name, HexFormat.of().formatHex(d.digest())));
        return out;
    }
}
