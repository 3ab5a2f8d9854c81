package org.gait4j.dsp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The peaks found by {@link PeakFinder}: their sample indices, in increasing order, and the
 * properties computed on the way, one value per peak in the same order.
 *
 * <p>Which properties exist depends on the conditions the finder was given, exactly as with
 * SciPy's {@code find_peaks}:
 *
 * <table>
 *   <caption>Properties and the conditions that compute them</caption>
 *   <tr><th>{@link Property}</th><th>accessors</th><th>computed when the finder has</th></tr>
 *   <tr><td>{@code PEAK_HEIGHTS}</td><td>{@link #peakHeights()}</td><td>a height condition</td></tr>
 *   <tr><td>{@code THRESHOLDS}</td><td>{@link #leftThresholds()}, {@link #rightThresholds()}</td>
 *       <td>a threshold condition</td></tr>
 *   <tr><td>{@code PROMINENCES}</td><td>{@link #prominences()}, {@link #leftBases()},
 *       {@link #rightBases()}</td><td>a prominence <em>or</em> a width condition</td></tr>
 *   <tr><td>{@code WIDTHS}</td><td>{@link #widths()}, {@link #widthHeights()}, {@link #leftIps()},
 *       {@link #rightIps()}</td><td>a width condition</td></tr>
 *   <tr><td>{@code PLATEAUS}</td><td>{@link #plateauSizes()}, {@link #leftEdges()},
 *       {@link #rightEdges()}</td><td>a plateau-size condition</td></tr>
 * </table>
 *
 * <p>Asking for a property that was not computed throws {@link IllegalStateException}; use
 * {@link #has(Property)} to check. Every accessor returns a fresh copy.
 *
 * <p>Immutable and thread-safe.
 */
public final class Peaks {

  /** The groups of peak properties; each group is computed as a whole. */
  public enum Property {
    /** {@code x[peak]}. */
    PEAK_HEIGHTS("a height condition (withHeight)"),
    /** Rise from the left neighbour and drop to the right neighbour. */
    THRESHOLDS("a threshold condition (withThreshold)"),
    /** Prominence and the left and right bases. */
    PROMINENCES("a prominence or width condition (withProminence, withWidthSamples/S)"),
    /** Width, evaluation height and interpolated crossing positions. */
    WIDTHS("a width condition (withWidthSamples/S)"),
    /** Plateau size and edges. */
    PLATEAUS("a plateau-size condition (withPlateauSizeSamples)");

    private final String requires;

    Property(String requires) {
      this.requires = requires;
    }
  }

  private final int[] indices;
  // Each group is either fully present (arrays of length count) or absent (null).
  private final double[] peakHeights;
  private final double[] leftThresholds;
  private final double[] rightThresholds;
  private final double[] prominences;
  private final int[] leftBases;
  private final int[] rightBases;
  private final double[] widths;
  private final double[] widthHeights;
  private final double[] leftIps;
  private final double[] rightIps;
  private final int[] plateauSizes;
  private final int[] leftEdges;
  private final int[] rightEdges;

  /** Takes ownership of the arrays, which must have the same length as {@code indices}. */
  Peaks(
      int[] indices,
      double[] peakHeights,
      double[] leftThresholds,
      double[] rightThresholds,
      double[] prominences,
      int[] leftBases,
      int[] rightBases,
      double[] widths,
      double[] widthHeights,
      double[] leftIps,
      double[] rightIps,
      int[] plateauSizes,
      int[] leftEdges,
      int[] rightEdges) {
    this.indices = indices;
    this.peakHeights = peakHeights;
    this.leftThresholds = leftThresholds;
    this.rightThresholds = rightThresholds;
    this.prominences = prominences;
    this.leftBases = leftBases;
    this.rightBases = rightBases;
    this.widths = widths;
    this.widthHeights = widthHeights;
    this.leftIps = leftIps;
    this.rightIps = rightIps;
    this.plateauSizes = plateauSizes;
    this.leftEdges = leftEdges;
    this.rightEdges = rightEdges;
  }

  /** Number of peaks. */
  public int count() {
    return indices.length;
  }

  /** Sample index of peak {@code k} (0-based, peaks in increasing order of index). */
  public int index(int k) {
    return indices[k];
  }

  /** Sample indices of the peaks, increasing. A copy. */
  public int[] indices() {
    return indices.clone();
  }

  /** Whether the property group was computed. */
  public boolean has(Property property) {
    switch (property) {
      case PEAK_HEIGHTS:
        return peakHeights != null;
      case THRESHOLDS:
        return leftThresholds != null;
      case PROMINENCES:
        return prominences != null;
      case WIDTHS:
        return widths != null;
      case PLATEAUS:
        return plateauSizes != null;
      default:
        throw new AssertionError(property);
    }
  }

  /** The property groups that were computed. */
  public Set<Property> properties() {
    EnumSet<Property> set = EnumSet.noneOf(Property.class);
    for (Property p : Property.values()) {
      if (has(p)) {
        set.add(p);
      }
    }
    return set;
  }

  /** {@code x[peak]}, in signal units. A copy. @throws IllegalStateException if not computed */
  public double[] peakHeights() {
    return computed(peakHeights, Property.PEAK_HEIGHTS, "peakHeights").clone();
  }

  /**
   * {@code x[peak] - x[peak - 1]}, in signal units (0 for a plateau peak: its left neighbour is
   * equal). A copy.
   *
   * @throws IllegalStateException if not computed
   */
  public double[] leftThresholds() {
    return computed(leftThresholds, Property.THRESHOLDS, "leftThresholds").clone();
  }

  /** {@code x[peak] - x[peak + 1]}, in signal units. A copy. @throws IllegalStateException if not computed */
  public double[] rightThresholds() {
    return computed(rightThresholds, Property.THRESHOLDS, "rightThresholds").clone();
  }

  /** Prominences, in signal units, {@code >= 0}. A copy. @throws IllegalStateException if not computed */
  public double[] prominences() {
    return computed(prominences, Property.PROMINENCES, "prominences").clone();
  }

  /** Sample index of each peak's left base. A copy. @throws IllegalStateException if not computed */
  public int[] leftBases() {
    return computed(leftBases, Property.PROMINENCES, "leftBases").clone();
  }

  /** Sample index of each peak's right base. A copy. @throws IllegalStateException if not computed */
  public int[] rightBases() {
    return computed(rightBases, Property.PROMINENCES, "rightBases").clone();
  }

  /** Widths in samples (fractional). A copy. @throws IllegalStateException if not computed */
  public double[] widths() {
    return computed(widths, Property.WIDTHS, "widths").clone();
  }

  /**
   * Height at which each width was measured, {@code x[peak] - prominence * relHeight}, in signal
   * units. A copy.
   *
   * @throws IllegalStateException if not computed
   */
  public double[] widthHeights() {
    return computed(widthHeights, Property.WIDTHS, "widthHeights").clone();
  }

  /** Interpolated left crossing, fractional sample index. A copy. @throws IllegalStateException if not computed */
  public double[] leftIps() {
    return computed(leftIps, Property.WIDTHS, "leftIps").clone();
  }

  /** Interpolated right crossing, fractional sample index. A copy. @throws IllegalStateException if not computed */
  public double[] rightIps() {
    return computed(rightIps, Property.WIDTHS, "rightIps").clone();
  }

  /** Number of equal samples forming each peak, {@code >= 1}. A copy. @throws IllegalStateException if not computed */
  public int[] plateauSizes() {
    return computed(plateauSizes, Property.PLATEAUS, "plateauSizes").clone();
  }

  /** Index of the first sample of each peak's plateau. A copy. @throws IllegalStateException if not computed */
  public int[] leftEdges() {
    return computed(leftEdges, Property.PLATEAUS, "leftEdges").clone();
  }

  /** Index of the last sample of each peak's plateau. A copy. @throws IllegalStateException if not computed */
  public int[] rightEdges() {
    return computed(rightEdges, Property.PLATEAUS, "rightEdges").clone();
  }

  private static <T> T computed(T array, Property group, String name) {
    if (array == null) {
      throw new IllegalStateException(
          name + " were not computed: they need " + group.requires + " in the PeakFinder");
    }
    return array;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Peaks[count=").append(indices.length).append(", indices=");
    int shown = Math.min(indices.length, 10);
    sb.append(Arrays.toString(Arrays.copyOf(indices, shown)));
    if (shown < indices.length) {
      sb.setLength(sb.length() - 1);
      sb.append(", ...]");
    }
    return sb.append(", properties=").append(properties()).append(']').toString();
  }
}
