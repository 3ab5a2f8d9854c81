package org.gait4j.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gait4j.internal.Checks;
import org.gait4j.model.Footfall;
import org.gait4j.model.GaitEvents;
import org.gait4j.model.Point3;
import org.gait4j.model.Side;
import org.gait4j.model.Unit;
import org.gait4j.model.WalkwayRecording;

/**
 * Footprints on a pressure walkway: a {@link WalkwayRecording}'s pressure grid turned into a
 * footfall table (side, first and last contact, heel and toe), as GAITRite or Zeno/PKMAS software
 * builds it from its sensor mat.
 *
 * <h2>Signal</h2>
 * A walkway grid of pressures (any pressure unit) in the walkway frame of {@link
 * WalkwayRecording}: x along the columns, y along the rows, taken as right-handed with z up (so
 * that, walking towards +x, +y is to the walker's left). One person walks over the mat, in either
 * direction along it, in a roughly straight line.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>A cell is loaded in a frame when its pressure exceeds {@code thresholdNPerCm2}.
 *   <li>Connected regions in space and time, in one pass over the frames (union-find over labels,
 *       Rosenfeld and Pfaltz 1966): loaded cells of one frame are connected to their loaded
 *       8-neighbours, and a loaded cell to itself in the previous frame. A region is therefore a
 *       patch of load that stays in place while its shape changes: one foot contact. The two
 *       feet, and the successive contacts of one foot, never share a loaded cell at the same
 *       time, so they are separate regions.
 *   <li>One foot: regions that overlap in time (or follow in the next frame) and fit together in
 *       a box of {@code maxFootLengthM} diagonal are joined, in order of first contact. Heel
 *       and forefoot are often separate regions, joined through an unloaded midfoot; the other
 *       foot is at least a step away.
 *   <li>Each foot's first and last loaded frames are its first and last contact, in seconds
 *       (frame / rate); its footprint is the set of cells it ever loaded. Feet in contact for
 *       less than {@code minContactS} or shorter than {@code minLengthM} are dropped.
 *   <li>Direction of walking: with three or more footprints, the principal axis of their
 *       centroids (the line of progression); with two, the mean long axis of the footprints; with
 *       one, its long axis. It points from the first footprint to the last in time (with one
 *       footprint, towards +x).
 *   <li>Heel and toe: the footprint's long axis (principal axis of its cells, pointed along the
 *       walking direction) through its centroid; the heel is its posterior end and the toe its
 *       anterior end, each the outermost cell's projection plus half a cell. This follows the
 *       GAITRite definitions of the footprint's heel and toe points (Bilney et al. 2003).
 *   <li>Side: the sign of the footprint centroid's offset from a line of progression, left when it
 *       is to the left of the walking direction. The line joins the centroids of the footprints
 *       before and after it in time (the other foot's contacts); at the first and last footprint
 *       it joins the next two of the other foot (i +/- 1 and i +/- 3) when there are, else the
 *       line through all centroids (or, for two footprints, through their midpoint along the
 *       walking direction).
 * </ol>
 *
 * <h2>Edge cases</h2>
 * An empty or all-unloaded grid gives no footfalls. A footprint touching the mat's edge is kept
 * as seen (its heel or toe is then where the mat ends). Parts of one foot that are never loaded
 * together and never touch (toes separated from the forefoot at the threshold) are separate
 * regions joined as in step 3 when they overlap in time. Shuffling, turning or two
 * walkers on the mat are not handled.
 *
 * <h2>Cost</h2>
 * O(frames x cells) time for the labelling, one frame of floats and two of ints plus
 * O(regions + contact onsets) memory, no per-frame allocation; joining regions into feet
 * compares each region with the feet in contact at its start only. No streaming face: a footprint's heel and toe need its
 * whole contact and the side needs the footprints on either side.
 *
 * <h2>References</h2>
 * Bilney B, Morris M, Webster K (2003) Concurrent related validity of the GAITRite walkway system
 * for quantification of the spatial and temporal parameters of gait, Gait Posture 17(1):68-74,
 * DOI 10.1016/S0966-6362(02)00053-X (the footprint, heel and toe definitions of the GAITRite
 * software). Rosenfeld A, Pfaltz JL (1966) Sequential operations in digital picture processing,
 * J ACM 13(4):471-494, DOI 10.1145/321356.321357 (connected-component labelling with label
 * equivalences). The space-time linking, the side rule and the defaults are this library's.
 *
 * <p>Immutable and thread-safe; the input is not modified.
 */
public final class WalkwayFootprintDetector {
  private final WalkwayFootprintConfig config;

