#!/usr/bin/env bash
# Compares gait4j's zero-phase Butterworth filtering and peak finding with SciPy on the same inputs
# in the same run, against the issue's bounds:
#   sosfiltfilt: >= 2.5x SciPy on one channel, >= 4x on six channels filtered together (1 h, 8 h);
#   find_peaks (height=100, distance=50, prominence=50): >= 1.3x SciPy with identical output, and
#   8 h taking at most 12x as long as 1 h.
#
# Steps: (a) CompareScipyDump writes the benchmark inputs (BenchSignals) and our outputs as raw
# little-endian files to a temporary directory; (b) /usr/bin/python3 (Debian SciPy) checks that our
# outputs equal SciPy's (filter within 1e-10 of the peak magnitude, peaks identical) and times
# SciPy, best of N with N adaptive; (c) JMH times our side (-wi 3 -i 5 -f 1, -prof gc) in sample
# mode, so that our best call (JMH's p0.00) is compared with SciPy's best call, like for like on a
# shared, loaded machine (JMH's mean is printed as well);
# (b) is repeated after (c) and the better SciPy time kept, so load drift does not favour us;
# (d) one line per kernel:  kernel  ours_Msamples_per_s  scipy_Msamples_per_s  ratio  bound  PASS|FAIL
# (six channels: channel-samples per second, i.e. 6 n / time). The JMH output (.json, .txt) and the
# table (.tsv) are saved under gait-bench/results/ with the date (override: DATE=YYYY-MM-DD).
#
# Needs: mvn -B -q -o install -DskipTests (builds gait-bench/target/gait-bench.jar).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/gait-bench.jar
date=${DATE:-$(date +%F)}
results=$here/results
py=/usr/bin/python3
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -q -o install -DskipTests" >&2; exit 2; }
mkdir -p "$results"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
machine="nproc $(nproc), $cpu, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

java -cp "$jar" org.gait4j.bench.CompareScipyDump "$tmp"

cat > "$tmp/scipy_side.py" <<'PY'
import json, sys, time
import numpy as np
import scipy
from scipy.signal import butter, sosfiltfilt, find_peaks

d = sys.argv[1]
mode = sys.argv[2]  # check | time
sos = butter(4, 6, fs=100, output='sos')

def load(name, dtype='<f8'):
    return np.fromfile(f"{d}/{name}", dtype=dtype)

def best(f, min_total=2.0, min_reps=3, max_reps=50):
    times = []
    t_start = time.perf_counter()
    while len(times) < min_reps or (time.perf_counter() - t_start < min_total and len(times) < max_reps):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times), len(times)

out = {"scipy": scipy.__version__, "numpy": np.__version__}
for h in (1, 8):
    x = load(f"x_{h}h.f64")
    n = x.size
    six = load(f"six_{h}h.f64").reshape(6, n)
    if mode == "check":
        ref = sosfiltfilt(sos, x)
        ours = load(f"filt_{h}h.f64")
        out[f"filter_1ch_{h}h_relerr"] = float(np.max(np.abs(ours - ref)) / np.max(np.abs(ref)))
        ref6 = sosfiltfilt(sos, six, axis=-1)
        ours6 = load(f"filt6_{h}h.f64").reshape(6, n)
        out[f"filter_6ch_{h}h_relerr"] = float(np.max(np.abs(ours6 - ref6)) / np.max(np.abs(ref6)))
        p_ref = find_peaks(x, height=100, distance=50, prominence=50)[0]
        p_ours = load(f"peaks_{h}h.i64", '<i8')
        out[f"peaks_{h}h_identical"] = bool(np.array_equal(p_ref, p_ours))
        out[f"peaks_{h}h_count"] = int(p_ref.size)
    else:
        out[f"n_{h}h"] = n
        t, r = best(lambda: sosfiltfilt(sos, x))
        out[f"sosfiltfilt_1ch_{h}h"] = [t, r]
        t, r = best(lambda: sosfiltfilt(sos, six, axis=-1))
        out[f"sosfiltfilt_6ch_{h}h"] = [t, r]
        t, r = best(lambda: find_peaks(x, height=100, distance=50, prominence=50))
        out[f"find_peaks_{h}h"] = [t, r]
json.dump(out, sys.stdout)
PY

