#!/usr/bin/env python3
"""Fits the harmonic coefficients used by org.gait4j.sim.NormativeHarmonics.

Source: ../shared/data/normative/gait_curves_long.csv, rows source=schwartz2008, speed_class=free
(Schwartz, Rozumalski & Trost 2008, J Biomech 41(8):1639-1650, DOI 10.1016/j.jbiomech.2008.03.015).

* Angles (deg, 0-100 % cycle, 51 points): least-squares fit of a0 + sum_k a_k cos(2 pi k q) + b_k sin(2 pi k q),
  k = 1..6, q = percent/100.  Printed as {a0, a1, b1, a2, b2, ...}.
* GRF (body weights) over stance only (0 .. foot off = 59 % of the cycle, re-sampled to the stance phase
  p = q / 0.59): least-squares fit of sum_k c_k sin(k pi p), k = 1..8 (zero at contact and at toe off).

Run: python3 fit_normative_harmonics.py /path/to/gait_curves_long.csv   (numpy 2.x; prints Java arrays)
"""
import csv, sys
import numpy as np

path = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/normative/gait_curves_long.csv'
rows = [r for r in csv.DictReader(open(path)) if r['source'] == 'schwartz2008' and r['speed_class'] == 'free']

def curve(var, plane):
    pts = sorted((float(r['percent_cycle']), float(r['mean'])) for r in rows
                 if r['variable'] == var and r['plane'] == plane)
    return np.array([p for p, _ in pts]) / 100.0, np.array([m for _, m in pts])

K = 6
def fourier(var, plane):
    q, y = curve(var, plane)
    cols = [np.ones_like(q)]
    for k in range(1, K + 1):
        cols += [np.cos(2 * np.pi * k * q), np.sin(2 * np.pi * k * q)]
    A = np.array(cols).T
    c, *_ = np.linalg.lstsq(A, y, rcond=None)
    rms = np.sqrt(np.mean((A @ c - y) ** 2))
    return c, rms

FOOT_OFF = 0.59
KS = 8
def stance_sine(var, plane):
    q, y = curve(var, plane)
    p = np.linspace(0, 1, 61)
    ys = np.interp(p * FOOT_OFF, q, y)
    A = np.array([np.sin(k * np.pi * p) for k in range(1, KS + 1)]).T
    c, *_ = np.linalg.lstsq(A, ys, rcond=None)
    return c, np.sqrt(np.mean((A @ c - ys) ** 2))

def jarr(c):
    return '{' + ', '.join('%.5f' % v for v in c) + '}'

for name, var, plane in [('HIP_FLEXION', 'hip_angle', 'sagittal'), ('KNEE_FLEXION', 'knee_angle', 'sagittal'),
                         ('ANKLE_DORSIFLEXION', 'ankle_angle', 'sagittal'), ('PELVIC_TILT', 'pelvis_angle', 'sagittal'),
                         ('PELVIC_OBLIQUITY', 'pelvis_angle', 'frontal'), ('PELVIC_ROTATION', 'pelvis_angle', 'transverse'),
                         ('TRUNK_ROTATION', 'trunk_angle', 'transverse'), ('HIP_ADDUCTION', 'hip_angle', 'frontal')]:
    c, rms = fourier(var, plane)
    print('  // %s %s: rms fit error %.3f deg' % (var, plane, rms))
    print('  static final double[] %s = %s;' % (name, jarr(c)))
for name, plane in [('GRF_VERTICAL', 'vertical'), ('GRF_AP', 'anterior_posterior')]:
    c, rms = stance_sine('grf', plane)
    print('  // grf %s over stance: rms fit error %.4f BW' % (plane, rms))
    print('  static final double[] %s = %s;' % (name, jarr(c)))
