package org.vaeexplorer.checkpoint;

import java.time.Instant;

/** Where and how a checkpoint was made. */
public record Provenance(String appVersion, String createdAt, String javaVersion, String os, String backend,
                         String command) {
    /** The command recorded by runs started on the window's Train page (the Models page translates it). */
    public static final String TRAIN_PAGE = "VAE Explorer (Train page)";

    public static Provenance now(String backend, String command) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(version == null ? "dev" : version, Instant.now().toString(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                backend, command);
    }
}
