package org.vaeexplorer.ui.models;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.metrics.quality.CheckpointQuality;
import org.vaeexplorer.metrics.quality.SampleQuality;
import org.vaeexplorer.ui.common.BackgroundExecutor;
import org.vaeexplorer.ui.common.I18n;
import org.vaeexplorer.ui.common.LocalText;
import org.vaeexplorer.ui.common.Messages;

/**
 * The Models page's sample quality of the selected checkpoint ({@link CheckpointQuality}), measured on request in
 * the background (about half a minute) and remembered per file for the session, so that going back to a
 * checkpoint shows its figures again.
 */
public final class SampleQualityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SampleQualityViewModel.class);
    private final BackgroundExecutor executor;
    private final Map<Path, LocalText> measured = new HashMap<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private LocalText shown = LocalText.EMPTY;
    private Path current;

    private final int samples;

    public SampleQualityViewModel(BackgroundExecutor executor) {
        this(executor, org.vaeexplorer.metrics.quality.SampleQuality.SAMPLES);
    }

    SampleQualityViewModel(BackgroundExecutor executor, int samples) {
        this.executor = executor;
        this.samples = samples;
    }

    /** Shows what is known of {@code entry}'s sample quality: its figures once measured, else how to get them. */
    public void show(ModelEntry entry) {
        current = entry == null || !entry.readable() ? null : entry.file();
        say(current == null ? LocalText.EMPTY : measured.getOrDefault(current, LocalText.of("models.quality.hint")));
    }

    /** Measures the shown checkpoint in the background; its figures replace the hint when they come. */
    public void measure() {
        Path file = current;
        if (file == null || running.get()) {
            return;
        }
        running.set(true);
        say(LocalText.of("models.quality.working", file.getFileName().toString()));
        executor.submit(I18n.text("models.quality.working", file.getFileName().toString()),
                progress -> CheckpointQuality.measure(file, samples), outcome -> {
                    running.set(false);
                    LocalText result = describe(outcome);
                    measured.put(file, result);
                    if (file.equals(current)) {
                        say(result);
                    }
                }, t -> {
                    running.set(false);
                    LOG.warn("could not measure the sample quality of {}", file, t);
                    if (file.equals(current)) {
                        say(LocalText.of("models.quality.failed", Messages.of(t)));
                    }
                });
    }

    static LocalText describe(CheckpointQuality.Outcome outcome) {
        return switch (outcome.refusal()) {
            case COMPLETES -> LocalText.of("models.quality.completes");
            case NO_CLASSIFIER -> LocalText.of("models.quality.noClassifier", outcome.classifier());
            case OTHER_IMAGES -> LocalText.of("models.quality.otherImages", outcome.classifier());
            case NONE -> figures(outcome.figures(), outcome.classifier());
        };
    }

    private static LocalText figures(SampleQuality.Figures f, String classifier) {
        LocalText distance = LocalText.of("models.quality.distance", f.frechetDistance(), f.frechetDistanceFloor(),
                classifier, f.samples(), f.testImages(), f.seconds());
        return f.hasLabelAccuracy()
                ? LocalText.of("models.quality.labels", f.labelAccuracy(), f.labelAccuracyFloor()).then(distance)
                : distance;
    }

    /** Says it again in the language chosen now. */
    public void retranslate() {
        text.set(shown.resolve());
    }

    private void say(LocalText t) {
        shown = t;
        text.set(t.resolve());
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Whether a checkpoint is shown whose quality can be asked for now. */
    public boolean canMeasure() {
        return current != null && !running.get();
    }
}
