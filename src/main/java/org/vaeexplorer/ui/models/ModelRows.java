package org.vaeexplorer.ui.models;

import org.vaeexplorer.ui.common.I18n;

/**
 * What each column of the Models tree says about a row: a group (a run, or the shipped checkpoints), one
 * checkpoint, or the folded row that holds a run's per-epoch checkpoints. A group's figures are its best
 * checkpoint's.
 */
final class ModelRows {
    /** The row under a run that holds its per-epoch checkpoints. */
    record Folded(ModelGroup group) {
    }

    private ModelRows() {
    }

    static String name(Object row) {
        if (row instanceof ModelGroup g) {
            return g.shipped() ? I18n.text("models.group.shipped") : g.folder().getFileName().toString();
        }
        if (row instanceof Folded f) {
            return I18n.text("models.group.earlier", Integer.toString(f.group().folded().size()));
        }
        return row instanceof ModelEntry e ? e.file().getFileName().toString() : "";
    }

    /** The checkpoint whose figures a row shows: its own, a run's best; none for the shipped group or a fold. */
    private static ModelEntry entry(Object row) {
        if (row instanceof ModelGroup g) {
            return g.shipped() ? null : g.primary();
        }
        return row instanceof ModelEntry e ? e : null;
    }

    static String kind(Object row) {
        ModelEntry e = entry(row);
        return e == null ? "" : e.readable() ? I18n.name("kind", e.manifest().model().kind())
                : I18n.text("models.unreadable");
    }

    static String dataset(Object row) {
        ModelEntry e = entry(row);
        return e != null && e.readable() ? e.manifest().dataset().name() : "";
    }

    static String latents(Object row) {
        ModelEntry e = entry(row);
        return e != null && e.readable() ? ModelCard.latentSpec(e.manifest().model()) : "";
    }

    static String nelbo(Object row) {
        ModelEntry e = entry(row);
        return e != null && e.readable() && !Double.isNaN(e.manifest().lastTestNelbo())
                ? I18n.number(e.manifest().lastTestNelbo(), 2) : "";
    }

    static String made(Object row) {
        ModelEntry e = entry(row);
        return e != null && e.readable()
                ? e.manifest().provenance().createdAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "") : "";
    }
}
