package org.vaeexplorer.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.overview.BarnesHutTsne;
import org.vaeexplorer.explore.overview.OverviewFeatures;
import org.vaeexplorer.explore.overview.TsneSettings;

/**
 * A measurement, not part of the suite (minutes): the t-SNE of the shipped Joint VAE's 10,000 test codes with the
 * app's settings, its time and the load average printed. Run with
 * {@code mvn -o test -Dtest=TsneTimeOnTheShippedJointVae -Dmeasure.tsne=true}, or through {@link #main} from a
 * copy of the classes (so that building on meanwhile does not disturb it).
 */
@EnabledIfSystemProperty(named = "measure.tsne", matches = "true")
class TsneTimeOnTheShippedJointVae {
    public static void main(String[] args) throws Exception {
        new TsneTimeOnTheShippedJointVae().measure();
    }

    @Test
    void measure() throws Exception {
        ExploreSession s = ExploreSession.read(Path.of("models/mnist-joint-vae.vaex"), new DatasetCache());
        EncodedImages codes = s.explorer().encode(s.test(), s.scaling(), 0);
        double[][] features = OverviewFeatures.of(codes, s.spec().categories());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        float[] xy = new BarnesHutTsne(TsneSettings.PAPER).embed(features, new BarnesHutTsne.Progress() {
            @Override
            public void at(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("tsne_codes=%d tsne_features=%d tsne_ms=%d load_before=%.2f load_after=%.2f cores=%d%n",
                codes.count(), features[0].length, millis, loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        assertEquals(2 * codes.count(), xy.length);
    }
}
