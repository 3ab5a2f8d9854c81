/**
 * Running gait4j inside Apache Spark: {@link org.gait4j.examples.spark.CohortAnalysis} analyses a
 * cohort's recordings, one summary row ({@link org.gait4j.examples.spark.RecordingSummary}) per
 * recording. Spark is a {@code provided} dependency: the cluster supplies it, {@code gait.jar}
 * does not contain it.
 */
package org.gait4j.examples.spark;
