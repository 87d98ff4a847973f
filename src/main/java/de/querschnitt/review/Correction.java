package de.querschnitt.review;

import org.jspecify.annotations.Nullable;

/**
 * A field whose current value differs from what the interviewer captured.
 *
 * @param field the field key (see {@link ReviewText})
 * @param accepted whether the planner accepted exactly the current value
 */
public record Correction(String field, @Nullable String captured, @Nullable String current, TextDiff diff,
        boolean accepted) {
}
