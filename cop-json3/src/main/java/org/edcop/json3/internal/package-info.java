/**
 * Jackson 3 plumbing of the cop JSON module: serializers, deserializers, the hardened mapper of the
 * facade and the translation of Jackson's errors into the typed error. Internal: no compatibility
 * promise, may change in any release.
 */
package org.edcop.json3.internal;
