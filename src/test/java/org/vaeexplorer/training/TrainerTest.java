package org.vaeexplorer.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.VariableType;
import org.vaeexplorer.data.LabelledSplits;
import org.vaeexplorer.model.LossTerms;
import org.vaeexplorer.model.ModelGraphs;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.NoiseSource;
import org.vaeexplorer.model.Schedules;
import org.vaeexplorer.model.VaeModel;

class TrainerTest {
    private final LabelledSplits mnist = TrainingFixtures.mnist();

    /** Every kind on the class path, the test source set's own included. */
    static Stream<ModelKind> kinds() {
        return Stream.of(ModelKind.values());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shortTrainingLowersTheTestNelboWellBelowItsStart(ModelKind kind) throws Exception {
        ModelSpec spec = kind.defaultSpec(28, 28, 10);
        VaeModel model = VaeModel.create(spec, 3, 1e-3);
        TrainingSettings settings = TrainingFixtures.small(2, 1500, 300);
        double before = Trainer.evaluate(model, mnist.test().head(300), settings, NoiseSource.seeded(1),
                Schedules.at(spec, 0)).nelbo();
        List<EpochMetrics> epochs = new ArrayList<>();
        TrainingOutcome outcome = new Trainer(new RunControl(), collecting(epochs))
                .train(model, mnist, new TrainingState(), settings);
        assertEquals(TrainingOutcome.Status.COMPLETED, outcome.status());
        double after = epochs.get(epochs.size() - 1).testNelbo();
        assertTrue(after < 0.6 * before, kind + ": test NELBO went from " + before + " only to " + after);
        assertEquals(after, epochs.get(1).testRecon() + epochs.get(1).testKl(), 1e-6);
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherNumbers() throws Exception {
        double[] a = run(7);
        double[] b = run(7);
        double[] c = run(8);
        assertArrayEquals(a, b, "the same seed must reproduce the run exactly");
        assertNotEquals(a[0], c[0]);
    }

    @Test
    void temperatureAnnealsDuringJointTraining() throws Exception {
        ModelSpec spec = org.vaeexplorer.model.ModelSpecBuilder.of(ModelKind.JOINT_VAE)
                .temperature(new org.vaeexplorer.model.TemperatureSchedule(1.0, 0.5, 0.02)).build();
        List<Double> temperatures = new ArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void batchEnded(BatchEvent e) {
                temperatures.add(e.schedules().temperature());
            }
        };
        new Trainer(new RunControl(), l).train(VaeModel.create(spec, 1, 1e-3), mnist, new TrainingState(),
                TrainingFixtures.small(1, 640, 100));
        assertEquals(1.0, temperatures.get(0), 1e-12);
        assertTrue(temperatures.get(9) < temperatures.get(1), "temperature did not fall: " + temperatures);
        assertEquals(Math.max(0.5, Math.exp(-0.02 * 9)), temperatures.get(9), 1e-9);
    }

    @Test
    void aNonFiniteLossStopsTrainingAndKeepsTheLastGoodWeights() throws Exception {
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3);
        TrainingListener saboteur = new TrainingListener() {
            @Override
            public void batchEnded(BatchEvent e) {
                if (e.epoch() == 2 && e.batch() == 1) {
                    ModelGraphs.of(model).getArrForVarName("enc_0_w").putScalar(0, Float.NaN);
                }
            }
        };
        TrainingState state = new TrainingState();
        TrainingOutcome outcome = new Trainer(new RunControl(), saboteur).train(model, mnist, state,
                TrainingFixtures.small(3, 640, 100));
        assertEquals(TrainingOutcome.Status.DIVERGED, outcome.status());
        assertTrue(outcome.message().contains("epoch 2"), outcome.message());
        assertEquals(1, state.epochsDone());
        for (SDVariable v : ModelGraphs.of(model).variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                float[] values = v.getArr().castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c')
                        .reshape(v.getArr().length()).toFloatVector();
                for (float f : values) {
                    assertTrue(Float.isFinite(f), v.name() + " kept a non-finite value");
                }
            }
        }
        LossTerms after = Trainer.evaluate(model, mnist.test().head(100), TrainingFixtures.small(1, 1, 1),
                NoiseSource.seeded(1), Schedules.at(model.spec(), 0));
        assertTrue(after.isFinite());
    }

    @Test
    void pauseHoldsTrainingStepRunsOneBatchCancelStops() throws Exception {
        RunControl control = new RunControl();
        List<Integer> batches = new ArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void batchEnded(BatchEvent e) {
                synchronized (batches) {
                    batches.add(e.batch());
                    batches.notifyAll();
                }
                if (e.batch() == 2) {
                    control.pause();
                }
            }
        };
        Thread worker = new Thread(() -> {
            try {
                TrainingOutcome o = new Trainer(control, l).train(
                        VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3), mnist, new TrainingState(),
                        TrainingFixtures.small(1, 6400, 100));
                assertEquals(TrainingOutcome.Status.CANCELLED, o.status());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        worker.start();
        waitForBatches(batches, 2);
        Thread.sleep(300);
        assertEquals(2, size(batches), "training went on while paused");
        control.step();
        waitForBatches(batches, 3);
        Thread.sleep(300);
        assertEquals(3, size(batches), "a step must run exactly one batch");
        control.cancel();
        worker.join(10_000);
        assertTrue(!worker.isAlive(), "cancel did not stop a paused run");
        assertEquals(3, size(batches));
    }

    /**
     * The epoch's seconds and images/s count the time the run ran, not the time it sat paused (issue 27.12). The
     * clock is fake: each reading moves it on by a millisecond, and the test moves it 100 s while the run is paused.
     */
    @Test
    void timeSpentPausedIsNotCountedInTheEpochsSecondsOrSpeed() throws Exception {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        RunControl control = new RunControl(() -> nanos.addAndGet(1_000_000));
        List<EpochMetrics> epochs = new ArrayList<>();
        List<Double> batchRates = new ArrayList<>();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        TrainingListener l = new TrainingListener() {
            @Override
            public void whileWaiting(VaeModel model) {
                held.countDown();
            }

            @Override
            public void batchEnded(BatchEvent e) {
                batchRates.add(e.samplesPerSecond());
            }

            @Override
            public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        };
        control.pause();
        Thread worker = new Thread(() -> {
            try {
                new Trainer(control, l).train(VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), 1, 1e-3),
                        mnist, new TrainingState(), TrainingFixtures.small(1, 128, 50));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        worker.start();
        assertTrue(held.await(60, java.util.concurrent.TimeUnit.SECONDS), "the run should be held by the pause");
        nanos.addAndGet(100_000_000_000L);
        control.resume();
        worker.join(60_000);

        assertEquals(1, epochs.size());
        assertTrue(control.pausedNanos() >= 100_000_000_000L, "the pause was timed: " + control.pausedNanos());
        assertTrue(epochs.get(0).seconds() < 5, "the 100 s paused were counted: " + epochs.get(0).seconds() + " s");
        assertTrue(epochs.get(0).samplesPerSecond() > 128 / 5.0, epochs.get(0).samplesPerSecond() + " images/s");
        assertTrue(batchRates.get(0) > 64 / 5.0, "the live speed too: " + batchRates.get(0));
    }

    private double[] run(long seed) throws Exception {
        List<EpochMetrics> epochs = new ArrayList<>();
        VaeModel model = VaeModel.create(ModelKind.VAE.defaultSpec(28, 28, 10), seed, 1e-3);
        TrainingSettings s = new TrainingSettings(2, 64, 1e-3, seed, org.vaeexplorer.data.PixelScaling.GREY, 640, 200);
        new Trainer(new RunControl(), collecting(epochs)).train(model, mnist, new TrainingState(), s);
        return new double[] {epochs.get(0).trainNelbo(), epochs.get(1).trainNelbo(), epochs.get(1).testNelbo()};
    }

    static TrainingListener collecting(List<EpochMetrics> epochs) {
        return new TrainingListener() {
            @Override
            public void epochEnded(VaeModel model, TrainingState state, EpochMetrics metrics) {
                epochs.add(metrics);
            }
        };
    }

    private static void waitForBatches(List<Integer> batches, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        synchronized (batches) {
            while (batches.size() < n && System.currentTimeMillis() < deadline) {
                batches.wait(1000);
            }
        }
        assertTrue(size(batches) >= n, "timed out waiting for batch " + n);
    }

    private static int size(List<Integer> batches) {
        synchronized (batches) {
            return batches.size();
        }
    }
}
