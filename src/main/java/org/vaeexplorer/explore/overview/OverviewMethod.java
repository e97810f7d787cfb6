package org.vaeexplorer.explore.overview;

/** How a latent space is put on a plane for its overview. */
public enum OverviewMethod {
    /** The first two principal axes: exact, linear, at once. */
    PCA,
    /** Barnes-Hut t-SNE: keeps neighbourhoods, minutes for 10,000 codes, cached. */
    TSNE
}
