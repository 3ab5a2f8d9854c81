package org.gait4j.model;

import org.gait4j.internal.Checks;

/**
 * One pressure cell of an insole, positioned in the insole's own frame (x medio-lateral, y
 * posterior to anterior, metres, origin as the vendor defines it).
 *
 * @param label the vendor's cell name or number
 * @param xM lateral position of the cell centre, metres
 * @param yM anterior position of the cell centre, metres
 * @param areaM2 sensing area, square metres; 0 when not known
 */
public record InsoleCell(String label, double xM, double yM, double areaM2) {
  public InsoleCell {
    Checks.notNull(label, "label");
    Checks.nonNegative(areaM2, "areaM2");
  }
}
