package org.hotline.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link BusinessException} is answered to a client: its status and its problem type, declared on the exception
 * class itself, so that adding a refusal never means editing a list elsewhere (a unit test checks that every refusal
 * declares one).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Refusal {

    RefusalStatus status();

    /** The problem type's short name, in lower case words joined by hyphens, e.g. {@code ticket-not-found}. */
    String type();
}