  private WalkwayFootprintDetector(WalkwayFootprintConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /** A detector with {@link WalkwayFootprintConfig#defaults()}. */
  public static WalkwayFootprintDetector withDefaults() {
    return new WalkwayFootprintDetector(WalkwayFootprintConfig.defaults());
  }

  /** A detector with {@code config}. */
  public static WalkwayFootprintDetector of(WalkwayFootprintConfig config) {
    return new WalkwayFootprintDetector(config);
  }

  public WalkwayFootprintConfig config() {
    return config;
  }

  /**
   * The footfalls on the walkway, in order of first contact; times in seconds from frame 0,
   * heel and toe in metres in the walkway frame (z = 0).
   *
   * @param walkway Not modified.
   * @throws IllegalArgumentException if the walkway's unit is not a pressure
   */
  public List<Footfall> detect(WalkwayRecording walkway) {
    Checks.notNull(walkway, "walkway");
    Checks.requireArgument(walkway.unit().quantity() == Unit.Quantity.PRESSURE,
        "walkway unit %s is not a pressure", walkway.unit());
    List<Region> regions = label(walkway,
        (float) (config.thresholdNPerCm2() * Unit.NEWTON_PER_SQUARE_CENTIMETRE.factorTo(
            walkway.unit())));
    double hz = walkway.rate().hz();
    List<Region> kept = new ArrayList<>();
    for (Region g : feet(regions, walkway)) {
      g.shape(walkway);
      if ((g.last - g.first + 1) / hz >= config.minContactS() && g.lengthM >= config.minLengthM()) {
        kept.add(g);
      }
    }
    kept.sort((a, b) -> a.first != b.first ? Integer.compare(a.first, b.first)
        : Double.compare(a.cx, b.cx));
    if (kept.isEmpty()) {
      return List.of();
    }
    double[] d = walkingDirection(kept);
    List<Footfall> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Region g = kept.get(i);
      double ax = g.ax;
      double ay = g.ay;
      if (ax * d[0] + ay * d[1] < 0) {
        ax = -ax;
        ay = -ay;
      }
      double back = g.dirSign(ax, ay) > 0 ? -g.minProj : g.maxProj;
      double front = g.dirSign(ax, ay) > 0 ? g.maxProj : -g.minProj;
      Point3 heel = new Point3(g.cx - ax * back, g.cy - ay * back, 0);
      Point3 toe = new Point3(g.cx + ax * front, g.cy + ay * front, 0);
      out.add(new Footfall(side(kept, i, d), g.first / hz, g.last / hz, Optional.of(heel),
          Optional.of(toe)));
    }
    return List.copyOf(out);
  }

  /**
   * The IC and TO of every detected footfall as frames of the walkway ({@link
   * FootfallEvents#of}).
   *
   * @param walkway Not modified.
   */
  public GaitEvents detectEvents(WalkwayRecording walkway) {
    return FootfallEvents.of(detect(walkway), walkway.rate());
  }

  // ---- labelling -------------------------------------------------------------------------

