/**
 * Implementation details of {@code org.edcop.standards}: the reader of the {@code .properties}
 * framework format. Not part of the public API: anything here may change in any release.
 */
package org.edcop.standards.internal;
