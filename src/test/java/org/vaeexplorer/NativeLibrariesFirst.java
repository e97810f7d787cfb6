package org.vaeexplorer;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vaeexplorer.platform.NativeInit;

/**
 * Loads ND4J's native libraries before any test class runs, as the app's launcher does before JavaFX starts: a
 * UI test that started the toolkit first could hang in glibc's loader locks (see {@link NativeInit#loadLibrariesNow}).
 * Registered for every test through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class NativeLibrariesFirst implements BeforeAllCallback {
    private static final java.util.concurrent.atomic.AtomicBoolean DONE = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (DONE.compareAndSet(false, true)) {
            NativeInit.loadLibrariesNow();
        }
    }
}
