package org.vaeexplorer.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointManifest;
import org.vaeexplorer.checkpoint.CheckpointStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code info}: a summary as key=value lines, then the whole manifest as JSON. The weights are loaded too, so a
 * file whose weights are missing, damaged or not the manifest's model is refused (exit 1), not described.
 */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a checkpoint's manifest (or a .vaexc classifier's).")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    CheckpointOption checkpoint;

    @Override
    public Integer call() throws Exception {
        if (ClassifierInfo.describes(checkpoint.file)) {
            ClassifierInfo.print(checkpoint.file);
            return 0;
        }
        Checkpoint c = new CheckpointStore().load(checkpoint.file);
        CheckpointManifest m = c.manifest();
        System.out.println("model=" + m.model().kind().cliName());
        System.out.println("kind=" + m.model().kind().cliName());
        System.out.println("backbone=" + m.model().backbone().name().toLowerCase(Locale.ROOT));
        System.out.println("latent=" + m.model().latentDim());
        System.out.println("discrete=" + m.model().categories());
        System.out.println("dataset=" + m.dataset().name());
        System.out.println("dataset_sha256=" + (m.dataset().fileSha256().isEmpty() ? "unrecorded"
                : String.join(",", m.dataset().fileSha256().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue()).toList())));
        System.out.println("epochs=" + m.epochsDone());
        System.out.println(String.format(Locale.ROOT, "test_nelbo=%.3f", m.lastTestNelbo()));
        System.out.println("created=" + m.provenance().createdAt());
        System.out.println("resumable=" + c.canResume());
        System.out.println("command=" + m.provenance().command());
        if (m.provenance().parentSha256() != null) {
            System.out.println("parent_sha256=" + m.provenance().parentSha256());
        }
        printJson(m);
        return 0;
    }

    /** The whole manifest, indented, after the key=value summary (a checkpoint's or a classifier's). */
    static void printJson(Object manifest) throws java.io.IOException {
        System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(manifest));
    }
}
