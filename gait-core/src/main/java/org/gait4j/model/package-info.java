/**
 * The data model: recordings ({@link org.gait4j.model.Trial}) and what they hold — immutable
 * series over primitive arrays, each carrying its {@link org.gait4j.model.SamplingRate}, unit and
 * frame — and gait events as sample indices.
 *
 * <p>Every type here is immutable and thread-safe; arrays are copied in and out.
 */
package org.gait4j.model;
