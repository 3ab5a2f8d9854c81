/**
 * Comparing detected gait events and parameters with reference ones: the matching rule used by
 * gait4j's accuracy harness, public so that users validate their own pipelines the same way.
 */
package org.gait4j.validation;
