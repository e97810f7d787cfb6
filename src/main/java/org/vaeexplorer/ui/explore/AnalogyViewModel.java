package org.vaeexplorer.ui.explore;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.explore.EncodedImages;
import org.vaeexplorer.explore.LatentAnalogy;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.ui.common.GreyImage;

/**
 * "a is to b as c is to ?" from three test images ({@link LatentAnalogy}): the three images and the answer, the
 * decoded z_c + z_b - z_a, made on the worker; the answer can become the shared point. The answer keeps c's class
 * label (a CVAE) and c's categories (a Joint VAE): only the continuous code is added up.
 */
public final class AnalogyViewModel implements AutoCloseable {
    /** What the view shows: the three test images and the decoded answer, and the answer's code. */
    public record Pictures(LatentAnalogy analogy, GreyImage a, GreyImage b, GreyImage c, GreyImage answer,
                           float[] answerCode) {
    }

    private final ExploreViewModel explore;
    private final IntegerProperty a = new SimpleIntegerProperty(0);
    private final IntegerProperty b = new SimpleIntegerProperty(1);
    private final IntegerProperty c = new SimpleIntegerProperty(2);
    private final AsyncView<Pictures> pictures;
    private final java.util.Random random = new java.util.Random();

    AnalogyViewModel(ExploreViewModel explore, Executor fx, Consumer<String> onError) {
        this.explore = explore;
        pictures = new AsyncView<>("analogy", fx, onError);
        for (IntegerProperty p : new IntegerProperty[] {a, b, c}) {
            p.addListener((o, was, now) -> render());
        }
        explore.codesProperty().addListener((o, was, now) -> render());
    }

    /** Decodes the answer of the three images chosen, when they are all among the encoded test images. */
    void render() {
        ExploreSession s = explore.sessionProperty().get();
        EncodedImages codes = explore.codesProperty().get();
        LatentAnalogy analogy = new LatentAnalogy(a.get(), b.get(), c.get());
        if (s == null || codes == null || codes.dim() != s.spec().latentDim() || codes.dim() == 0
                || !analogy.fits(codes)) {
            pictures.show(null);
            return;
        }
        pictures.request(() -> {
            float[] z = analogy.answer(codes);
            int[] cats = codes.categoriesOf(analogy.c(), s.spec().categories().size());
            LatentCodes batch = LatentCodes.builder(s.spec(), 1).set(0, z, cats, codes.labels()[analogy.c()])
                    .build();
            return new Pictures(analogy, testImage(s, analogy.a()), testImage(s, analogy.b()),
                    testImage(s, analogy.c()), new GreyImage(s.test().rows(), s.test().cols(),
                            s.explorer().decode(batch)), z);
        });
    }

    private static GreyImage testImage(ExploreSession s, int i) {
        return new GreyImage(s.test().rows(), s.test().cols(), s.test().image(i, s.scaling()));
    }

    /** Three test images at random: a and c of one class, b of another, the classic form of the question. */
    public void randomTriple() {
        EncodedImages codes = explore.codesProperty().get();
        if (codes == null || codes.count() < 3) {
            return;
        }
        int first = random.nextInt(codes.count());
        int second = first;
        int third = first;
        for (int tries = 0; tries < 1000 && (second == first || codes.labels()[second] == codes.labels()[first]);
             tries++) {
            second = random.nextInt(codes.count());
        }
        for (int tries = 0; tries < 1000 && (third == first || codes.labels()[third] != codes.labels()[first]);
             tries++) {
            third = random.nextInt(codes.count());
        }
        a.set(first);
        b.set(second);
        c.set(third);
    }

    /** Makes the answer the shared point (one undo step), with c's label and categories. */
    public void goToAnswer() {
        Pictures p = pictures.resultProperty().get();
        EncodedImages codes = explore.codesProperty().get();
        ExploreSession s = explore.sessionProperty().get();
        if (p == null || codes == null || s == null || !p.analogy().fits(codes)) {
            return;
        }
        explore.history().beginGesture();
        try {
            int label = s.spec().conditional() ? codes.labels()[p.analogy().c()]
                    : explore.point().labelProperty().get();
            explore.point().restore(p.answerCode(), label, codes.categoriesOf(p.analogy().c(), s.spec().categories().size()));
        } finally {
            explore.history().endGesture();
        }
    }

    public IntegerProperty aProperty() {
        return a;
    }

    public IntegerProperty bProperty() {
        return b;
    }

    public IntegerProperty cProperty() {
        return c;
    }

    public ReadOnlyObjectProperty<Pictures> picturesProperty() {
        return pictures.resultProperty();
    }

    @Override
    public void close() {
        pictures.close();
    }
}
