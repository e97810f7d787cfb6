package org.vaeexplorer.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for the crash test: saves the same checkpoint over and over until it is killed. Arguments: the
 * target file, then files holding the manifest's and the weights' bytes. Prints "ready" after the first save.
 */
public final class CheckpointWriterChild {
    private CheckpointWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[] manifest = Files.readAllBytes(Path.of(args[1]));
        byte[] weights = Files.readAllBytes(Path.of(args[2]));
        CheckpointStore store = new CheckpointStore();
        store.write(target, manifest, weights);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            store.write(target, manifest, weights);
        }
    }
}
