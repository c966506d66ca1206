package io.enterpriseconnect.instance.connect.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code state} a browser brings back from the cloud: present, and shaped like those the cloud issues. */
@NotBlank(message = "{instance.input.missing}")
@Pattern(regexp = "[A-Za-z0-9_-]{1,200}", message = "{instance.trip.notIssued}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface TripState {

    String message() default "{instance.trip.notIssued}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
