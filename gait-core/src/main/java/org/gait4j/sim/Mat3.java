package org.gait4j.sim;

/** Minimal 3-vector and 3x3 rotation helpers on primitive arrays (row-major matrices). */
final class Mat3 {
  private Mat3() {}

  static double[] rotX(double a) {
    double c = Math.cos(a);
    double s = Math.sin(a);
    return new double[] {1, 0, 0, 0, c, -s, 0, s, c};
  }

  static double[] rotY(double a) {
    double c = Math.cos(a);
    double s = Math.sin(a);
    return new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
  }

  static double[] rotZ(double a) {
    double c = Math.cos(a);
    double s = Math.sin(a);
    return new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
  }

  static double[] mul(double[] a, double[] b) {
    double[] r = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        r[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
      }
    }
    return r;
  }

  static double[] transpose(double[] a) {
    return new double[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
  }

  /** {@code a * v}. */
  static double[] apply(double[] a, double[] v) {
    return new double[] {
      a[0] * v[0] + a[1] * v[1] + a[2] * v[2],
      a[3] * v[0] + a[4] * v[1] + a[5] * v[2],
      a[6] * v[0] + a[7] * v[1] + a[8] * v[2]
    };
  }

  /** {@code a^T * v}. */
  static double[] applyT(double[] a, double[] v) {
    return new double[] {
      a[0] * v[0] + a[3] * v[1] + a[6] * v[2],
      a[1] * v[0] + a[4] * v[1] + a[7] * v[2],
      a[2] * v[0] + a[5] * v[1] + a[8] * v[2]
    };
  }

  /** {@code p + a * v}. */
  static double[] transform(double[] p, double[] a, double[] v) {
    double[] r = apply(a, v);
    r[0] += p[0];
    r[1] += p[1];
    r[2] += p[2];
    return r;
  }

  /** A rotation matrix whose columns are the given unit axes. */
  static double[] fromColumns(double[] x, double[] y, double[] z) {
    return new double[] {x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2]};
  }

  static double[] add(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
  }

  static double[] sub(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  static double[] scale(double[] a, double s) {
    return new double[] {a[0] * s, a[1] * s, a[2] * s};
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {
      a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]
    };
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  static double[] unit(double[] a) {
    return scale(a, 1.0 / norm(a));
  }

  /**
   * The body-frame angular velocity (rad/s) of a rotation moving from {@code r0} to {@code r1} in
   * {@code dt} seconds: the rotation vector of {@code r0^T r1} divided by {@code dt}.
   */
  static double[] bodyRate(double[] r0, double[] r1, double dt) {
    double[] d = mul(transpose(r0), r1);
    double tr = d[0] + d[4] + d[8];
    double c = Math.max(-1, Math.min(1, (tr - 1) / 2));
    double angle = Math.acos(c);
    double[] v = {d[7] - d[5], d[2] - d[6], d[3] - d[1]};
    double s = Math.sin(angle);
    double f = angle < 1e-9 ? 0.5 : angle / (2 * s);
    return new double[] {v[0] * f / dt, v[1] * f / dt, v[2] * f / dt};
  }
}
