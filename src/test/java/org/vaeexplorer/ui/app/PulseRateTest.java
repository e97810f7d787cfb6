package org.vaeexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PulseRateTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(PulseRate.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PulseRate.PROPERTY);
        } else {
            System.setProperty(PulseRate.PROPERTY, before);
        }
    }

    @Test
    void withoutARateGivenThePulsesRunAt120Hertz() {
        System.clearProperty(PulseRate.PROPERTY);
        PulseRate.applyDefault();
        assertEquals("120", System.getProperty(PulseRate.PROPERTY));
    }

    @Test
    void aRateTheUserGaveIsKept() {
        System.setProperty(PulseRate.PROPERTY, "75");
        PulseRate.applyDefault();
        assertEquals("75", System.getProperty(PulseRate.PROPERTY));
    }
}
