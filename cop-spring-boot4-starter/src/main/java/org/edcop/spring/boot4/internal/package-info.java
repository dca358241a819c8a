/** Implementation of the Spring Boot 4 starter; not API. */
package org.edcop.spring.boot4.internal;
