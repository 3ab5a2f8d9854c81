package org.gait4j.io.pose;

import java.util.List;

/**
 * Follows one person (the walker) through frames that may hold several detected people in any
 * order. Package-private; the algorithm is documented on {@link OpenPoseJsonReader}.
 *
 * <p>A person is an array {@code x0, y0, c0, x1, y1, c1, ...} in which missing keypoints have NaN
 * coordinates. Stateless; thread-safe.
 */
final class WalkerTracker {
  /** Marks a frame without the walker in {@link #track}'s result. */
  static final int NONE = -1;

  private WalkerTracker() {}

  /**
   * For each frame, the index of the walker among that frame's people, or {@link #NONE}.
   *
   * @param frames people per frame. Not modified.
   * @param maxJumpBodyHeights gate on the mean keypoint distance, body heights per frame
   */
  static int[] track(List<List<double[]>> frames, double maxJumpBodyHeights) {
    int[] choice = new int[frames.size()];
    java.util.Arrays.fill(choice, NONE);
    int start = NONE;
    int best = NONE;
    for (int f = 0; f < frames.size() && start == NONE; f++) {
      double bestScore = 0;
      List<double[]> people = frames.get(f);
      for (int p = 0; p < people.size(); p++) {
        double score = size(people.get(p)) * meanConfidence(people.get(p));
        if (validCount(people.get(p)) >= 2 && score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
      if (best != NONE) {
        start = f;
      }
    }
    if (start == NONE) {
      return choice;
    }
    choice[start] = best;
    double[] last = frames.get(start).get(best);
    int lastFrame = start;
    double vx = 0;
    double vy = 0;
    double height = Math.max(size(last), 1.0);
    for (int f = start + 1; f < frames.size(); f++) {
      int dt = f - lastFrame;
      List<double[]> people = frames.get(f);
      int pick = NONE;
      double pickDistance = Double.POSITIVE_INFINITY;
      for (int p = 0; p < people.size(); p++) {
        double d = meanDistance(last, vx * dt, vy * dt, people.get(p));
        if (d < pickDistance) {
          pickDistance = d;
          pick = p;
        }
      }
      if (pick == NONE || pickDistance > maxJumpBodyHeights * height * dt) {
        continue;
      }
      double[] now = people.get(pick);
      double[] shift = meanShift(last, now);
      vx = shift[0] / dt;
      vy = shift[1] / dt;
      if (validCount(now) >= 4) {
        height = Math.max(size(now), 1.0);
      }
      choice[f] = pick;
      last = now;
      lastFrame = f;
    }
    return choice;
  }

  private static int validCount(double[] person) {
    int n = 0;
    for (int i = 0; i + 2 < person.length; i += 3) {
      if (!Double.isNaN(person[i]) && !Double.isNaN(person[i + 1])) {
        n++;
      }
    }
    return n;
  }

  private static double meanConfidence(double[] person) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i + 2 < person.length; i += 3) {
      if (!Double.isNaN(person[i]) && !Double.isNaN(person[i + 1])) {
        sum += person[i + 2];
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The larger side of the bounding box of the valid keypoints (0 if fewer than 2). */
  private static double size(double[] person) {
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i + 2 < person.length; i += 3) {
      if (!Double.isNaN(person[i]) && !Double.isNaN(person[i + 1])) {
        minX = Math.min(minX, person[i]);
        maxX = Math.max(maxX, person[i]);
        minY = Math.min(minY, person[i + 1]);
        maxY = Math.max(maxY, person[i + 1]);
      }
    }
    return maxX < minX ? 0 : Math.max(maxX - minX, maxY - minY);
  }

  /** Mean distance between {@code a} shifted by (dx, dy) and {@code b} over shared keypoints. */
  private static double meanDistance(double[] a, double dx, double dy, double[] b) {
    double sum = 0;
    int n = 0;
    int len = Math.min(a.length, b.length);
    for (int i = 0; i + 2 < len; i += 3) {
      double ex = b[i] - (a[i] + dx);
      double ey = b[i + 1] - (a[i + 1] + dy);
      if (!Double.isNaN(ex) && !Double.isNaN(ey)) {
        sum += Math.sqrt(ex * ex + ey * ey);
        n++;
      }
    }
    return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
  }

  private static double[] meanShift(double[] a, double[] b) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    int len = Math.min(a.length, b.length);
    for (int i = 0; i + 2 < len; i += 3) {
      double ex = b[i] - a[i];
      double ey = b[i + 1] - a[i + 1];
      if (!Double.isNaN(ex) && !Double.isNaN(ey)) {
        sx += ex;
        sy += ey;
        n++;
      }
    }
    return n == 0 ? new double[2] : new double[] {sx / n, sy / n};
  }
}
