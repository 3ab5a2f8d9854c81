/**
 * Implementation helpers shared across gait4j's packages. Not API: may change in any release.
 */
package org.gait4j.internal;
