#!/usr/bin/python3
"""Golden vectors for org.gait4j.dsp.PeakFinder.

Produced with SciPy 1.10.1 and NumPy 1.24.2 (Debian bookworm python3-scipy / python3-numpy),
run as:  /usr/bin/python3 gait-core/src/test/golden/gen_peaks.py
Writes gait-core/src/test/resources/golden/peaks/<case>.txt (one file per call) and
argsort_<case>.txt (NumPy's default argsort, whose tie order decides scipy's distance filter).

Every case file is the result of exactly one call, quoted in its header:
    scipy.signal.find_peaks(x, height=..., threshold=..., distance=..., prominence=...,
                            width=..., wlen=..., rel_height=..., plateau_size=...)
with the arguments not named in the header left at their defaults (None, rel_height=0.5).

Layout of a case file (all rows length-prefixed so that empty arrays stay visible):
    row 0   13 criteria: height_min height_max threshold_min threshold_max distance
            prominence_min prominence_max wlen width_min width_max rel_height
            plateau_min plateau_max            ('nan' = argument or bound not given,
                                                '-inf' = explicit None lower bound)
    row 1   the single number id: x is in input_<id>.txt (one row 'n x[0] ... x[n-1]'),
            shared by the cases that use the same signal
    row 2   k peaks[0] ... peaks[k-1]
    rows 3..15  the properties, in this order:
            peak_heights left_thresholds right_thresholds prominences left_bases right_bases
            widths width_heights left_ips right_ips plateau_sizes left_edges right_edges
            each as 'k v...' or the single number -1 when scipy did not return the key.
Floating point values are written with '%.17g' (round-trips exactly).
"""
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy.signal import find_peaks

assert scipy.__version__ == "1.10.1", scipy.__version__
assert np.__version__ == "1.24.2", np.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden", "peaks")
PROPS = ["peak_heights", "left_thresholds", "right_thresholds", "prominences", "left_bases",
         "right_bases", "widths", "width_heights", "left_ips", "right_ips", "plateau_sizes",
         "left_edges", "right_edges"]


def fmt(v):
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return "%.17g" % v


def row(values):
    values = list(values)
    return " ".join([str(len(values))] + [fmt(v) for v in values])


def bounds(arg):
    """(min, max) of a scipy interval argument; nan = not given, -inf = None lower bound."""
    if arg is None:
        return (math.nan, math.nan)
    if isinstance(arg, tuple):
        lo, hi = arg
        return (-math.inf if lo is None else lo, math.nan if hi is None else hi)
    return (arg, math.nan)


INPUTS = []


def input_id(x):
    """Index of x among the written input files; writes input_<id>.txt on first use."""
    for i, known in enumerate(INPUTS):
        if known.shape == x.shape and np.array_equal(known, x):
            return i
    INPUTS.append(x.copy())
    i = len(INPUTS) - 1
    with open(os.path.join(OUT, "input_%d.txt" % i), "w") as f:
        f.write("# golden/peaks/input_%d.txt -- signal x of the case files whose row 1 is %d\n" % (i, i))
        f.write("# produced by gait-core/src/test/golden/gen_peaks.py (NumPy %s)\n" % np.__version__)
        f.write(row(x) + "\n")
    return i


def write_case(name, description, x, **kw):
    x = np.asarray(x, dtype=np.float64)
    xid = input_id(x)
    peaks, props = find_peaks(x, **kw)
    call = "find_peaks(x, " + ", ".join("%s=%r" % (k, v) for k, v in kw.items()) + ")"
    h, t, pr, w, ps = (bounds(kw.get(k)) for k in
                       ("height", "threshold", "prominence", "width", "plateau_size"))
    d = kw.get("distance", math.nan)
    wlen = kw.get("wlen", math.nan)
    rel = kw.get("rel_height", 0.5)
    crit = [h[0], h[1], t[0], t[1], d, pr[0], pr[1], wlen, w[0], w[1], rel, ps[0], ps[1]]
    lines = [
        "# golden/peaks/%s.txt -- %s" % (name, description),
        "# produced by gait-core/src/test/golden/gen_peaks.py with SciPy %s, NumPy %s"
        % (scipy.__version__, np.__version__),
        "# call: scipy.signal." + call,
        "# x: input_%d.txt" % xid,
        "# layout: see gen_peaks.py (criteria, input id, peaks, 13 properties; -1 = not returned)",
        " ".join(fmt(c) for c in crit),
        str(xid),
        row(peaks),
    ]
    for p in PROPS:
        lines.append(row(props[p]) if p in props else "-1")
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return peaks


