package org.gait4j.params;

import org.gait4j.internal.Checks;

/**
 * Regularity and smoothness of the trunk's acceleration over one walking bout, from {@link
 * TrunkRegularity}. All measures are dimensionless and do not depend on the acceleration unit.
 *
 * @param stepRegularityVertical unbiased autocorrelation of the vertical acceleration at the step
 *     lag (Moe-Nilssen &amp; Helbostad's A<sub>d1</sub>); 1 for identical consecutive steps
 * @param strideRegularityVertical the same at the stride lag (A<sub>d2</sub>); 1 for identical
 *     consecutive strides
 * @param stepRegularityAnteroposterior A<sub>d1</sub> of the anteroposterior acceleration
 * @param strideRegularityAnteroposterior A<sub>d2</sub> of the anteroposterior acceleration
 * @param harmonicRatioVertical mean over strides of the sum of the even harmonics' amplitudes over
 *     the sum of the odd ones, vertical acceleration (higher = smoother, more symmetric)
 * @param harmonicRatioAnteroposterior the same for the anteroposterior acceleration
 * @param harmonicRatioMediolateral mean over strides of odd over even, mediolateral acceleration
 * @param stepPeriodS mean step time, s: half the stride lag of the vertical autocorrelation
 *     (refined between samples by a parabola through the peak)
 * @param strideCount number of strides the harmonic ratios are averaged over
 */
public record TrunkGaitQuality(double stepRegularityVertical, double strideRegularityVertical,
    double stepRegularityAnteroposterior, double strideRegularityAnteroposterior,
    double harmonicRatioVertical, double harmonicRatioAnteroposterior,
    double harmonicRatioMediolateral, double stepPeriodS, int strideCount) {

  public TrunkGaitQuality {
    Checks.positive(stepPeriodS, "stepPeriodS");
    Checks.positive(strideCount, "strideCount");
  }

  /**
   * Step symmetry of the vertical acceleration, {@code A_d1 / A_d2} (Moe-Nilssen &amp; Helbostad
   * 2004): 1 when the two steps of a stride are alike, lower the more they differ.
   */
  public double symmetryVertical() {
    return stepRegularityVertical / strideRegularityVertical;
  }

  /** Step symmetry of the anteroposterior acceleration, {@code A_d1 / A_d2}. */
  public double symmetryAnteroposterior() {
    return stepRegularityAnteroposterior / strideRegularityAnteroposterior;
  }
}
