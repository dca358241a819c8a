package org.edcop.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the whole model, applied in {@code org.edcop.model}'s {@code
 * package-info.java}. Accessors are named {@code getX}/{@code isX} so that Jakarta Validation
 * providers see them; builders take the bare property names; collections get singular {@code addX}
 * methods; every value has {@code withX} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    depluralize = true,
    depluralizeDictionary = {
      "duty:duties", "activity:activities", "property:properties", "person:people",
      "criterion:criteria", "reflection:reflections", "include:includes", "use:uses"
    },
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface CopStyle {}
