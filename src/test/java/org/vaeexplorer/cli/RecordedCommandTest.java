package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.checkpoint.Provenance;

/** The command a manifest records names files by their names and datasets by id or folder name, never by path. */
class RecordedCommandTest {
    @Test
    void pathsBecomeNamesAndBundledDatasetsKeepTheirIds() {
        assertEquals("vae-explorer train --model vae --dataset mnist:7 --epochs 3 --out run.vaex",
                RecordedCommand.of("train", List.of("--model", "vae", "--dataset", "mnist:7", "--epochs", "3",
                        "--out", "/work/runs/run.vaex")));
        assertEquals("vae-explorer train --resume r.vaex --dataset pictures:0,2 --out=r2.vaex",
                RecordedCommand.of("train", List.of("--resume", "/home/ann/r.vaex", "--dataset",
                        "/home/ann/data/pictures/:0,2", "--out=/tmp/x/r2.vaex")));
        assertEquals("vae-explorer train --dataset shapes --out 'my run.vaex'",
                RecordedCommand.of("train", List.of("--dataset", "C:\\Users\\ann\\shapes", "--out",
                        "C:\\Users\\ann\\my run.vaex")));
        assertEquals("vae-explorer train --dataset fashion-mnist --out runs/r.vaex".replace("runs/", ""),
                RecordedCommand.of("train", List.of("--dataset", "fashion-mnist", "--out", "runs/r.vaex")));
    }

    @Test
    void anEarlierVersionsProcessCommandLineIsCleaned() {
        assertEquals("vae-explorer train --resume joint-seed2-run.vaex --epochs 40 --out joint-seed2-run.vaex",
                RecordedCommand.clean("/usr/lib/jvm/java-17-openjdk-amd64/bin/java -jar /tmp/jarB/vae-explorer.jar "
                        + "train --resume /work/runs/joint-seed2-run.vaex --epochs 40 --out "
                        + "/work/runs/joint-seed2-run.vaex"));
        String clean = "vae-explorer train --model beta-vae --dataset mnist:7 --latent 10 --out mnist7-beta-run.vaex";
        assertEquals(clean, RecordedCommand.clean(clean), "cleaning a clean command changes nothing");
        assertEquals(Provenance.TRAIN_PAGE, RecordedCommand.clean(Provenance.TRAIN_PAGE));
        assertEquals("java -jar app.jar", RecordedCommand.clean("/opt/java -jar /tmp/app.jar"));
    }
}
