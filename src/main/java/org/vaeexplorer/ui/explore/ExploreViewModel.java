package org.vaeexplorer.ui.explore;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.DatasetCache;
import org.vaeexplorer.explore.ClusterMatching;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.metrics.LatencyRecorder;
import org.vaeexplorer.model.family.Capabilities;
import org.vaeexplorer.run.LiveRun;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.FailureLog;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.Messages;
import org.vaeexplorer.ui.common.StatusModel;

/**
 * The Explore page: which model is open (a checkpoint, or the run training now), its encoded test set, and the
 * point and pictures explored in it.
 */
public final class ExploreViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExploreViewModel.class);
    /** Test images encoded for the plane while following a run: enough to show the classes, cheap to redo. */
    static final int LIVE_ENCODE_LIMIT = LiveFollowing.ENCODE_LIMIT;

    private final BackgroundExecutor executor;
    private final StatusModel status;
    private final DatasetCache datasets;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<ExploreSession> session = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<Capabilities> capabilities = Bindings.createObjectBinding(
            () -> session.get() == null ? null : session.get().spec().capabilities(), session);
    private final ExploreTabs tabs = new ExploreTabs(capabilities);
    private final ReadOnlyObjectWrapper<EncodedImages> codes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClusterMatching> matching = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LiveRun> liveRun = new SimpleObjectProperty<>();
    private final BooleanProperty following = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final javafx.beans.binding.StringBinding title = javafx.beans.binding.Bindings.createStringBinding(
            () -> ExploreTexts.title(session.get()), session, I18n.localeProperty());
    private final StringProperty error = new SimpleStringProperty("");
    private final LatencyRecorder mouseToPixels = new LatencyRecorder();
    private final LatentPointViewModel point;
    private final LatentViewsViewModel views;
    private final FactorsViewModel factors;
    private final PointHistory history;
    private final PlaneLayers planeLayers = new PlaneLayers();
    private final LiveFollowing live;
    private BackgroundExecutor.Job pending;
    private Path openedFile;

    public ExploreViewModel(BackgroundExecutor executor, Executor fx, StatusModel status, DatasetCache datasets,
                            RecentFiles recent) {
        this.executor = executor;
        this.status = status;
        this.datasets = datasets;
        this.recent = recent;
        point = new LatentPointViewModel(fx, this::showError);
        views = new LatentViewsViewModel(point, fx, this::showError);
        factors = new FactorsViewModel(fx, this::showError);
        history = new PointHistory(point);
        live = new LiveFollowing(this, executor);
        following.addListener((o, was, now) -> {
            live.restart();
            if (now) {
                refreshLive();
            }
        });
        liveRun.addListener((o, was, now) -> live.restart());
    }

    /** Opens {@code file} in the background: the model, its dataset's test images, and their codes. */
    public void open(Path file) {
        following.set(false);
        if (pending != null) {
            pending.cancel();
        }
        busy.set(true);
        error.set("");
        String name = file.getFileName().toString();
        status.show(I18n.text("explore.status.opening", name));
        long started = System.nanoTime();
        pending = executor.submit(I18n.text("explore.status.opening", name), progress -> {
            progress.progress(-1, I18n.text("explore.status.reading", name));
            ExploreSession opened = ExploreSession.read(file, datasets);
            point.prepareFirstImage(opened);
            return opened;
        }, s -> {
            recent.add(file);
            if (following.get()) {
                // The user chose to follow the training run while this was loading: that choice is newer.
                busy.set(false);
                return;
            }
            LOG.info("{} loaded in {} ms ({} ms after the JVM started); decoding the point before encoding {} test "
                    + "images", name, (System.nanoTime() - started) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime(), s.test().size());
            // The model's decoded image first: encoding the test set for the plane's dots takes longer and follows.
            show(s, s.emptyCodes());
            openedFile = file;
            status.show(s.test().size() > 0 ? I18n.text("explore.status.opened", name)
                    : I18n.text("explore.status.openedWithoutTestImages", name, s.manifest().dataset().name()));
            encodeForThePlane(s, started);
        }, t -> {
            busy.set(false);
            FailureLog.warn(LOG, "could not open " + file, t);
            if (!Files.isRegularFile(file)) {
                recent.remove(file);
            }
            showError(I18n.text("explore.error.open", file.getFileName(), Messages.of(t)));
        });
    }

    private void encodeForThePlane(ExploreSession s, long started) {
        if (s.test().size() == 0) {
            busy.set(false);
            return;
        }
        pending = executor.submit(I18n.text("explore.status.encoding", s.test().size()),
                progress -> s.explorer().encode(s.test(), s.scaling(), 0), c -> {
                    busy.set(false);
                    if (session.get() == s) {
                        LOG.info("{} test images encoded {} ms after opening began ({} ms after the JVM started)",
                                c.count(), (System.nanoTime() - started) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime());
                        point.preferSpreadDimensions(c);
                        setCodes(c);
                    }
                }, t -> {
                    busy.set(false);
                    LOG.warn("could not encode the test images", t);
                    showError(I18n.text("explore.error.encode", Messages.of(t)));
                });
    }

    void show(ExploreSession s, EncodedImages c) {
        // A message about the model shown before (a file that failed to open, say) no longer applies.
        error.set("");
        openedFile = null;
        factors.setSession(s);
        session.set(s);
        point.setSession(s);
        history.reset();
        setCodes(c);
        views.setSession(s);
    }

    void setCodes(EncodedImages c) {
        codes.set(c);
        views.setCodes(c);
        factors.setCodes(c);
        ExploreSession s = session.get();
        if (s != null && s.spec().hasCategorical() && c.count() > 0) {
            matching.set(ClusterMatching.of(c, s.spec()));
        } else {
            matching.set(null);
        }
    }

    /**
     * While following a run: picks up its explorer once training has started, re-decodes when its weights have
     * changed and re-encodes the plane's points each epoch (see {@link LiveFollowing}). The view calls this from a
     * Timeline.
     */
    public void refreshLive() {
        live.refresh();
    }

    /** Chooses the plane's axes (0-based); the same dimension twice is refused with a message. */
    public void choosePlaneAxes(int x, int y) {
        if (x == y) {
            error.set(I18n.text("explore.error.sameAxes"));
            return;
        }
        error.set("");
        point.setPlaneDimensions(x, y);
        views.renderGrid();
    }

    void showError(String message) {
        error.set(message);
        status.show(message);
    }

    /** Records the time from a mouse event to the decoded image being on screen (the view measures it). */
    public void recordMouseToPixels(long nanos) {
        mouseToPixels.record(nanos);
    }

    public LatencyRecorder mouseToPixels() {
        return mouseToPixels;
    }

    public LatentPointViewModel point() {
        return point;
    }

    /** Undo and redo of the point's moves, label and categories. */
    public PointHistory history() {
        return history;
    }

    /** The checkpoint shown, if one is (not while following a run): what a saved session names. */
    public java.util.Optional<Path> openedFile() {
        return java.util.Optional.ofNullable(openedFile);
    }

    public LatentViewsViewModel views() {
        return views;
    }

    /** The generating factors of the model's dataset, when it has them (issue 32). */
    public FactorsViewModel factors() {
        return factors;
    }

    public PlaneLayers planeLayers() {
        return planeLayers;
    }

    public RecentFiles recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<ExploreSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /**
     * What the open model can do (null before one is open), for the views' tabs, sliders and buttons. Read as the
     * session changes: a binding, so it is current whichever listener asks first.
     */
    public ObjectBinding<Capabilities> capabilitiesProperty() {
        return capabilities;
    }

    /** Which views the open model can show, from its capabilities. */
    public ExploreTabs tabs() {
        return tabs;
    }

    public ReadOnlyObjectProperty<EncodedImages> codesProperty() {
        return codes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClusterMatching> matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ObjectProperty<LiveRun> liveRunProperty() {
        return liveRun;
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * While a run is followed, which epoch and batch the weights shown are from (or that they are awaited); empty
     * otherwise. It follows a language switch.
     */
    public javafx.beans.binding.StringBinding liveWeightsProperty() {
        return live.text();
    }

    /** The model panel's headline; it follows a language switch. */
    public javafx.beans.binding.StringBinding titleProperty() {
        return title;
    }

    public StringProperty errorProperty() {
        return error;
    }

    @Override
    public void close() {
        following.set(false);
        point.close();
        views.close();
        factors.close();
    }
}
