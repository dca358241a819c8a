/**
 * Internal: how the planning packet is laid out, drawn and turned into PDF. Not part of the public
 * API; anything here may change in any release.
 */
package org.edcop.report.internal;
