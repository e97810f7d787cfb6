package org.vaeexplorer.ui.lessons;

/**
 * What a lesson may do to the window, implemented by the app shell with the pages' view models, so this package
 * knows no page and no page knows lessons. Every method leaves the teacher free to change anything afterwards.
 */
public interface LessonActions {
    /** True while a training run is loading, running, paused or stopping. */
    boolean isTraining();

    /** Stops the training run; what it saved so far stays in its run folder. */
    void stopTraining();

    /** Opens a checkpoint of the shipped {@code models/} folder in Explore and shows that page; false if missing. */
    boolean openShippedModel(String fileName);

    /**
     * Shows a checkpoint of the shipped {@code models/} folder beside the model Explore opens next (Explore's pair),
     * where it fits; false, and nothing asked, when the file is missing.
     */
    boolean showShippedBesideNextOpened(String fileName);

    /** Shows the Explore page on one of its views ({@code plane}, {@code grid}, {@code traversal}, ...). */
    void showExploreView(String view);

    /**
     * Shows Explore's traversal swept along the dimension the open model uses most (the largest average KL over
     * the test images); if they are not encoded yet, it turns there when they are.
     */
    void showTraversalOfMostUsedDimension();

    /** Fills the Train page's dataset, form and delay with {@code preset} and shows that page; starts nothing. */
    void prepareTraining(TrainingPreset preset);

    /** Starts the Train page's run as its Start button would (once the dataset is loaded); false if it cannot. */
    boolean startTraining();

    /** Shows Explore's plane following the training run; false if there is no run to follow yet. */
    boolean followTraining();
}
