package org.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

class SchedulesTest {
    @Test
    void capacityRisesLinearlyAndThenHolds() {
        CapacitySchedule c = new CapacitySchedule(0.5, 5.5, 1000, 30);
        assertEquals(0.5, c.valueAt(0), 1e-12);
        assertEquals(3.0, c.valueAt(500), 1e-12);
        assertEquals(5.5, c.valueAt(1000), 1e-12);
        assertEquals(5.5, c.valueAt(50_000), 1e-12);
    }

    @Test
    void temperatureAnnealsExponentiallyToItsFloor() {
        TemperatureSchedule t = new TemperatureSchedule(1.0, 0.5, 1e-3);
        assertEquals(1.0, t.valueAt(0), 1e-12);
        assertEquals(Math.exp(-0.1), t.valueAt(100), 1e-12);
        assertTrue(t.valueAt(200) < t.valueAt(100));
        assertEquals(0.5, t.valueAt(1_000_000), 1e-12);
    }

    @Test
    void schedulesOfASpecFollowTheIteration() {
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(2, 2, 3).hidden(java.util.List.of(8))
                .latent(2).categories(java.util.List.of(10))
                .objective(Objective.jointCapacity(new CapacitySchedule(0, 4, 100, 10), new CapacitySchedule(1, 2, 50, 10)))
                .temperature(new TemperatureSchedule(2, 0.5, 0.01)).build();
        Schedules s = Schedules.at(spec, 50);
        assertEquals(2.0, s.continuousCapacity(), 1e-12);
        assertEquals(2.0, s.discreteCapacity(), 1e-12);
        assertEquals(2 * Math.exp(-0.5), s.temperature(), 1e-12);
    }

    @Test
    void discreteCapacityStopsAtTheLargestKlTheCategoriesCanReach() {
        CapacitySchedule c = new CapacitySchedule(0, 5, 25_000, 30);
        ModelSpec spec = ModelSpecBuilder.of(ModelKind.JOINT_VAE).images(2, 2, 3).hidden(java.util.List.of(8))
                .latent(2).categories(java.util.List.of(10, 3)).objective(Objective.jointCapacity(c, c))
                .temperature(new TemperatureSchedule(0.67, 0.67, 0)).build();
        assertEquals(1.0, Schedules.at(spec, 5_000).discreteCapacity(), 1e-12);
        assertEquals(Math.log(10) + Math.log(3), Schedules.at(spec, 25_000).discreteCapacity(), 1e-12);
        assertEquals(5.0, Schedules.at(spec, 25_000).continuousCapacity(), 1e-12);
    }

    @Test
    void invalidSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CapacitySchedule(5, 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new TemperatureSchedule(0.5, 1.0, 0));
    }
}
