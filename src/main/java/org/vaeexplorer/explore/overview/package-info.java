/**
 * The overview of a latent space (issue 33): the encoded test set on a plane by exact PCA
 * ({@link org.vaeexplorer.explore.overview.PrincipalComponents}, on commons-math3's eigendecomposition, which the
 * build already has) or by Barnes-Hut t-SNE ({@link org.vaeexplorer.explore.overview.BarnesHutTsne}), and the cache
 * that keeps a model's t-SNE by its checkpoint's SHA-256.
 *
 * <p>Why t-SNE is written here: the build is offline, and its Maven repository holds no t-SNE or UMAP library (no
 * Smile, Tribuo, tsne-java or umap-java); the one Java implementation at hand, deeplearning4j-core's BarnesHutTsne,
 * is not allowed in this project. The algorithm is small: nearest neighbours, perplexity calibration, a quadtree and
 * a gradient descent, one class each, with van der Maaten's equations in their Javadoc, and a test holds the tree's
 * gradient to the exact one.
 */
package org.vaeexplorer.explore.overview;
