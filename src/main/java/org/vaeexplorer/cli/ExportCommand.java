package org.vaeexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vaeexplorer.checkpoint.Checkpoint;
import org.vaeexplorer.checkpoint.CheckpointStore;
import org.vaeexplorer.checkpoint.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: the same model without Adam's moments, about a third of the size: for shipping and exploring.
 * Such a file opens, decodes and evaluates exactly as the original, but cannot continue training. Its provenance
 * names no path of the machine that made it ({@link RecordedCommand#clean}); a file exported already keeps its
 * weights' bytes and only has its provenance cleaned.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a checkpoint without the optimiser's state (smaller; explore only, not resumable).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CheckpointOption checkpoint;
    @Option(names = "--out", required = true, description = "the smaller checkpoint to write (.vaex)")
    Path out;
    @Option(names = "--force", description = "replace --out when it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder; give a file name");
        }
        OutputGuard.requireNotInput(out, checkpoint.file, "--checkpoint");
        OutputGuard.requireForceToReplace(out, force);
        OutputGuard.removeLeftovers(out);
        CheckpointStore store = new CheckpointStore();
        Checkpoint c = store.load(checkpoint.file);
        Provenance p = c.manifest().provenance();
        Provenance clean = p.withCommand(RecordedCommand.clean(p.command()), p.parentSha256());
        if (c.model().hasOptimizerState()) {
            store.save(out, c.manifest().withProvenance(clean), c.model(), false);
        } else {
            // Nothing to leave out: the weights are copied byte for byte and only the provenance is cleaned.
            store.rewriteProvenance(checkpoint.file, out, clean);
        }
        System.out.println("checkpoint=" + out.toAbsolutePath());
        System.out.println("bytes=" + Files.size(out));
        System.out.println("resumable=false");
        return 0;
    }
}
