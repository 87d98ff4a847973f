package de.querschnitt.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bean Validation at the service boundary. The first violation becomes a {@link UserError} whose message
 * comes from our bundles: {@code validation.<Constraint>} with the field's label ({@code field.<path>}) and
 * the constraint's limits, or the custom key of a message template written as {@code {key}}.
 */
@Component
public class Validation {

    private static final java.util.Set<String> EMPTY_CONSTRAINTS = java.util.Set.of("NotBlank", "NotNull", "NotEmpty");

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T value) {
        validator.validate(value).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        // an empty field breaks @NotBlank and @Pattern at once: "fill it in" is the useful one,
                        // and the order of the validator's set is not fixed
                        .thenComparing(v -> !EMPTY_CONSTRAINTS.contains(constraintOf(v)))
                        .thenComparing(Validation::constraintOf))
                .ifPresent(v -> {
                    throw toUserError(v);
                });
        // control characters and unpaired surrogates pass every Bean Validation constraint but cannot be stored
        StorableText.requireInRecord(value, "");
        return value;
    }

    private static String constraintOf(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static UserError toUserError(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && !template.startsWith("{jakarta.") && !template.startsWith("{org.")) {
            return new UserError(template.substring(1, template.length() - 1));
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        // items[3].text -> field.items.text: the label does not depend on the position
        String field = "field." + violation.getPropertyPath().toString().replaceAll("\\[\\d*]", "")
                .replaceAll("<[^>]*>", "").replaceAll("\\.$", "");
        Object limit = attributes.getOrDefault("max", attributes.getOrDefault("value", ""));
        if (limit instanceof Long bound) {
            // Min/Max bound years here: "1900", not "1.900"
            limit = bound.toString();
        }
        return new UserError("validation." + constraint, new UserError.MessageKey(field), limit);
    }
}