  /** Connected space-time regions of loaded cells. */
  private static List<Region> label(WalkwayRecording w, float threshold) {
    int rows = w.rows();
    int cols = w.columns();
    int cells = rows * cols;
    float[] frame = new float[cells];
    int[] prev = new int[cells];
    int[] cur = new int[cells];
    Labels lab = new Labels();
    for (int f = 0; f < w.frameCount(); f++) {
      w.copyFrame(f, frame);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int i = r * cols + c;
          if (!(frame[i] > threshold)) {
            cur[i] = 0;
            continue;
          }
          int l = 0;
          l = lab.join(l, c > 0 ? cur[i - 1] : 0);
          if (r > 0) {
            l = lab.join(l, c > 0 ? cur[i - cols - 1] : 0);
            l = lab.join(l, cur[i - cols]);
            l = lab.join(l, c + 1 < cols ? cur[i - cols + 1] : 0);
          }
          l = lab.join(l, prev[i]);
          if (l == 0) {
            l = lab.create(f);
          }
          lab.touch(l, f);
          if (prev[i] == 0) {
            lab.addCell(l, i);
          }
          cur[i] = l;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return lab.regions(cells, cols);
  }

  /** Union-find over labels 1..n with per-label first/last frame and cell onsets. */
  private static final class Labels {
    int n;
    int[] parent = new int[64];
    int[] first = new int[64];
    int[] last = new int[64];
    int cellCount;
    int[] cellIndex = new int[256];
    int[] cellLabel = new int[256];

    int create(int frame) {
      n++;
      if (n == parent.length) {
        parent = Arrays.copyOf(parent, 2 * n);
        first = Arrays.copyOf(first, 2 * n);
        last = Arrays.copyOf(last, 2 * n);
      }
      parent[n] = n;
      first[n] = frame;
      last[n] = frame;
      return n;
    }

    int find(int l) {
      while (parent[l] != l) {
        parent[l] = parent[parent[l]];
        l = parent[l];
      }
      return l;
    }

    /** Joins {@code b} to {@code a}; 0 means no label. Returns the surviving root. */
    int join(int a, int b) {
      if (b == 0) {
        return a;
      }
      int rb = find(b);
      if (a == 0) {
        return rb;
      }
      int ra = find(a);
      if (ra == rb) {
        return ra;
      }
      int keep = Math.min(ra, rb);
      int drop = Math.max(ra, rb);
      parent[drop] = keep;
      first[keep] = Math.min(first[keep], first[drop]);
      last[keep] = Math.max(last[keep], last[drop]);
      return keep;
    }

    void touch(int l, int frame) {
      int r = find(l);
      last[r] = Math.max(last[r], frame);
    }

    void addCell(int l, int cell) {
      if (cellCount == cellIndex.length) {
        cellIndex = Arrays.copyOf(cellIndex, 2 * cellCount);
        cellLabel = Arrays.copyOf(cellLabel, 2 * cellCount);
      }
      cellIndex[cellCount] = cell;
      cellLabel[cellCount] = l;
      cellCount++;
    }

    List<Region> regions(int cells, int cols) {
      int[] slot = new int[n + 1];
      Arrays.fill(slot, -1);
      List<Region> out = new ArrayList<>();
      for (int l = 1; l <= n; l++) {
        int r = find(l);
        if (slot[r] < 0) {
          slot[r] = out.size();
          out.add(new Region(first[r], last[r], cols));
        }
      }
      // counting sort of the cell onsets by region, duplicates removed with a stamp per cell
      int[] count = new int[out.size() + 1];
      for (int k = 0; k < cellCount; k++) {
        count[slot[find(cellLabel[k])] + 1]++;
      }
      for (int g = 0; g < out.size(); g++) {
        count[g + 1] += count[g];
      }
      int[] sorted = new int[cellCount];
      int[] pos = Arrays.copyOf(count, out.size());
      for (int k = 0; k < cellCount; k++) {
        sorted[pos[slot[find(cellLabel[k])]]++] = cellIndex[k];
      }
      int[] stamp = new int[cells];
      Arrays.fill(stamp, -1);
      for (int g = 0; g < out.size(); g++) {
        int m = 0;
        int[] own = new int[count[g + 1] - count[g]];
        for (int k = count[g]; k < count[g + 1]; k++) {
          if (stamp[sorted[k]] != g) {
            stamp[sorted[k]] = g;
            own[m++] = sorted[k];
          }
        }
        out.get(g).cells = Arrays.copyOf(own, m);
      }
      return out;
    }
  }

  // ---- geometry --------------------------------------------------------------------------

  /** One footprint: contact frames, cells, and its shape once {@link #shape} has run. */
  private static final class Region {
    int first;
    int last;
    final int cols;
    int[] cells;
    int r0 = Integer.MAX_VALUE;
    int r1 = -1;
    int c0 = Integer.MAX_VALUE;
    int c1 = -1;
    double cx;
    double cy;
    double ax;
    double ay;
    double minProj;
    double maxProj;
    double lengthM;

    Region(int first, int last, int cols) {
      this.first = first;
      this.last = last;
      this.cols = cols;
    }

    void bound() {
      for (int i : cells) {
        r0 = Math.min(r0, i / cols);
        r1 = Math.max(r1, i / cols);
        c0 = Math.min(c0, i % cols);
        c1 = Math.max(c1, i % cols);
      }
    }

    /** Diagonal of the box around this region and {@code o}, metres. */
    double unionDiagonalM(Region o, double cw, double cl) {
      return Math.hypot((Math.max(c1, o.c1) - Math.min(c0, o.c0) + 1) * cw,
          (Math.max(r1, o.r1) - Math.min(r0, o.r0) + 1) * cl);
    }

    void absorb(Region o) {
      first = Math.min(first, o.first);
      last = Math.max(last, o.last);
      int[] c = Arrays.copyOf(cells, cells.length + o.cells.length);
      System.arraycopy(o.cells, 0, c, cells.length, o.cells.length);
      cells = c;
      r0 = Math.min(r0, o.r0);
      r1 = Math.max(r1, o.r1);
      c0 = Math.min(c0, o.c0);
      c1 = Math.max(c1, o.c1);
    }

    /** Centroid, long axis (unit, sign arbitrary) and extent of the cells, metres. */
    void shape(WalkwayRecording w) {
      double cw = w.cellWidthM();
      double cl = w.cellLengthM();
      int m = cells.length;
      double sx = 0;
      double sy = 0;
      for (int i : cells) {
        sx += (i % cols + 0.5) * cw;
        sy += (i / cols + 0.5) * cl;
      }
      cx = sx / m;
      cy = sy / m;
      double sxx = 0;
      double sxy = 0;
      double syy = 0;
      for (int i : cells) {
        double dx = (i % cols + 0.5) * cw - cx;
        double dy = (i / cols + 0.5) * cl - cy;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
      }
      double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
      ax = Math.cos(angle);
      ay = Math.sin(angle);
      double half = 0.5 * (Math.abs(ax) * cw + Math.abs(ay) * cl);
      minProj = Double.POSITIVE_INFINITY;
      maxProj = Double.NEGATIVE_INFINITY;
      for (int i : cells) {
        double p = ((i % cols + 0.5) * cw - cx) * ax + ((i / cols + 0.5) * cl - cy) * ay;
        minProj = Math.min(minProj, p - half);
        maxProj = Math.max(maxProj, p + half);
      }
      lengthM = maxProj - minProj;
    }

    /** +1 if (x, y) is this region's stored axis direction, -1 if it is the opposite one. */
    int dirSign(double x, double y) {
      return x * ax + y * ay >= 0 ? 1 : -1;
    }
  }

  /**
   * Regions joined into feet: in order of first contact, a region joins an earlier foot still in
   * contact (or released in the frame before) when both fit in a box of {@code maxFootLengthM}
   * diagonal. Cell sets of different regions are disjoint in time-overlapping loads, so the
   * joined cell lists hold no duplicates that matter for the shape.
   */
  private List<Region> feet(List<Region> regions, WalkwayRecording w) {
    List<Region> sorted = new ArrayList<>(regions);
    for (Region r : sorted) {
      r.bound();
    }
    sorted.sort((a, b) -> Integer.compare(a.first, b.first));
    List<Region> feet = new ArrayList<>();
    List<Region> active = new ArrayList<>(); // feet still in contact at the current region's start
    for (Region r : sorted) {
      active.removeIf(f -> f.last < r.first - 1);
      Region into = null;
      for (Region f : active) {
        if (f.unionDiagonalM(r, w.cellWidthM(), w.cellLengthM()) <= config.maxFootLengthM()) {
          into = f;
          break;
        }
      }
      if (into != null) {
        into.absorb(r);
      } else {
        feet.add(r);
        active.add(r);
      }
    }
    return feet;
  }

  /** Unit walking direction from the footprints, sorted by first contact. */
  private static double[] walkingDirection(List<Region> g) {
    int n = g.size();
    double dx;
    double dy;
    if (n >= 3) {
      double mx = 0;
      double my = 0;
      for (Region r : g) {
        mx += r.cx;
        my += r.cy;
      }
      mx /= n;
      my /= n;
      double sxx = 0;
      double sxy = 0;
      double syy = 0;
      for (Region r : g) {
        sxx += (r.cx - mx) * (r.cx - mx);
        sxy += (r.cx - mx) * (r.cy - my);
        syy += (r.cy - my) * (r.cy - my);
      }
      double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
      dx = Math.cos(angle);
      dy = Math.sin(angle);
    } else {
      dx = 0;
      dy = 0;
      for (Region r : g) {
        double s = r.ax >= 0 ? 1 : -1; // any common orientation of the axes
        dx += s * r.ax;
        dy += s * r.ay;
      }
      double len = Math.hypot(dx, dy);
      dx /= len;
      dy /= len;
    }
    double px = n >= 2 ? g.get(n - 1).cx - g.get(0).cx : 1;
    double py = n >= 2 ? g.get(n - 1).cy - g.get(0).cy : 0;
    if (px * dx + py * dy < 0) {
      dx = -dx;
      dy = -dy;
    }
    return new double[] {dx, dy};
  }

  /** The side of footprint {@code i} from its offset to a line of progression. */
  private static Side side(List<Region> g, int i, double[] d) {
    int n = g.size();
    Region p = g.get(i);
    int a = -1;
    int b = -1;
    if (i > 0 && i + 1 < n) {
      a = i - 1;
      b = i + 1;
    } else if (i == 0 && n > 3) {
      a = 1;
      b = 3;
    } else if (i == n - 1 && n > 3) {
      a = n - 4;
      b = n - 2;
    }
    double ox;
    double oy;
    double lx;
    double ly;
    if (a >= 0) {
      Region ra = g.get(a);
      Region rb = g.get(b);
      lx = rb.cx - ra.cx;
      ly = rb.cy - ra.cy;
      if (lx * d[0] + ly * d[1] < 0) {
        lx = -lx;
        ly = -ly;
      }
      ox = p.cx - ra.cx;
      oy = p.cy - ra.cy;
    } else {
      double mx = 0;
      double my = 0;
      for (Region r : g) {
        mx += r.cx;
        my += r.cy;
      }
      lx = d[0];
      ly = d[1];
      ox = p.cx - mx / n;
      oy = p.cy - my / n;
    }
    return lx * oy - ly * ox > 0 ? Side.LEFT : Side.RIGHT;
  }

  @Override
  public String toString() {
    return "WalkwayFootprintDetector[" + config + "]";
  }
}
