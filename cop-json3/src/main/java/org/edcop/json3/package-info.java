/**
 * Reading and writing cop documents as JSON with Jackson 3 ({@code tools.jackson}, as shipped by
 * Spring Boot 4): the hardened facade {@link org.edcop.json3.CopJson3} and the module {@link
 * org.edcop.json3.CopJson3Module} for a user's own {@code JsonMapper}. The format, its errors,
 * limits and schemas are the same as with Jackson 2 ({@code org.edcop.json.format}); the format is
 * described in {@code docs/json-format.md}.
 */
package org.edcop.json3;
