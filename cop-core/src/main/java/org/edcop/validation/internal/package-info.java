/**
 * Internal: the built-in validation rules, the per-call plan index they share, JSON Pointer
 * building and message rendering. Not part of the public API; anything here may change in any
 * release without notice. Use {@code org.edcop.validation} instead.
 */
package org.edcop.validation.internal;
