package org.gait4j.model;

import java.util.Locale;
import org.gait4j.internal.Checks;

/**
 * A pressure walkway or mat: a grid of cells sampled as frames. Cell (row, column) covers
 * {@code [column * cellWidthM, (column + 1) * cellWidthM)} along the walkway (x) and
 * {@code [row * cellLengthM, ...)} across it (y). Values are pressures in {@link #unit()}.
 * Immutable and thread-safe.
 */
public final class WalkwayRecording {
  private final SamplingRate rate;
  private final int rows;
  private final int columns;
  private final double cellWidthM;
  private final double cellLengthM;
  private final Unit unit;
  private final float[] values; // frame-major, then row, then column

  private WalkwayRecording(SamplingRate rate, int rows, int columns, double cellWidthM,
      double cellLengthM, Unit unit, float[] values) {
    this.rate = Checks.notNull(rate, "rate");
    this.rows = Checks.positive(rows, "rows");
    this.columns = Checks.positive(columns, "columns");
    this.cellWidthM = Checks.positive(cellWidthM, "cellWidthM");
    this.cellLengthM = Checks.positive(cellLengthM, "cellLengthM");
    this.unit = Checks.notNull(unit, "unit");
    Checks.requireArgument(values.length % ((long) rows * columns) == 0,
        "%d values is not a whole number of %d x %d frames", values.length, rows, columns);
    this.values = values;
  }

  /**
   * A walkway recording of {@code values.length / (rows * columns)} frames.
   *
   * @param values frame-major, then row, then column. Not modified.
   */
  public static WalkwayRecording of(SamplingRate rate, int rows, int columns, double cellWidthM,
      double cellLengthM, Unit unit, float[] values) {
    return new WalkwayRecording(rate, rows, columns, cellWidthM, cellLengthM, unit,
        values.clone());
  }

  public SamplingRate rate() {
    return rate;
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  /** Cell size along the walkway (x), metres. */
  public double cellWidthM() {
    return cellWidthM;
  }

  /** Cell size across the walkway (y), metres. */
  public double cellLengthM() {
    return cellLengthM;
  }

  public Unit unit() {
    return unit;
  }

  /** Number of frames. */
  public int frameCount() {
    return values.length / (rows * columns);
  }

  /** The value of cell (row, column) in frame {@code frame}. */
  public float value(int frame, int row, int column) {
    Checks.requireArgument(row >= 0 && row < rows && column >= 0 && column < columns,
        "cell (%d, %d) outside %d x %d grid", row, column, rows, columns);
    return values[(frame * rows + row) * columns + column];
  }

  /**
   * Copies one frame, row-major, into {@code out} (length {@code rows * columns}).
   *
   * @param out Modified.
   */
  public void copyFrame(int frame, float[] out) {
    System.arraycopy(values, frame * rows * columns, out, 0, rows * columns);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WalkwayRecording[%d frames of %d x %d cells (%.1f x %.1f mm) @ %s, %s]",
        frameCount(), rows, columns, cellWidthM * 1e3, cellLengthM * 1e3, rate, unit);
  }
}
