/** Implementation of the Spring Boot 3 starter; not API. */
package org.edcop.spring.boot3.internal;
