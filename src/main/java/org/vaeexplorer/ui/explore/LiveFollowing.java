package org.vaeexplorer.ui.explore;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.explore.LiveModelFeed;
import org.vaeexplorer.run.LiveRun;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Explore page following the run the Train page trains: it shows the run's explorer once there is one, re-decodes
 * whenever its weights change (the composed pictures at most once a second, but always, in the end, the latest
 * weights: a paused run changes them once and then not again), re-encodes the plane's points each epoch, and says
 * which epoch and batch the weights shown are from.
 */
final class LiveFollowing {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFollowing.class);
    /** Test images encoded for the plane while following a run: enough to show the classes, cheap to redo. */
    static final int ENCODE_LIMIT = 2000;
    /** Re-decode the live pictures at most this often, so following a run costs training little. */
    private static final long PICTURES_EVERY_NANOS = 1_000_000_000L;
    /** What the weights shown are: none followed (null), awaited ({@link #AWAITED}), or from a position. */
    private static final LiveModelFeed.Position AWAITED = new LiveModelFeed.Position(0, 0, 0);

    private final ExploreViewModel page;
    private final BackgroundExecutor executor;
    private final ObjectProperty<LiveModelFeed.Position> shown = new SimpleObjectProperty<>();
    private final StringBinding text = Bindings.createStringBinding(() -> describe(shown.get()), shown,
            I18n.localeProperty());
    private long seenWeights = -1;
    private int seenEpochs = -1;
    private long lastPictures;
    private boolean picturesStale;
    private boolean encoding;

    LiveFollowing(ExploreViewModel page, BackgroundExecutor executor) {
        this.page = page;
        this.executor = executor;
    }

    /** Following began, ended or turned to another run: everything is new again. */
    void restart() {
        seenWeights = -1;
        seenEpochs = -1;
        picturesStale = false;
        shown.set(page.followingProperty().get() && page.liveRunProperty().get() != null ? AWAITED : null);
    }

    void refresh() {
        LiveRun run = page.liveRunProperty().get();
        if (!page.followingProperty().get() || run == null) {
            return;
        }
        run.feed().follow();
        if (run.feed().explorer() == null) {
            shown.set(AWAITED);
            return;
        }
        ExploreSession s = page.sessionProperty().get();
        if (s == null || s.live() != run.feed()) {
            s = new ExploreSession(run.title(), run.feed().explorer(), run.data().test(), run.scaling(),
                    null, run.feed());
            page.show(s, s.emptyCodes());
        }
        // The version first: a copy landing in between is then named now and decoded (the worker reads the copy
        // when it decodes), and its version only repeats that next time.
        long version = run.feed().weightsVersion();
        LiveModelFeed.Position at = run.feed().copiedAt();
        if (version != seenWeights) {
            seenWeights = version;
            shown.set(at);
            page.point().decode();
            picturesStale = true;
        }
        long now = System.nanoTime();
        if (picturesStale && now - lastPictures >= PICTURES_EVERY_NANOS) {
            lastPictures = now;
            picturesStale = false;
            page.views().renderAll();
        }
        int epochs = run.feed().epochsDone();
        if (epochs != seenEpochs && !encoding) {
            seenEpochs = epochs;
            encode(s);
        }
    }

    private void encode(ExploreSession live) {
        encoding = true;
        executor.submit(I18n.text("explore.status.encoding", Math.min(ENCODE_LIMIT, live.test().size())),
                progress -> live.explorer().encode(live.test(), live.scaling(), ENCODE_LIMIT), c -> {
                    encoding = false;
                    if (page.sessionProperty().get() == live) {
                        page.setCodes(c);
                    }
                }, t -> {
                    encoding = false;
                    LOG.warn("could not encode the live run's test images", t);
                    page.showError(I18n.text("explore.error.encode", Messages.of(t)));
                });
    }

    StringBinding text() {
        return text;
    }

    private static String describe(LiveModelFeed.Position p) {
        if (p == null) {
            return "";
        }
        if (p == AWAITED) {
            return I18n.text("explore.live.awaiting");
        }
        if (p.batch() == 0) {
            return I18n.text("explore.live.epochStart", I18n.integer(p.epoch()));
        }
        return p.batches() > 0 && p.batch() >= p.batches()
                ? I18n.text("explore.live.epochEnd", I18n.integer(p.epoch()))
                : I18n.text("explore.live.batch", I18n.integer(p.epoch()), I18n.integer(p.batch()),
                I18n.integer(p.batches()));
    }
}
