package org.vaeexplorer.explore.overview;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a model's overview, or takes it from the {@link OverviewCache} when that model (by its checkpoint's
 * SHA-256) was overviewed with the same method and settings before. PCA is fast enough not to be stored.
 */
public final class Overviews {
    private static final Logger LOG = LoggerFactory.getLogger(Overviews.class);
    private final OverviewCache cache;
    private final TsneSettings settings;

    public Overviews(OverviewCache cache, TsneSettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * The overview of {@code features} by {@code method}; {@code sha256} (null: a model without a file, such as a
     * run followed live) keys the cache.
     */
    public LatentOverview of(double[][] features, OverviewMethod method, String sha256, BarnesHutTsne.Progress progress)
            throws InterruptedException {
        if (method == OverviewMethod.PCA) {
            PrincipalComponents pca = PrincipalComponents.of(features);
            return new LatentOverview(method, features.length, pca.project(features, 2),
                    new double[] {pca.explained(0), pca.explained(1)});
        }
        Optional<LatentOverview> kept = sha256 == null ? Optional.empty()
                : cache.find(sha256, method, settings, features.length);
        if (kept.isPresent()) {
            LOG.info("t-SNE overview of {} codes taken from the cache", features.length);
            return kept.get();
        }
        long started = System.nanoTime();
        float[] xy = new BarnesHutTsne(settings).embed(features, progress);
        LOG.info("t-SNE of {} codes of {} numbers: {} ms ({} iterations, theta {}, perplexity {})", features.length,
                features[0].length, (System.nanoTime() - started) / 1_000_000, settings.iterations(),
                settings.theta(), settings.perplexity());
        LatentOverview overview = new LatentOverview(method, features.length, xy, new double[0]);
        if (sha256 != null) {
            cache.store(sha256, settings, overview);
        }
        return overview;
    }
}
