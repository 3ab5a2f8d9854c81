package org.gait4j.events;

import java.util.ArrayList;
import java.util.List;
import org.gait4j.internal.Checks;
import org.gait4j.model.GaitEvent;
import org.gait4j.model.GaitEventType;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.ImuStream;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.Vector3Series;

/**
 * Initial contact, toe off and mid stance from the gyroscope of a foot-mounted IMU, inside the
 * strides found by {@link FootStrideSegmenter} (Rampp et al. 2015, with a better-placed initial
 * contact).
 *
 * <h2>Signal expected</h2>
 *
 * One foot IMU whose location names the side ({@code LEFT_FOOT}, {@code RIGHT_FOOT}; other
 * locations give events of side {@code UNKNOWN}), gyroscope in the gaitmap foot sensor frame (x to
 * the toe, y left, z up; plantarflexion is positive gyr_y), any unit of angular velocity. The
 * accelerometer is not used.
 *
 * <h2>Algorithm, per stride (toe-off maximum {@code s} to the next one {@code e})</h2>
 *
 * <ol>
 *   <li><b>Toe off</b> ({@code TOE_OFF}) at {@code s} and at {@code e}: the gyr_y maximum of
 *       push-off, when the forefoot leaves the floor and the foot's plantarflexion stops (Rampp et
 *       al.: the gyr_ml minimum at the end of stance).
 *   <li><b>Swing minimum</b>: the gyr_y minimum in {@code [s, e]} (fastest toes-up rotation).
 *   <li><b>Initial contact</b> ({@code INITIAL_CONTACT}), {@link FootIcMethod#ZERO_CROSSING}
 *       (default): the first upward crossing of {@code icLevelDegPerS} after the swing minimum,
 *       linearly interpolated and rounded to the nearest sample. The level sits just above zero
 *       so that noise and bias on a foot that is momentarily still before contact cannot move
 *       it; on a real heel strike gyr_y passes from about -50 to +50 deg/s within one 5 ms
 *       sample, so the level changes the time by well under a sample. At heel strike the foot's rotation
 *       reverses from toes-up (end of swing) to toes-down (foot slap), so the angular velocity
 *       passes zero at the instant of contact; zero-crossing definitions on foot and shank gyros
 *       go back to Sabatini et al. 2005 and Aminian et al. 2002. Rampp et al. (and gaitmap) take
 *       the later rebound peak ({@link FootIcMethod#REBOUND_PEAK}), the end of the foot slap,
 *       which is 40–60 ms after the motion-capture contact on the gaitmap example recording. If no rise follows, the stride gives no contact.
 *   <li><b>Mid stance</b> ({@code MID_STANCE}): the centre of the {@code midStanceWindowS}
 *       window with the least gyroscope energy (sum of squares of all three axes) between the
 *       contact and {@code e}, the minimum-velocity point of Rampp et al.
 * </ol>
 *
 * <h2>What was chosen on data</h2>
 *
 * The choice of the zero crossing over the rebound peak was made after looking at the gaitmap
 * example recording against its motion-capture events (the accuracy harness reports it
 * leave-one-walking-sequence-out). The numbers ({@code icLevelDegPerS}, window lengths) were not
 * tuned on it: the level was set from the simulator (above its sensor noise and bias).
 *
 * <h2>Edge cases</h2>
 *
 * Strides are only those the segmenter accepts, so turns, standing and the partial strides at the
 * ends of a recording give no events. Events are sample indices of the input. A stride where a
 * step is missing gives only the events found.
 *
 * <h2>Thread-safety and cost</h2>
 *
 * Immutable and thread-safe; the input is not modified. Linear time after the segmentation.
 *
 * <h2>Streaming</h2>
 *
 * {@link #newStream(SamplingRate, Side, EventSink)} gives a causal variant for live data ({@link
 * FootGyroEventStream}): the same segmentation and event rules, with the zero-phase low-pass
 * replaced by a delay-compensated causal one; events arrive about 0.7 s after the toe off that
 * closes their stride, at most {@link FootGyroEventStream#latencySamples()} samples late (6.8 s
 * at 204.8 Hz with the defaults). Where both accept a stride they give the same sample indices.
 *
 * <p>References: A. Rampp, J. Barth, S. Schülein, K.-G. Gaßmann, J. Klucken and B. M. Eskofier,
 * "Inertial sensor-based stride parameter calculation from gait sequences in geriatric patients",
 * IEEE Trans. Biomed. Eng. 62(4):1089–1097, 2015, DOI 10.1109/TBME.2014.2368211. A. M. Sabatini,
 * C. Martelloni, S. Scapellato and F. Cavallo, "Assessment of walking features from foot inertial
 * sensing", IEEE Trans. Biomed. Eng. 52(3):486–494, 2005, DOI 10.1109/TBME.2004.840727. K.
 * Aminian, B. Najafi, C. Büla, P.-F. Leyvraz and P. Robert, "Spatio-temporal parameters of gait
 * measured by an ambulatory system using miniature gyroscopes", J. Biomech. 35(5):689–699, 2002,
 * DOI 10.1016/S0021-9290(02)00008-8.
 */
public final class FootGyroEventDetector implements EventDetector<ImuStream> {

  static final double REBOUND_WINDOW_S = 0.1;

  private final FootGyroEventConfig config;
  private final FootStrideSegmenter segmenter;

  private FootGyroEventDetector(FootGyroEventConfig config) {
    this.config = Checks.notNull(config, "config");
    this.segmenter = FootStrideSegmenter.of(config.segmenter());
  }

