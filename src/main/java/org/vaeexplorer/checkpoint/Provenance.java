package org.vaeexplorer.checkpoint;

import java.time.Instant;

/**
 * Where and how a checkpoint was made.
 *
 * @param command      the app's own command line ({@code vae-explorer train ...}, files by name, a dataset by its
 *                     bundled id or folder name) or {@link #TRAIN_PAGE}; never a path of the machine that made it
 * @param parentSha256 the SHA-256 of the checkpoint file a resumed run continued (as {@code sha256sum} prints it),
 *                     null for a fresh run and in files written before it was recorded
 */
public record Provenance(String appVersion, String createdAt, String javaVersion, String os, String backend,
                         String command, String parentSha256) {
    /** The command recorded by runs started on the window's Train page (the Models page translates it). */
    public static final String TRAIN_PAGE = "VAE Explorer (Train page)";

    public Provenance {
        if (parentSha256 != null && !parentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("parentSha256 must be 64 lower-case hex digits");
        }
    }

    /** A fresh run's provenance (no parent). */
    public Provenance(String appVersion, String createdAt, String javaVersion, String os, String backend,
                      String command) {
        this(appVersion, createdAt, javaVersion, os, backend, command, null);
    }

    public static Provenance now(String backend, String command, String parentSha256) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(version == null ? "dev" : version, Instant.now().toString(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                backend, command, parentSha256);
    }

    /** The same provenance with another command and parent (re-exporting a file whose manifest named paths). */
    public Provenance withCommand(String newCommand, String newParentSha256) {
        return new Provenance(appVersion, createdAt, javaVersion, os, backend, newCommand, newParentSha256);
    }
}
