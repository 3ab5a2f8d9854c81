package org.gait4j.io.pose;

import java.util.Locale;
import java.util.Optional;

/**
 * Options of {@link MediaPipePoseReader}. Immutable; start from {@link #defaults()}.
 *
 * @param frameRateHz frame rate used when the file states none (a JSON {@code "fps"} member wins).
 *     Default 30 Hz.
 * @param minVisibility landmarks whose visibility is below this are missing (NaN) in both the image
 *     and the world set. In [0, 1]; default 0.5 (MediaPipe's own drawing threshold).
 * @param imageSize the video's size in pixels; when present image landmarks are returned in
 *     {@link org.gait4j.model.Unit#PIXEL} (x × width, y × height, z × width as MediaPipe scales z),
 *     otherwise in {@link org.gait4j.model.Unit#IMAGE_FRACTION}. Default empty.
 */
public record MediaPipeConfig(double frameRateHz, double minVisibility,
    Optional<ImageSize> imageSize) {

  /** A video frame size in pixels, both positive. */
  public record ImageSize(int widthPx, int heightPx) {
    /** Checks both sides. */
    public ImageSize {
      if (widthPx <= 0 || heightPx <= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "image size (%d x %d px) must be positive", widthPx, heightPx));
      }
    }
  }

  /** Checks every value. */
  public MediaPipeConfig {
    if (!(frameRateHz > 0) || !Double.isFinite(frameRateHz)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "frameRateHz (%s) must be positive and finite", frameRateHz));
    }
    if (!(minVisibility >= 0 && minVisibility <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "minVisibility (%s) must be in [0, 1]", minVisibility));
    }
    if (imageSize == null) {
      throw new IllegalArgumentException("imageSize must not be null (use Optional.empty())");
    }
  }

  /** 30 Hz, visibility 0.5, image fractions. */
  public static MediaPipeConfig defaults() {
    return new MediaPipeConfig(30.0, 0.5, Optional.empty());
  }

  /** A copy with another default frame rate, Hz. */
  public MediaPipeConfig withFrameRateHz(double hz) {
    return new MediaPipeConfig(hz, minVisibility, imageSize);
  }

  /** A copy with another visibility threshold, in [0, 1]. */
  public MediaPipeConfig withMinVisibility(double v) {
    return new MediaPipeConfig(frameRateHz, v, imageSize);
  }

  /** A copy that returns image landmarks in pixels of a {@code widthPx} × {@code heightPx} video. */
  public MediaPipeConfig withImageSizePx(int widthPx, int heightPx) {
    return new MediaPipeConfig(frameRateHz, minVisibility,
        Optional.of(new ImageSize(widthPx, heightPx)));
  }
}