  /** A detector with {@link FootGyroEventConfig#defaults()}. */
  public static FootGyroEventDetector withDefaults() {
    return new FootGyroEventDetector(FootGyroEventConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static FootGyroEventDetector of(FootGyroEventConfig config) {
    return new FootGyroEventDetector(config);
  }

  /** The settings. */
  public FootGyroEventConfig config() {
    return config;
  }

  /**
   * A streaming face of this detector for one live foot IMU (see {@link FootGyroEventStream} for
   * the causal variant of the algorithm, its latency and its agreement with {@link #detect}).
   *
   * <pre>{@code
   * FootGyroEventStream live = FootGyroEventDetector.withDefaults()
   *     .newStream(SamplingRate.ofHz(204.8), Side.LEFT, event -> System.out.println(event));
   * live.push(ax, ay, az, gx, gy, gz);   // per sample: m/s², deg/s
   * live.flush();                         // end of recording
   * }</pre>
   *
   * @param rate the sampling rate of the samples that will be pushed
   * @param side the side the events are reported for
   * @param sink receives the events, on the pushing thread
   * @return a new stream, for one foot and one thread
   * @throws IllegalArgumentException if {@code lowPassHz} is not below the Nyquist frequency
   */
  public FootGyroEventStream newStream(SamplingRate rate, Side side, EventSink sink) {
    return new FootGyroEventStream(config, rate, side, sink);
  }

  /**
   * Toe offs, initial contacts and mid stances of one foot.
   *
   * @param foot a foot IMU with a gyroscope; not modified
   * @return events at the stream's rate, of the stream's side
   * @throws IllegalArgumentException if the stream has no gyroscope or its rate is too low for the
   *     segmenter's low-pass
   */
  @Override
  public GaitEvents detect(ImuStream foot) {
    Checks.notNull(foot, "foot");
    Vector3Series gyr = foot.gyroscope().orElseThrow(() -> new IllegalArgumentException(
        "foot IMU " + foot.sensorId() + " has no gyroscope"));
    gyr = gyr.inUnit(Unit.DEGREE_PER_SECOND);
    double[] gx = gyr.x();
    double[] gy = gyr.y();
    double[] gz = gyr.z();
    SamplingRate rate = foot.rate();
    Side side = foot.location().side();
    List<FootStride> strides = segmenter.segment(gy, rate);
    if (strides.isEmpty()) {
      return GaitEvents.empty(rate);
    }
    double[] energy = new double[gy.length + 1]; // prefix sums of |w|²
    for (int i = 0; i < gy.length; i++) {
      energy[i + 1] = energy[i] + gx[i] * gx[i] + gy[i] * gy[i] + gz[i] * gz[i];
    }
    int window = Math.max(1, rate.samples(config.midStanceWindowS()));
    int rebound = Math.max(1, rate.samples(REBOUND_WINDOW_S));
    List<GaitEvent> events = new ArrayList<>(strides.size() * 4);
    for (FootStride stride : strides) {
      int s = stride.start();
      int e = stride.end();
      events.add(new GaitEvent(GaitEventType.TOE_OFF, side, s));
      events.add(new GaitEvent(GaitEventType.TOE_OFF, side, e));
      int ic = initialContact(gy, s, e, rebound);
      if (ic < 0) {
        continue;
      }
      events.add(new GaitEvent(GaitEventType.INITIAL_CONTACT, side, ic));
      int ms = midStance(energy, ic, e, window);
      if (ms > ic && ms < e) {
        events.add(new GaitEvent(GaitEventType.MID_STANCE, side, ms));
      }
    }
    return GaitEvents.of(rate, events);
  }

  /** The contact in {@code (s, e)}, or a negative number if none. */
  int initialContact(double[] g, int s, int e, int rebound) {
    return initialContact(g, s, e, rebound, config.icLevelDegPerS(), config.icMethod());
  }

  /**
   * The contact in {@code (s, e)} of {@code g} (reads {@code g[s..e]} only), or a negative number
   * if none; shared by the batch and the streaming face.
   */
  static int initialContact(double[] g, int s, int e, int rebound, double level,
      FootIcMethod method) {
    int swingMin = s;
    for (int i = s + 1; i <= e; i++) {
      if (g[i] < g[swingMin]) {
        swingMin = i;
      }
    }
    int j = -1; // g[j] <= level < g[j + 1]
    for (int i = swingMin; i + 1 < e; i++) {
      if (g[i] <= level && g[i + 1] > level) {
        j = i;
        break;
      }
    }
    if (j < 0) {
      return -1;
    }
    if (method == FootIcMethod.REBOUND_PEAK) {
      return FootStrideSegmenter.argMax(g, j + 1, Math.min(e - 1, j + 1 + rebound));
    }
    double fraction = (level - g[j]) / (g[j + 1] - g[j]);
    int ic = j + (fraction >= 0.5 ? 1 : 0);
    return ic > s && ic < e ? ic : -1;
  }

  /** Centre of the least-energy window starting in [ic, e - window]; -1 if none fits. */
  static int midStance(double[] prefix, int ic, int e, int window) {
    int best = -1;
    double bestEnergy = Double.POSITIVE_INFINITY;
    for (int a = ic; a + window <= e; a++) {
      double v = prefix[a + window] - prefix[a];
      if (v < bestEnergy) {
        bestEnergy = v;
        best = a + window / 2;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "FootGyroEventDetector" + config;
  }
}
