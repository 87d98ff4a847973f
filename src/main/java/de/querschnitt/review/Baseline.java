package de.querschnitt.review;

import org.jspecify.annotations.Nullable;

/**
 * One field of the captured version: its value when the entry was first sent to the unit, and the value the
 * planner last accepted (if {@code accepted} is true; an accepted value may be empty).
 */
public record Baseline(@Nullable String captured, boolean accepted, @Nullable String acceptedValue) {

    /** Whether the current value is a correction the planner has not accepted yet. */
    public boolean isOpenCorrection(@Nullable String current) {
        return !java.util.Objects.equals(captured, current)
                && !(accepted && java.util.Objects.equals(acceptedValue, current));
    }
}
