package org.gait4j.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.gait4j.internal.Checks;
import org.gait4j.model.SamplingRate;
import org.gait4j.model.Side;

/**
 * One gait cycle (stride) of one side: from an initial contact (IC) to the next IC of the same
 * foot, with the events inside it. Built by {@link GaitCycles#segment}; immutable and thread-safe.
 *
 * <p>Events are sample indices at {@link #rate()}. Within a walking cycle the usual order is
 * IC, opposite toe off (OTO), [heel off], opposite initial contact (OIC), toe off (TO), next IC.
 * Events the detector did not provide are empty, and the phases that need them are either
 * omitted (stance/swing, support) or, for Perry's sub-phases only, estimated from standard
 * fractions and marked {@link PhaseInterval.Source#ESTIMATED}.
 */
public final class GaitCycle {
  /** Perry's normal timings as fractions of the cycle: OTO 12 %, HO 31 %, OIC 50 %, TO 62 %. */
  private static final double PERRY_HEEL_OFF_OF_SINGLE_SUPPORT = (31.0 - 12.0) / (50.0 - 12.0);

  /** Perry: initial swing ends at 75 % and mid swing at 87 % of a cycle whose swing is 62-100 %. */
  private static final double PERRY_INITIAL_SWING_OF_SWING = (75.0 - 62.0) / 38.0;

  private static final double PERRY_MID_SWING_END_OF_SWING = (87.0 - 62.0) / 38.0;

  private final Side side;
  private final SamplingRate rate;
  private final int initialContact;
  private final int nextInitialContact;
  private final int toeOff;
  private final int oppositeToeOff;
  private final int oppositeInitialContact;
  private final int heelOff;
  private final int footFlat;
  private final int midSwing;

  GaitCycle(Side side, SamplingRate rate, int ic, int nextIc, int to, int oto, int oic, int ho,
      int ff, int msw) {
    this.side = Checks.notNull(side, "side");
    this.rate = Checks.notNull(rate, "rate");
    Checks.requireArgument(nextIc > ic, "next IC (%d) must follow IC (%d)", nextIc, ic);
    Checks.requireArgument(to < 0 || (to > ic && to < nextIc), "TO (%d) outside (%d, %d)", to,
        ic, nextIc);
    this.initialContact = ic;
    this.nextInitialContact = nextIc;
    this.toeOff = to;
    this.oppositeToeOff = oto;
    this.oppositeInitialContact = oic;
    this.heelOff = ho;
    this.footFlat = ff;
    this.midSwing = msw;
  }

  public Side side() {
    return side;
  }

  /** The rate of the event sample indices. */
  public SamplingRate rate() {
    return rate;
  }

  /** Sample of the cycle's initial contact (its start). */
  public int initialContact() {
    return initialContact;
  }

  /** Sample of the next initial contact of the same foot (the cycle's end, exclusive). */
  public int nextInitialContact() {
    return nextInitialContact;
  }

  public OptionalInt toeOff() {
    return opt(toeOff);
  }

  /** The other foot's toe off inside this cycle's stance (end of initial double support). */
  public OptionalInt oppositeToeOff() {
    return opt(oppositeToeOff);
  }

  /** The other foot's initial contact inside this cycle (start of terminal double support). */
  public OptionalInt oppositeInitialContact() {
    return opt(oppositeInitialContact);
  }

  public OptionalInt heelOff() {
    return opt(heelOff);
  }

  public OptionalInt footFlat() {
    return opt(footFlat);
  }

  public OptionalInt midSwing() {
    return opt(midSwing);
  }

  /** Cycle length in samples. */
  public int lengthSamples() {
    return nextInitialContact - initialContact;
  }

  /** Stride time, seconds. */
  public double durationS() {
    return lengthSamples() / rate.hz();
  }

  /** Start time, seconds. */
  public double startS() {
    return rate.timeS(initialContact);
  }

  /**
   * True when the opposite foot's toe off and initial contact lie in this cycle in walking order
   * (IC &lt; OTO &lt; OIC &lt; TO), so that the support phases are defined by events.
   */
  public boolean hasSupportEvents() {
    return toeOff >= 0 && oppositeToeOff > initialContact && oppositeInitialContact > oppositeToeOff
        && oppositeInitialContact < toeOff;
  }

  /** The interval of {@code phase}, if this cycle's events define or estimate it. */
  public Optional<PhaseInterval> phase(Phase phase) {
    return phases().stream().filter(p -> p.phase() == phase).findFirst();
  }

  /**
   * Every phase this cycle's events allow, grouped by family: stance and swing (needs TO); the
   * support phases (needs {@link #hasSupportEvents()}); Perry's sub-phases (needs the support
   * events; heel off and the swing sub-phase bounds are estimated when not detected).
   */
  public List<PhaseInterval> phases() {
    List<PhaseInterval> out = new ArrayList<>();
    PhaseInterval.Source ev = PhaseInterval.Source.EVENTS;
    PhaseInterval.Source est = PhaseInterval.Source.ESTIMATED;
    if (toeOff < 0) {
      return out;
    }
    out.add(new PhaseInterval(Phase.STANCE, initialContact, toeOff, ev));
    out.add(new PhaseInterval(Phase.SWING, toeOff, nextInitialContact, ev));
    if (!hasSupportEvents()) {
      return out;
    }
    int oto = oppositeToeOff;
    int oic = oppositeInitialContact;
    out.add(new PhaseInterval(Phase.INITIAL_DOUBLE_SUPPORT, initialContact, oto, ev));
    out.add(new PhaseInterval(Phase.SINGLE_SUPPORT, oto, oic, ev));
    out.add(new PhaseInterval(Phase.TERMINAL_DOUBLE_SUPPORT, oic, toeOff, ev));
    boolean hoDetected = heelOff > oto && heelOff < oic;
    int ho = hoDetected ? heelOff
        : oto + (int) Math.round((oic - oto) * PERRY_HEEL_OFF_OF_SINGLE_SUPPORT);
    int swing = nextInitialContact - toeOff;
    int feetAdjacent = toeOff + (int) Math.round(swing * PERRY_INITIAL_SWING_OF_SWING);
    int tibiaVertical = toeOff + (int) Math.round(swing * PERRY_MID_SWING_END_OF_SWING);
    out.add(new PhaseInterval(Phase.LOADING_RESPONSE, initialContact, oto, ev));
    out.add(new PhaseInterval(Phase.MID_STANCE, oto, ho, hoDetected ? ev : est));
    out.add(new PhaseInterval(Phase.TERMINAL_STANCE, ho, oic, hoDetected ? ev : est));
    out.add(new PhaseInterval(Phase.PRE_SWING, oic, toeOff, ev));
    out.add(new PhaseInterval(Phase.INITIAL_SWING, toeOff, feetAdjacent, est));
    out.add(new PhaseInterval(Phase.MID_SWING, feetAdjacent, tibiaVertical, est));
    out.add(new PhaseInterval(Phase.TERMINAL_SWING, tibiaVertical, nextInitialContact, est));
    return out;
  }

  private static OptionalInt opt(int v) {
    return v < 0 ? OptionalInt.empty() : OptionalInt.of(v);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "GaitCycle[%s %d-%d (%.3f s)", side.code(), initialContact, nextInitialContact,
        durationS()));
    if (toeOff >= 0) {
      s.append(String.format(Locale.ROOT, ", stance %.1f %%",
          100.0 * (toeOff - initialContact) / lengthSamples()));
    }
    return s.append(']').toString();
  }
}
