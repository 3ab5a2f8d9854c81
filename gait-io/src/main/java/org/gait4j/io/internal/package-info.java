/**
 * Shared helpers of the text readers: line reading with line numbers, field splitting, number
 * parsing into {@link org.gait4j.io.GaitFormatException}s, growable primitive buffers and timestamp
 * checks.
 *
 * <p><b>Internal:</b> public only so that the reader packages can share it. Not part of the API;
 * it may change or disappear in any release.
 */
package org.gait4j.io.internal;
