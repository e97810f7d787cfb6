package org.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.PixelScaling;
import org.vaeexplorer.model.CapacitySchedule;
import org.vaeexplorer.model.LatentCodes;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.ModelSpecBuilder;
import org.vaeexplorer.model.Objective;
import org.vaeexplorer.model.TemperatureSchedule;
import org.vaeexplorer.model.TinyModels;
import org.vaeexplorer.model.VaeModel;
import org.vaeexplorer.training.TrainingFixtures;

/** The explorer with two discrete latents ({@code --discrete 10,2}): each is encoded, drawn, blended and matched. */
class EveryDiscreteLatentExploredTest {
    private static ModelSpec joint(List<Integer> categories) {
        return ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(28, 28, 10).hidden(List.of(16)).latent(2)
                .categories(categories).objective(Objective.jointCapacity(new CapacitySchedule(0, 5, 100, 30),
                        new CapacitySchedule(0, 2, 100, 30)))
                .temperature(new TemperatureSchedule(0.67, 0.67, 0)).build();
    }

    @Test
    void theTestSetIsEncodedWithTheMostProbableCategoryOfEachLatent() throws Exception {
        ModelSpec spec = joint(List.of(10, 2));
        LatentExplorer explorer = LatentExplorer.owning(VaeModel.create(spec, 6, 1e-3));
        var test = TrainingFixtures.mnist().test();
        EncodedImages codes = explorer.encode(test, PixelScaling.GREY, 40);
        assertEquals(2, codes.categories().length, "a row of categories per discrete latent");
        for (int i = 0; i < 40; i++) {
            assertTrue(codes.categories()[0][i] >= 0 && codes.categories()[0][i] < 10);
            assertTrue(codes.categories()[1][i] >= 0 && codes.categories()[1][i] < 2);
            // The same image alone: its posterior's most probable categories are those the test set got.
            var q = explorer.posterior(test.image(i, PixelScaling.GREY), new int[] {test.label(i)}, 1);
            assertArrayEquals(q.mostProbableCategories(0), codes.categoriesOf(i, 2), "image " + i);
        }
        assertEquals(10, ClusterMatching.of(codes, spec).classOfCategory().length, "the 10-way latent is matched");

        DrawnPosterior drawn = DrawnPosterior.of(explorer, test.image(3, PixelScaling.GREY), 0, 2, 1);
        assertEquals(2, drawn.categoryProbabilities().size());
        assertEquals(10, drawn.categoryProbabilities().get(0).length);
        assertEquals(2, drawn.categoryProbabilities().get(1).length);
    }

    @Test
    void theLatentMatchedToTheClassesIsTheFirstWithAtLeastAsManyCategories() {
        assertEquals(0, ClusterMatching.matchedLatent(joint(List.of(10, 2))));
        assertEquals(1, ClusterMatching.matchedLatent(joint(List.of(2, 10))), "a 2-way latent cannot hold 10 classes");
        assertEquals(0, ClusterMatching.matchedLatent(joint(List.of(20, 10))), "over-clustering: the first");
        assertEquals(0, ClusterMatching.matchedLatent(joint(List.of(3, 2))), "none large enough: the first");
    }

    @Test
    void anInterpolationBlendsEveryDiscreteLatentAndTraversalRowsFollowTheMatchedOne() {
        ModelSpec tiny = TinyModels.joint(0.67); // latents of 4 and 3 categories, 3 classes
        EncodedImages codes = new EncodedImages(2, 2, new float[4], new float[4], new int[2],
                new int[][] {{0, 3}, {1, 0}});
        LatentCodes path = LatentPictures.interpolation(tiny, codes, 0, 1, Interpolation.LINEAR, 3);
        assertArrayEquals(new float[] {0.5f, 0, 0, 0.5f}, java.util.Arrays.copyOfRange(path.categories().get(0), 4, 8));
        assertArrayEquals(new float[] {0.5f, 0.5f, 0}, java.util.Arrays.copyOfRange(path.categories().get(1), 3, 6),
                "the second latent blends from a's category to b's as well");

        ModelSpec twoThenTen = joint(List.of(2, 10));
        LatentCodes traversal = LatentPictures.traversal(twoThenTen, new float[2], new int[] {1, 0}, 0, 0,
                new double[] {-1, 1});
        assertEquals(10 * 2, traversal.count(), "a row per category of the latent matched to the classes");
        float[] rowSeven = java.util.Arrays.copyOfRange(traversal.categories().get(1), 7 * 2 * 10, 7 * 2 * 10 + 10);
        assertEquals(1f, rowSeven[7], "row 7 is decoded under its category 7");
        assertEquals(1f, traversal.categories().get(0)[7 * 2 * 2 + 1], "the other latent keeps the chosen category");
    }
}
