/**
 * Internal support of {@code org.edcop.running}: not part of the API, may change in any release.
 */
package org.edcop.running.internal;
