package org.vaeexplorer.ui.app;

import java.util.List;
import java.util.Locale;
import org.vaeexplorer.explore.AttributeVector;
import org.vaeexplorer.explore.ImageGroup;

/** Saved attribute vectors as a session file spells them ({@link SessionFile.Vector}) and back. */
final class SessionVectors {
    private SessionVectors() {
    }

    static List<SessionFile.Vector> toFile(List<AttributeVector> vectors) {
        return vectors.stream().map(v -> new SessionFile.Vector(v.name(), toFile(v.from()), toFile(v.to()),
                v.fromMean(), v.toMean())).toList();
    }

    private static SessionFile.Group toFile(ImageGroup g) {
        return new SessionFile.Group(g.kind().name().toLowerCase(Locale.ROOT), g.factor(), g.value(), g.images());
    }

    /** The file's vectors; {@link SessionFormat#read} has refused a file with an incomplete one. */
    static List<AttributeVector> fromFile(List<SessionFile.Vector> vectors) {
        return vectors.stream().map(v -> new AttributeVector(v.name(), fromFile(v.from()), fromFile(v.to()),
                v.fromMean(), v.toMean())).toList();
    }

    private static ImageGroup fromFile(SessionFile.Group g) {
        return new ImageGroup(kind(g.kind()), g.factor(), g.value(), g.images());
    }

    /** A group's kind from its name in the file; null for a name that is none (the file is then refused). */
    static ImageGroup.Kind kind(String name) {
        for (ImageGroup.Kind k : ImageGroup.Kind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        return null;
    }
}
