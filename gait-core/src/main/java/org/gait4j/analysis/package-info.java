/**
 * The one-call facade ({@link org.gait4j.analysis.GaitAnalysis}) that looks at what a trial holds,
 * runs suitable detectors and parameter estimators, and returns a {@link
 * org.gait4j.analysis.GaitReport}.
 */
package org.gait4j.analysis;
