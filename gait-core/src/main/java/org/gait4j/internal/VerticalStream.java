package org.gait4j.internal;

/**
 * The one implementation of {@link VerticalProjection}'s centred moving average and projections,
 * fed sample by sample (the lower-back streaming detectors use it live) or given whole arrays
 * ({@link #project}, what the batch methods use): both give the same values to the bit
 * (VerticalStreamTest).
 *
 * <p>The moving means are running sums, updated in exactly the order of a single pass over the
 * whole recording (add the sample entering the window, then remove the ones leaving it), so the
 * rounding of the sums is the same whether the recording is pushed at once or live. Output {@code
 * i} needs the samples up to {@code i + h} ({@code h = round(windowS fs / 2)}, at least 1): it is
 * delivered during the push of sample {@code i + h}, or by {@link #finish()} for the last {@code
 * h} samples, whose windows are clipped at the end. Latency: {@code h} samples.
 *
 * <p>Memory: two rings of {@code 2 h + 2} samples (rounded up to a power of two) per channel,
 * allocated at construction; pushing allocates nothing. Not thread-safe: one instance per signal.
 *
 * <p>Internal: not part of the public API and may change without notice.
 */
public final class VerticalStream {

  /** Receives each projected sample, in index order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One output sample.
     *
     * @param index sample index, counted from the first sample pushed
     * @param up vertical acceleration without gravity, {@code a · u - |ā|}, in the
     *     accelerometer's unit
     * @param yaw angular velocity about the vertical, {@code ω · u}, in the gyroscope's unit
     */
    void accept(int index, double up, double yaw);
  }

  private final int half;
  private final int mask;
  private final double[] ax;
  private final double[] ay;
  private final double[] az;
  private final double[] gx;
  private final double[] gy;
  private final double[] gz;
  private final Sink sink;
  private double sx;
  private double sy;
  private double sz;
  private int lo; // first sample still in the sums
  private double invLen; // 1 / invLenOf
  private int invLenOf;
  private int count;
  private boolean finished;

  /**
   * A stream with a centred window of {@code windowS} seconds at {@code hz}.
   *
   * @param windowS window length, s
   * @param hz sampling rate, Hz
   * @param sink receives the outputs
   */
  public VerticalStream(double windowS, double hz, Sink sink) {
    this.half = halfWindow(windowS, hz);
    int cap = Integer.highestOneBit(2 * half + 2) << 1;
    this.mask = cap - 1;
    this.ax = new double[cap];
    this.ay = new double[cap];
    this.az = new double[cap];
    this.gx = new double[cap];
    this.gy = new double[cap];
    this.gz = new double[cap];
    this.sink = Checks.notNull(sink, "sink");
  }

  /** Half the window, samples: {@code round(windowS hz / 2)}, at least 1. */
  public static int halfWindow(double windowS, double hz) {
    return Math.max(1, (int) Math.round(windowS * hz / 2));
  }

  /** Delay of the outputs, samples (half the window). */
  public int latencySamples() {
    return half;
  }

  /** Number of samples pushed. */
  public int count() {
    return count;
  }

  /**
   * Pushes one sample: accelerometer and gyroscope, each in any unit (outputs keep it).
   *
   * @throws IllegalStateException after {@link #finish()}
   */
  public void push(double accX, double accY, double accZ, double gyrX, double gyrY,
      double gyrZ) {
    if (finished) {
      throw new IllegalStateException("finished");
    }
    int j = count;
    int s = j & mask;
    ax[s] = accX;
    ay[s] = accY;
    az[s] = accZ;
    gx[s] = gyrX;
    gy[s] = gyrY;
    gz[s] = gyrZ;
    sx += accX;
    sy += accY;
    sz += accZ;
    count = j + 1;
    if (j >= half) {
      emit(j - half, j + 1);
    }
  }

  /** Delivers the last outputs, whose windows are clipped at the end. Idempotent. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    int n = count;
    for (int i = Math.max(0, n - half); i < n; i++) {
      emit(i, n);
    }
  }

  /**
   * What pushing samples {@code [from, from + n)} of the arrays and finishing gives, in one pass
   * over the arrays without the rings and the sink: the same sums in the same order, so the same
   * values to the bit, several times faster on a whole recording.
   *
   * @param ax accelerometer x, any unit. Not modified (likewise {@code ay}, {@code az}).
   * @param gx gyroscope x, any unit; may be null when {@code yaw} is. Not modified (likewise
   *     {@code gy}, {@code gz}).
   * @param up receives {@code a · u - |ā|} at {@code [0, n)}, or null. Modified.
   * @param yaw receives {@code ω · u} at {@code [0, n)}, or null. Modified.
   */
  public static void project(double windowS, double hz, double[] ax, double[] ay, double[] az,
      double[] gx, double[] gy, double[] gz, int from, int n, double[] up, double[] yaw) {
    int half = halfWindow(windowS, hz);
    double sx = 0;
    double sy = 0;
    double sz = 0;
    int lo = from;
    int hi = from; // window [lo, hi) in array indices
    int end = from + n;
    double invLen = 0;
    int invLenOf = 0;
    int i = from;
    while (i < end) {
      if (lo == i - half - 1 && hi == i + half && i + half < end) {
        // the full window slides by one sample per output: same operations in the same order as
        // the general step below (add the entering sample, then remove the leaving one)
        if (invLenOf != 2 * half + 1) {
          invLenOf = 2 * half + 1;
          invLen = 1.0 / invLenOf;
        }
        int stop = end - half;
        for (; i < stop; i++) {
          int in = i + half;
          int out = i - half - 1;
          sx += ax[in];
          sy += ay[in];
          sz += az[in];
          sx -= ax[out];
          sy -= ay[out];
          sz -= az[out];
          double norm = Math.sqrt(sx * sx + sy * sy + sz * sz);
          double inv = 1.0 / norm;
          if (up != null) {
            up[i - from] = (ax[i] * sx + ay[i] * sy + az[i] * sz) * inv - norm * invLen;
          }
          if (yaw != null) {
            yaw[i - from] = (gx[i] * sx + gy[i] * sy + gz[i] * sz) * inv;
          }
        }
        hi = i + half;
        lo = i - half - 1;
        continue;
      }
      int wantHi = Math.min(end, i + half + 1);
      while (hi < wantHi) {
        sx += ax[hi];
        sy += ay[hi];
        sz += az[hi];
        hi++;
      }
      int wantLo = Math.max(from, i - half);
      while (lo < wantLo) {
        sx -= ax[lo];
        sy -= ay[lo];
        sz -= az[lo];
        lo++;
      }
      int len = hi - lo;
      if (len != invLenOf) {
        invLen = 1.0 / len;
        invLenOf = len;
      }
      // u = s / |s| for the window sum s; |ā| = |s| / len: one square root and one division
      double norm = Math.sqrt(sx * sx + sy * sy + sz * sz);
      double inv = 1.0 / norm;
      if (up != null) {
        up[i - from] = (ax[i] * sx + ay[i] * sy + az[i] * sz) * inv - norm * invLen;
      }
      if (yaw != null) {
        yaw[i - from] = (gx[i] * sx + gy[i] * sy + gz[i] * sz) * inv;
      }
      i++;
    }
  }

  /** Output {@code i}, the window {@code [max(0, i - h), hi)} summed already up to {@code hi}. */
  private void emit(int i, int hi) {
    int wantLo = Math.max(0, i - half);
    while (lo < wantLo) {
      int s = lo & mask;
      sx -= ax[s];
      sy -= ay[s];
      sz -= az[s];
      lo++;
    }
    int len = hi - lo;
    if (len != invLenOf) {
      invLen = 1.0 / len;
      invLenOf = len;
    }
    int s = i & mask;
    // the arithmetic of project, operation for operation, so both give the same bits
    double norm = Math.sqrt(sx * sx + sy * sy + sz * sz);
    double inv = 1.0 / norm;
    double dot = (ax[s] * sx + ay[s] * sy + az[s] * sz) * inv;
    double yaw = (gx[s] * sx + gy[s] * sy + gz[s] * sz) * inv;
    sink.accept(i, dot - norm * invLen, yaw);
  }
}