$py "$tmp/scipy_side.py" "$tmp" check > "$tmp/check.json"
$py "$tmp/scipy_side.py" "$tmp" time > "$tmp/scipy1.json"
java -jar "$jar" \
    'FilterBenchmark.zeroPhase(One|Six)Channels?$|PeakBenchmark.heightDistanceProminence$' \
    -bm sample -tu ms -wi 3 -i 5 -f 1 -prof gc -rf json -rff "$results/jmh-kernels-$date.json" \
    | tee "$results/jmh-kernels-$date.txt" >&2
$py "$tmp/scipy_side.py" "$tmp" time > "$tmp/scipy2.json"

$py - "$tmp" "$results/jmh-kernels-$date.json" "$machine" > "$results/compare-scipy-$date.tsv" <<'PY'
import json, sys
d, jmh_file, machine = sys.argv[1:4]
check = json.load(open(f"{d}/check.json"))
s1 = json.load(open(f"{d}/scipy1.json"))
s2 = json.load(open(f"{d}/scipy2.json"))
scipy_t = {k: min(s1[k][0], s2[k][0]) for k in s1 if isinstance(s1[k], list)}
reps = {k: s1[k][1] + s2[k][1] for k in s1 if isinstance(s1[k], list)}
ours_t = {}
ours_mean = {}
for r in json.load(open(jmh_file)):
    name = r["benchmark"].rsplit(".", 1)[1]
    h = int(r["params"]["hours"])
    unit = r["primaryMetric"]["scoreUnit"]
    assert unit == "ms/op", unit
    assert r["mode"] == "sample", r["mode"]
    key = {"zeroPhaseOneChannel": "sosfiltfilt_1ch", "zeroPhaseSixChannels": "sosfiltfilt_6ch",
           "heightDistanceProminence": "find_peaks"}[name]
    ours_t[f"{key}_{h}h"] = r["primaryMetric"]["scorePercentiles"]["0.0"] / 1e3
    ours_mean[f"{key}_{h}h"] = r["primaryMetric"]["score"] / 1e3
print(f"# machine: {machine}")
print(f"# scipy {check['scipy']}, numpy {check['numpy']}; scipy best of {reps} runs "
      f"(two timing rounds, before and after JMH); ours: JMH sample mode p0.00 (best call), -wi 3 -i 5 -f 1")
print("# ours by JMH mean instead (ms, ratio to SciPy best): " + ", ".join(
    f"{k}={ours_mean[k] * 1e3:.2f} ({scipy_t[k] / ours_mean[k]:.2f}x)" for k in sorted(ours_mean)))
print("# growth row: ours t(8 h)/t(1 h), SciPy t(8 h)/t(1 h), ours again, bound, verdict")
print("# outputs: " + ", ".join(f"{k}={v}" for k, v in check.items() if k not in ("scipy", "numpy")))
print("kernel\tours_Msamples_per_s\tscipy_Msamples_per_s\tratio\tbound\tPASS|FAIL")
rows = []
for h in (1, 8):
    n = s1[f"n_{h}h"]
    ok1 = check[f"filter_1ch_{h}h_relerr"] <= 1e-10
    ok6 = check[f"filter_6ch_{h}h_relerr"] <= 1e-10
    okp = check[f"peaks_{h}h_identical"]
    for key, samples, bound, ok in ((f"sosfiltfilt_1ch_{h}h", n, 2.5, ok1),
                                    (f"sosfiltfilt_6ch_{h}h", 6 * n, 4.0, ok6),
                                    (f"find_peaks_{h}h", n, 1.3, okp)):
        ours = samples / ours_t[key] / 1e6
        sp = samples / scipy_t[key] / 1e6
        ratio = ours / sp
        rows.append((key, ours, sp, ratio, f">={bound}", ok and ratio >= bound))
order = ["sosfiltfilt_1ch_1h", "sosfiltfilt_1ch_8h", "sosfiltfilt_6ch_1h", "sosfiltfilt_6ch_8h",
         "find_peaks_1h", "find_peaks_8h"]
rows.sort(key=lambda r: order.index(r[0]))
for k, o, s, r, b, ok in rows:
    print(f"{k}\t{o:.1f}\t{s:.1f}\t{r:.2f}\t{b}\t{'PASS' if ok else 'FAIL'}")
g_ours = ours_t["find_peaks_8h"] / ours_t["find_peaks_1h"]
g_sp = scipy_t["find_peaks_8h"] / scipy_t["find_peaks_1h"]
print(f"find_peaks_growth_8h_over_1h\t{g_ours:.2f}\t{g_sp:.2f}\t{g_ours:.2f}\t<=12\t"
      f"{'PASS' if g_ours <= 12 else 'FAIL'}")
PY
cat "$results/compare-scipy-$date.tsv"
