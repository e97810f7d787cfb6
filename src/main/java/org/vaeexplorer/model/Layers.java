package org.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/** Weight-owning layers on a SameDiff graph. Each creates its variables once and can be applied many times. */
final class Layers {
    private Layers() {
    }

    /** y = x W + b, W of shape [in, out]. */
    static final class Dense {
        private final SDVariable w;
        private final SDVariable b;

        Dense(SameDiff sd, WeightInit init, String name, int in, int out) {
            w = init.xavierUniform(sd, name + "_w", in, out, in, out);
            b = init.zeros(sd, name + "_b", out);
        }

        SDVariable apply(SDVariable x) {
            return x.mmul(w).add(b);
        }
    }

    /** k x k convolution, NCHW; weights [kH, kW, in, out]. */
    static final class Conv {
        private final SDVariable w;
        private final SDVariable b;
        private final Conv2DConfig config;

        /** 3x3, VALID padding (the TensorFlow tutorial's). */
        Conv(SameDiff sd, WeightInit init, String name, int in, int out, int stride) {
            this(sd, init, name, in, out, 3, stride, PaddingMode.VALID);
        }

        Conv(SameDiff sd, WeightInit init, String name, int in, int out, int k, int stride, PaddingMode padding) {
            w = init.xavierUniform(sd, name + "_w", (long) k * k * in, (long) k * k * out, k, k, in, out);
            b = init.zeros(sd, name + "_b", out);
            config = Conv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).paddingMode(padding)
                    .dataFormat("NCHW").build();
        }

        SDVariable apply(SameDiff sd, SDVariable x) {
            return sd.cnn().conv2d(x, w, b, config);
        }
    }

    /**
     * k x k transposed convolution with TensorFlow's 'same' output size (input * stride), NCHW; weights
     * [kH, kW, out, in]. Computed as VALID and cropped, which equals 'same' and keeps oneDNN's fast path
     * (it skips 'same' deconvolution). 'same' for a forward conv of stride s pads (k - s) in total, the
     * smaller half first: k = 3 with stride 2 crops [0, n), with stride 1 [1, n + 1); k = 4 with stride 2 crops
     * [1, n + 1), which is PyTorch's ConvTranspose2d(k=4, stride=2, padding=1) of Dupont's net.
     */
    static final class Deconv {
        private final SDVariable w;
        private final SDVariable b;
        private final DeConv2DConfig config;
        private final int stride;
        private final int kernel;

        /** 3x3 (the TensorFlow tutorial's). */
        Deconv(SameDiff sd, WeightInit init, String name, int in, int out, int stride) {
            this(sd, init, name, in, out, 3, stride);
        }

        Deconv(SameDiff sd, WeightInit init, String name, int in, int out, int k, int stride) {
            w = init.xavierUniform(sd, name + "_w", (long) k * k * in, (long) k * k * out, k, k, out, in);
            b = init.zeros(sd, name + "_b", out);
            this.stride = stride;
            this.kernel = k;
            config = DeConv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).isSameMode(false)
                    .dataFormat("NCHW").build();
        }

        SDVariable apply(SameDiff sd, SDVariable x, int inRows, int inCols) {
            SDVariable full = sd.cnn().deconv2d(x, w, b, config);
            int rows = inRows * stride;
            int cols = inCols * stride;
            int before = (kernel - stride) / 2;
            return full.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(before, before + rows),
                    SDIndex.interval(before, before + cols));
        }
    }
}
