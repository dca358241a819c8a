/**
 * Implementation of the cop JSON format shared by the Jackson 2 and Jackson 3 modules: the wire
 * records (annotated only with {@code com.fasterxml.jackson.annotation}, the schemas' source), the
 * plan's reader and writer ({@link org.edcop.json.format.internal.PlanReader}, {@link
 * org.edcop.json.format.internal.PlanWriter}) and the mappings of the smaller documents. Internal:
 * no compatibility promise, may change in any release.
 */
package org.edcop.json.format.internal;
