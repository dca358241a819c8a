/**
 * Implementation of the cop JSON format shared by the Jackson 2 and Jackson 3 modules: the wire
 * records (annotated only with {@code com.fasterxml.jackson.annotation}) and the mapping between
 * them and the model. Internal: no compatibility promise, may change in any release.
 */
package org.edcop.json.format.internal;