def write_argsort(name, description, v):
    v = np.asarray(v, dtype=np.float64)
    order = np.argsort(v)
    lines = [
        "# golden/peaks/argsort_%s.txt -- %s" % (name, description),
        "# produced by gait-core/src/test/golden/gen_peaks.py with NumPy %s" % np.__version__,
        "# call: numpy.argsort(v)   (default kind='quicksort': introsort, NOT stable)",
        "# row 0: n v...   row 1: n order...",
        row(v),
        row(order),
    ]
    with open(os.path.join(OUT, "argsort_" + name + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    # scipy warns about zero prominences/widths; those peaks are part of the golden data.
    warnings.simplefilter("ignore")
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".txt"):
            os.remove(os.path.join(OUT, f))
    rng = np.random.default_rng(20240521)

    # Noisy sinusoids.
    t = np.arange(600)
    sine = np.sin(2 * np.pi * t / 50) + 0.3 * rng.standard_normal(t.size)
    write_case("sine_plain", "noisy sinusoid, no conditions", sine)
    write_case("sine_hdp", "noisy sinusoid, height+distance+prominence", sine,
               height=0.2, distance=20, prominence=0.3)
    write_case("sine_all", "noisy sinusoid, every condition", sine,
               height=(-0.5, 2.0), threshold=(0.0, 1.0), distance=5.5, prominence=(0.1, 3.0),
               width=(1.0, 40.0), wlen=60, rel_height=0.5, plateau_size=1)
    write_case("sine_width_rel1", "noisy sinusoid, width at rel_height=1.0", sine,
               width=2, rel_height=1.0)
    write_case("sine_width_rel0", "noisy sinusoid, width at rel_height=0", sine,
               width=0, rel_height=0.0)
    write_case("sine_width_rel08_wlen", "noisy sinusoid, width rel 0.8 inside wlen 25", sine,
               width=(0, None), rel_height=0.8, wlen=25)

    # Plateaus of odd and even lengths, at the borders, and plateaus that are steps.
    pl = [0, 1, 1, 0, 2, 2, 2, 1, 3, 3, 3, 3, 0, 5, 5, 5, 5, 5, 2, 4, 4, 4, 4, 4, 4, 1,
          6, 6, 6, 7, 7, 7, 3, 3, 3, 8, 8, 8, 8, 8, 8, 8, 0, 2, 1, 2, 2, 1, 1, 4, 4]
    plateau = np.array([3, 3] + pl + [9, 9, 2, 2, 2], dtype=float)
    write_case("plateau_all", "plateaus 1..7 wide, border plateaus, step plateaus", plateau,
               plateau_size=1)
    write_case("plateau_2_4", "plateau_size interval [2, 4]", plateau, plateau_size=(2, 4))
    write_case("plateau_max3", "plateau_size (None, 3)", plateau, plateau_size=(None, 3))
    write_case("plateau_prom_width", "plateaus with prominence and width", plateau,
               prominence=0, width=0, rel_height=1.0, plateau_size=(1, 100))
    write_case("plateau_wlen3", "plateaus with wlen=3 shorter than the plateau", plateau,
               prominence=0, wlen=3)

    # Ties in height: distance tie-breaking (needs > 16 peaks to leave NumPy's insertion sort).
    ties = rng.integers(0, 3, 500).astype(float)
    for d in (2, 3, 7, 25):
        write_case("ties_distance_%d" % d, "integer values 0..2, tied heights, distance=%d" % d,
                   ties, distance=d)
    ties2 = np.tile([0, 5, 0, 5, 5, 0, 4, 0, 5, 0, 0, 5, 5, 5, 0], 12).astype(float)
    write_case("ties_pattern_distance", "repeated pattern of equal peaks, distance=4",
               ties2, distance=4, plateau_size=1, height=4)
    # Heights arranged as Musser's median-of-3 killer: NumPy's argsort falls back to heapsort.
    k = 150
    killer = [0] * (2 * k)
    for i in range(1, k + 1):
        if i % 2 == 1:
            killer[i - 1] = i
            killer[i] = k + i
        killer[k + i - 1] = 2 * i
    kx = np.zeros(4 * len(killer) + 1)
    kx[1::4] = np.array(killer) % 40   # many ties too
    write_case("ties_killer_distance", "peak heights in median-of-3-killer order, distance=6",
               kx, distance=6)

    # wlen small and large.
    walk = np.cumsum(rng.standard_normal(800))
    for w in (2, 3, 4, 5, 11.5, 101, 100000):
        write_case("walk_wlen_%s" % str(w).replace(".", "p"), "random walk, prominence with wlen=%s" % w,
                   walk, prominence=0, wlen=w)
    write_case("walk_prom_interval", "random walk, prominence interval, no wlen", walk,
               prominence=(1.0, 5.0))
    write_case("walk_prom_width", "random walk, prominence+width rel 1.0", walk,
               prominence=2.0, width=(3, 60), rel_height=1.0)

    # Height and threshold intervals.
    write_case("sine_height_interval", "height [0.5, 1.1]", sine, height=(0.5, 1.1))
    write_case("sine_height_max", "height (None, 0.8)", sine, height=(None, 0.8))
    write_case("sine_threshold_min", "threshold 0.2", sine, threshold=0.2)
    write_case("sine_threshold_interval", "threshold [0.05, 0.4]", sine, threshold=(0.05, 0.4))
    write_case("sine_threshold_max", "threshold (None, 0.3)", sine, threshold=(None, 0.3))

    # Integer-valued signals with many equal values.
    ints = rng.integers(0, 5, 400).astype(float)
    write_case("ints_all", "integers 0..4, every property", ints,
               height=1, threshold=0, distance=4, prominence=1, width=1, rel_height=0.5,
               plateau_size=(1, 10))
    write_case("ints_prom_wlen", "integers 0..4, prominence with wlen=7, width rel 1.0", ints,
               prominence=(0, None), wlen=7, width=(0, None), rel_height=1.0)
    steps = np.repeat(rng.integers(0, 4, 120), rng.integers(1, 5, 120)).astype(float)
    write_case("steps_all", "piecewise constant integers, long plateaus", steps,
               prominence=0.5, width=0.5, plateau_size=1, rel_height=0.75)

    # Gait-like: 100 Hz, 20 s, cadence 1.8 Hz, harmonics + noise.
    fs = 100.0
    tt = np.arange(2000) / fs
    f0 = 1.8
    gait = (1.0 * np.sin(2 * np.pi * f0 * tt) + 0.45 * np.sin(2 * np.pi * 2 * f0 * tt + 0.7)
            + 0.2 * np.sin(2 * np.pi * 3 * f0 * tt + 1.9) + 0.05 * rng.standard_normal(tt.size))
    write_case("gait_hdp", "gait-like 100 Hz, height+distance+prominence", gait,
               height=0.3, distance=40, prominence=0.5)
    write_case("gait_full", "gait-like 100 Hz, distance 0.3 s, prominence wlen 1.5 s, width",
               gait, distance=30, prominence=0.2, wlen=150, width=(5, None), rel_height=0.5)

    # Edge cases.
    write_case("edge_empty", "empty signal", [], prominence=0, width=0, plateau_size=1)
    write_case("edge_one", "one sample", [1.0], height=0)
    write_case("edge_two", "two samples", [1.0, 2.0], threshold=0)
    write_case("edge_constant", "constant signal", np.full(20, 3.0), plateau_size=1)
    write_case("edge_monotonic", "monotonic ramp", np.arange(30.0), prominence=0)
    write_case("edge_three", "single peak of three samples", [0.0, 1.0, 0.0],
               height=0, threshold=0, distance=1, prominence=0, width=0, plateau_size=1)

    # NumPy argsort tie order (scipy's distance filter priority).
    write_argsort("ties_small", "16 values, insertion sort only", rng.integers(0, 3, 16))
    write_argsort("ties_17", "17 values, first partition", rng.integers(0, 3, 17))
    write_argsort("ties_500", "500 values in 0..3", rng.integers(0, 4, 500))
    write_argsort("killer", "median-of-3 killer: heapsort fallback", np.array(killer) % 40)
    write_argsort("organ", "organ pipe with ties", np.r_[np.arange(200), np.arange(200, 0, -1)] // 3)
    write_argsort("normal", "distinct normal values", rng.standard_normal(300))

    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print("wrote %d files, %d bytes" % (len(os.listdir(OUT)), total), file=sys.stderr)


if __name__ == "__main__":
    main()
