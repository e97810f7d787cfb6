package org.vaeexplorer.ui.app;

import java.util.List;

/**
 * What a saved session holds (issue 33), as its JSON file spells it: the model and where in it the window was, how
 * the window looked, and an optional lesson. Read and written by {@link SessionFormat}.
 *
 * @param formatVersion {@link SessionFormat#VERSION}; a file of another version is refused
 * @param model         the checkpoint, relative to the session file's folder where it can be, else absolute
 * @param page          the page shown ({@link Page}'s name)
 * @param view          Explore's view (plane, grid, traversal...)
 * @param planeX        the plane's horizontal dimension (0-based)
 * @param planeY        the plane's vertical dimension, -1 for a model of one dimension
 * @param code          the point z, every dimension (the plane's two and the sliders' values)
 * @param label         the CVAE's label
 * @param categories    the Joint VAE's category of each discrete latent
 * @param zoom          the zoom of the mode the session is in (1 = actual size)
 * @param presentation  whether the window is in presentation mode
 * @param language      the UI's language as a tag (en, zh-CN)
 * @param lesson        the lesson the session shows, or null
 * @param vectors       the attribute vectors saved on the Arithmetic view, none in a file written before they were
 *                      (the field is then missing, and such a file still opens)
 * @param hidden        the controls the teacher hid for this session ({@link HideableControls}' ids), none in a
 *                      file written before they could be hidden (the field is then missing, and it still opens)
 * @param pair          the checkpoint shown beside the model (Explore's pair), as {@code model} is stored, or null
 *                      for none (a file written before the pair was saved lacks it); a built-in lesson names a file
 *                      of the shipped {@code models/} folder
 */
public record SessionFile(int formatVersion, String model, String page, String view, int planeX, int planeY,
                          float[] code, int label, int[] categories, double zoom, boolean presentation,
                          String language, Lesson lesson, List<Vector> vectors, List<String> hidden,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String pair) {
    @com.fasterxml.jackson.annotation.JsonCreator
    public SessionFile {
        vectors = vectors == null ? List.of() : List.copyOf(vectors);
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
    }

    /** A session without a second model beside its model. */
    public SessionFile(int formatVersion, String model, String page, String view, int planeX, int planeY,
                       float[] code, int label, int[] categories, double zoom, boolean presentation,
                       String language, Lesson lesson, List<Vector> vectors, List<String> hidden) {
        this(formatVersion, model, page, view, planeX, planeY, code, label, categories, zoom, presentation,
                language, lesson, vectors, hidden, null);
    }

    /** A session that hides nothing. */
    public SessionFile(int formatVersion, String model, String page, String view, int planeX, int planeY,
                       float[] code, int label, int[] categories, double zoom, boolean presentation,
                       String language, Lesson lesson, List<Vector> vectors) {
        this(formatVersion, model, page, view, planeX, planeY, code, label, categories, zoom, presentation,
                language, lesson, vectors, null);
    }

    /**
     * A group of test images as a saved vector names it: {@code kind} "class" (the class is {@code value}),
     * "factor" ({@code factor}'s value {@code value}) or "images" (the test images' indices).
     */
    public record Group(String kind, int factor, int value, int[] images) {
        public Group {
            images = images == null ? new int[0] : images;
        }
    }

    /** A named attribute vector: its two groups and their mean codes (one value per continuous dimension). */
    public record Vector(String name, Group from, Group to, float[] fromMean, float[] toMean) {
        /** Whether every part is there and the two means have one length (a hand-edited file may lack some). */
        boolean complete() {
            return name != null && from != null && SessionVectors.kind(from.kind()) != null && to != null
                    && SessionVectors.kind(to.kind()) != null && fromMean != null && toMean != null && fromMean.length == toMean.length;
        }
    }

    /** A text in both languages; either may be missing (null), then the other shows. */
    public record Text(String en, String zh) {
        /** The text for {@code language} (a tag), falling back to the other language, or "" when neither is set. */
        public String in(String languageTag) {
            boolean chinese = languageTag != null && languageTag.startsWith("zh");
            String first = chinese ? zh : en;
            String second = chinese ? en : zh;
            return first != null ? first : second != null ? second : "";
        }
    }

    /**
     * One paragraph of a lesson, with a button when it does something: {@code view}, if not null, is the Explore
     * view it shows; {@code action} one of the lessons' words for what else a step can do (start the training,
     * follow it, traverse the most used dimension: {@code Lessons.action}); {@code button} the button's text (null:
     * "Show this view"); {@code describe} a text about the open model that replaces {@code text} once known
     * ({@code Lessons.describing}); {@code model}, a file of the shipped {@code models/} folder the step opens on
     * its view (lesson 5 opens three models in turn). All but the text may be missing.
     */
    public record Step(Text text, String view, String action, Text button, String describe, String model) {
        @com.fasterxml.jackson.annotation.JsonCreator
        public Step {
        }

        /** A step that does not open a model of its own. */
        public Step(Text text, String view, String action, Text button, String describe) {
            this(text, view, action, button, describe, null);
        }

        /** A step that shows {@code view} (or nothing, for null). */
        public Step(Text text, String view) {
            this(text, view, null, null, null);
        }
    }

    /**
     * A training run a lesson puts on the Train page (its {@code kind} by the command line's name); a session with
     * one need not name a model.
     */
    public record Training(String dataset, String kind, int latent, int epochs, int trainImages, int batchSize,
                           long delayMillis) {
    }

    /** A teacher's lesson: a title, an optional introduction and training run, and its steps. */
    public record Lesson(Text title, Text intro, List<Step> steps, Training training) {
        @com.fasterxml.jackson.annotation.JsonCreator
        public Lesson {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        /** A lesson of a title and steps. */
        public Lesson(Text title, List<Step> steps) {
            this(title, null, steps, null);
        }
    }
}
