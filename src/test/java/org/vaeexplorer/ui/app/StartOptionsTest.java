package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartOptionsTest {
    @Test
    void everyBadOptionIsAUsageErrorBeforeAnyWindow() {
        for (List<String> bad : List.of(List.of("--explore-view", "bogus"), List.of("--page", "bogus"),
                List.of("--train-epochs", "abc"), List.of("--train-epochs", "1.5"), List.of("--train-images", "-3"),
                List.of("--snapshot-after", "-1"), List.of("--train-dataset", "no-such-dataset"),
                List.of("--open", "no-such-file.vaex"), List.of("--draw", "no-such-picture.png"), List.of("--snapshot"),
                List.of("--bogus"), List.of("--zoom", "20"), List.of("--zoom", "big"), List.of("--zoom"),
                List.of("--lesson", "0"), List.of("--lesson", "99"), List.of("--lesson", "two"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(bad),
                    "accepted " + bad);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message for " + bad);
        }
    }

    @Test
    void presentationAndZoomAreOptional() {
        StartOptions o = StartOptions.parse(List.of("--presentation", "--zoom", "150%"));
        assertTrue(o.presentation());
        assertEquals(150, o.zoomPercent());
        StartOptions none = StartOptions.parse(List.of());
        assertEquals(false, none.presentation());
        assertEquals(0, none.zoomPercent(), "no zoom given: the remembered one stays");
    }

    @Test
    void exploreViewsAreAcceptedByName() {
        for (String view : StartOptions.EXPLORE_VIEWS) {
            assertEquals(view, StartOptions.parse(List.of("--explore-view", view.toUpperCase())).exploreView());
        }
        assertEquals("mnist", StartOptions.parse(List.of("--train-dataset", "MNIST")).trainDataset());
        assertEquals("sprites-small", StartOptions.parse(List.of("--train-dataset", "sprites-small")).trainDataset(),
                "the generated sprites are offered as the error message lists them");
        assertEquals(3, StartOptions.parse(List.of("--lesson", "3")).lesson());
        assertEquals(0, StartOptions.parse(List.of()).lesson(), "no lesson unless asked");
    }

    @Test
    void aRunStartedFromTheCommandLineIsPhotographedOnTheTrainPage() {
        StartOptions demo = StartOptions.parse(List.of("--train-epochs", "3", "--train-images", "4000",
                "--snapshot", "mid.png", "--snapshot-after", "10"));
        assertEquals(Page.TRAIN, demo.initialPage(true), "the shipped model opened, but a run was asked for");
        StartOptions explicit = StartOptions.parse(List.of("--train-epochs", "3", "--page", "explore"));
        assertEquals(Page.EXPLORE, explicit.initialPage(true));
        assertEquals(Page.EXPLORE, StartOptions.parse(List.of()).initialPage(true));
        assertEquals(Page.TRAIN, StartOptions.parse(List.of()).initialPage(false));
    }

    @Test
    void aPictureForThePadOpensTheExplorePage() throws Exception {
        java.nio.file.Path png = java.nio.file.Files.createTempFile("digit", ".png");
        try {
            StartOptions options = StartOptions.parse(List.of("--draw", png.toString()));
            assertEquals(png, options.draw());
            assertEquals(Page.EXPLORE, options.initialPage(false), "even before a model is open");
            assertEquals(Page.TRAIN, StartOptions.parse(List.of("--draw", png.toString(), "--page", "train"))
                    .initialPage(true));
        } finally {
            java.nio.file.Files.delete(png);
        }
    }

    @Test
    void aCheckpointGivenAloneIsOpened() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sent", ".vaex");
        try {
            assertEquals(file, StartOptions.parse(List.of(file.toString())).open());
            assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("notes.txt")));
            assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("gone.vaex")));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void aSessionGivenAloneIsOpenedAsASession() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("lesson", SessionFormat.EXTENSION);
        try {
            StartOptions options = StartOptions.parse(List.of(file.toString()));
            assertEquals(file, options.open());
            assertTrue(StartOptions.isSession(options.open()));
            assertFalse(StartOptions.isSession(java.nio.file.Path.of("m.vaex")));
            assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("gone.vaexs")));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
