package org.vaeexplorer.ui.train;

import org.vaeexplorer.ui.common.GreyImage;

/** One image of the dataset preview with its class name. */
public record SampleTile(GreyImage image, String className) {
}
