#!/usr/bin/python3
"""Writes apdm_opal_v5.h5, a small fixture in the APDM Opal HDF5 layout ("file format version 5").

No real APDM .h5 could be obtained (see ../shared/data/wearable_formats/apdm_csv/README.md), so this
fixture follows the layout that README documents from public readers (skdh io/apdm.py and MATLAB
loaders); it has not been checked against a device file.

    /                      attribute "FileFormatVersion" = 5
    /Sensors/<id>/         one group per Opal; <id> "XI-010284" (string serial) and "3142" (numeric)
        Accelerometer      float64 N x 3, m/s^2
        Gyroscope          float64 N x 3, rad/s
        Magnetometer       float64 N x 3, uT
        Temperature        float64 N, deg C
        Time               uint64 N, microseconds since 1970-01-01 UTC
        Configuration/     group; attributes "Label 0" (body location, NUL-terminated bytes),
                           "Sample Rate" (uint16 Hz)
    /Processed/<id>/Orientation  float64 N x 4 quaternions (scalar first)

Values are deterministic functions of the sample index so the Java test can recompute them:
    acc[i]  = (0.01*i + s, -9.80665 + 0.001*i, 0.5 - s)      s = sensor number (0, 1)
    gyro[i] = (0.1*sin(i/10), 0.2*cos(i/10), -0.05*s)
    mag[i]  = (20 + s, -5.0, 40.0 - 0.01*i)
    temp[i] = 30 + 0.01*s
    time[i] = T0 + round(i * 1e6 / 128) + (s * 7)      T0 = 1550879504438281 (us)
Sensor 0 ("XI-010284", label "Lumbar") has 64 samples, sensor 1 ("3142", label "Right Foot") 64.
Sensor 1's Time has one dropped sample (i = 40 skipped: times jump by 2 periods) to exercise the
irregularity report.

Run with Debian's h5py:  /usr/bin/python3 make_apdm_fixture.py   (python3-h5py 3.7.0, numpy 1.24)
"""
import math
import h5py
import numpy as np

T0 = 1550879504438281
RATE = 128
N = 64


def main():
    with h5py.File("apdm_opal_v5.h5", "w") as f:
        f.attrs["FileFormatVersion"] = np.int32(5)
        for s, (sid, label) in enumerate([("XI-010284", "Lumbar"), ("3142", "Right Foot")]):
            g = f.create_group("Sensors/" + sid)
            i = np.arange(N, dtype=np.float64)
            acc = np.stack([0.01 * i + s, -9.80665 + 0.001 * i, np.full(N, 0.5 - s)], axis=1)
            gyro = np.stack([0.1 * np.sin(i / 10), 0.2 * np.cos(i / 10), np.full(N, -0.05 * s)],
                            axis=1)
            mag = np.stack([np.full(N, 20.0 + s), np.full(N, -5.0), 40.0 - 0.01 * i], axis=1)
            g.create_dataset("Accelerometer", data=acc)
            g.create_dataset("Gyroscope", data=gyro)
            g.create_dataset("Magnetometer", data=mag)
            g.create_dataset("Temperature", data=np.full(N, 30.0 + 0.01 * s))
            idx = np.arange(N)
            if s == 1:
                idx = np.where(idx >= 40, idx + 1, idx)
            t = np.array([T0 + int(round(k * 1e6 / RATE)) + s * 7 for k in idx], dtype=np.uint64)
            g.create_dataset("Time", data=t)
            c = g.create_group("Configuration")
            c.attrs["Label 0"] = np.bytes_(label.encode("ascii") + b"\x00")
            c.attrs["Sample Rate"] = np.uint16(RATE)
            q = np.zeros((N, 4))
            q[:, 0] = 1.0
            f.create_dataset("Processed/" + sid + "/Orientation", data=q)


if __name__ == "__main__":
    main()
