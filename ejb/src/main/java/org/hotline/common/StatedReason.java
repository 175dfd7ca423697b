package org.hotline.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The reason a person gives for a sensitive act (unsealing an identity, a legal hold, a subject-access export, a
 * revoked document), which goes into the audit log. It must show at least {@link #min} characters a person can see
 * and fit in {@link #max}, counted as {@link WrittenText} counts them: ten spaces, or two letters padded with spaces
 * or zero-width characters, are no reason. Null is refused too, so the constraint stands alone.
 */
@Documented
@Constraint(validatedBy = StatedReason.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface StatedReason {

    /** The least number of visible characters; the same everywhere a reason is asked for. */
    int LEAST = 10;

    int min() default LEAST;

    int max() default 1000;

    String message() default
            "must show at least {min} characters (spaces at either end and invisible characters not"
                    + " counted) and at most {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a reason as {@link StatedReason} describes. */
    final class Check implements ConstraintValidator<StatedReason, String> {
        private int min;
        private int max;

        @Override
        public void initialize(StatedReason reason) {
            min = reason.min();
            max = reason.max();
        }

        @Override
        public boolean isValid(String reason, ConstraintValidatorContext context) {
            return !WrittenText.saysNothing(reason)
                    && WrittenText.visibleLength(reason) >= min
                    && WrittenText.length(reason) <= max;
        }
    }
}
