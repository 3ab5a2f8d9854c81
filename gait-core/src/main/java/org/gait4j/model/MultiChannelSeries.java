package org.gait4j.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.gait4j.internal.Checks;

/**
 * An immutable table of equally long, uniformly sampled channels, each with a name and a unit
 * (analog channels of a C3D file, insole cells, any extra columns of a CSV). Stored
 * channel-major. Thread-safe.
 */
public final class MultiChannelSeries {
  private final SamplingRate rate;
  private final List<String> names;
  private final List<Unit> units;
  private final double[][] channels;
  private final int size;

  private MultiChannelSeries(SamplingRate rate, List<String> names, List<Unit> units,
      double[][] channels) {
    this.rate = Checks.notNull(rate, "rate");
    this.names = List.copyOf(names);
    this.units = List.copyOf(units);
    Checks.requireArgument(names.size() == channels.length && units.size() == channels.length,
        "%d names and %d units for %d channels", names.size(), units.size(), channels.length);
    this.size = channels.length == 0 ? 0 : channels[0].length;
    for (int c = 0; c < channels.length; c++) {
      Checks.requireArgument(channels[c].length == size,
          "channel '%s' has %d samples, channel '%s' has %d", names.get(c), channels[c].length,
          names.get(0), size);
    }
    this.channels = channels;
  }

  /**
   * A table holding copies of {@code channels} (one array per channel).
   *
   * @param channels Not modified.
   */
  public static MultiChannelSeries of(SamplingRate rate, List<String> names, List<Unit> units,
      double[][] channels) {
    double[][] copy = new double[channels.length][];
    for (int c = 0; c < channels.length; c++) {
      copy[c] = channels[c].clone();
    }
    return new MultiChannelSeries(rate, names, units, copy);
  }

  /** A table of the given scalar series, which must share one rate and length. */
  public static MultiChannelSeries of(List<ScalarSeries> series) {
    Checks.requireArgument(!series.isEmpty(), "at least one series is needed");
    SamplingRate rate = series.get(0).rate();
    List<String> names = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    double[][] ch = new double[series.size()][];
    for (int i = 0; i < ch.length; i++) {
      ScalarSeries s = series.get(i);
      Checks.requireArgument(s.rate().equals(rate), "series '%s' at %s, expected %s", s.name(),
          s.rate(), rate);
      names.add(s.name());
      units.add(s.unit());
      ch[i] = s.toArray();
    }
    return new MultiChannelSeries(rate, names, units, ch);
  }

  public SamplingRate rate() {
    return rate;
  }

  /** Number of channels. */
  public int channelCount() {
    return channels.length;
  }

  /** Samples per channel. */
  public int size() {
    return size;
  }

  /** Duration in seconds. */
  public double durationS() {
    return size / rate.hz();
  }

  /** Channel names, in order (unmodifiable). */
  public List<String> names() {
    return names;
  }

  /** Channel units, in order (unmodifiable). */
  public List<Unit> units() {
    return units;
  }

  /** Index of the channel called {@code name}, if any. */
  public OptionalInt indexOf(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(name)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Sample {@code index} of channel {@code channel}. */
  public double get(int channel, int index) {
    return channels[channel][index];
  }

  /** A copy of one channel's samples. */
  public double[] values(int channel) {
    return channels[channel].clone();
  }

  /** One channel as a scalar series. */
  public ScalarSeries channel(int channel) {
    return ScalarSeries.of(names.get(channel), rate, units.get(channel), channels[channel]);
  }

  /** The channel called {@code name}, if any. */
  public Optional<ScalarSeries> channel(String name) {
    OptionalInt i = indexOf(name);
    return i.isPresent() ? Optional.of(channel(i.getAsInt())) : Optional.empty();
  }

  /** Samples {@code [from, to)} of every channel. */
  public MultiChannelSeries slice(int from, int to) {
    Checks.requireArgument(0 <= from && from <= to && to <= size,
        "slice [%d, %d) outside [0, %d)", from, to, size);
    double[][] ch = new double[channels.length][];
    for (int c = 0; c < ch.length; c++) {
      ch[c] = Arrays.copyOfRange(channels[c], from, to);
    }
    return new MultiChannelSeries(rate, names, units, ch);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MultiChannelSeries[%d channels x %d samples @ %s (%.2f s)]",
        channels.length, size, rate, durationS());
  }
}
