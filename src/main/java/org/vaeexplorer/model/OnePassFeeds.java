package org.vaeexplorer.model;

import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * What SameDiff's {@code fit} asks of the feeds it is handed, for feeds this program builds itself batch by batch:
 * one pass, no resetting, no asynchronous prefetch (the next batch's feed depends on state the step before set), no
 * preprocessor. A subclass says only how the next batch is fed and whether there is one.
 */
public abstract class OnePassFeeds implements MultiDataSetIterator {
    @Override
    public final MultiDataSet next(int num) {
        return next();
    }

    @Override
    public final void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("the feeds are built here");
    }

    @Override
    public final MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public final boolean resetSupported() {
        return false;
    }

    @Override
    public final boolean asyncSupported() {
        return false;
    }

    @Override
    public final void reset() {
        throw new UnsupportedOperationException("one pass over the batches");
    }
}
