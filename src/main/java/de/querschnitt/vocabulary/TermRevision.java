package de.querschnitt.vocabulary;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a term: {@code field} is {@code name}, {@code description}, {@code synonyms},
 * {@code status}, {@code mergedInto} (this term was merged into {@code newValue}) or {@code merged} (the term
 * {@code newValue} was merged into this one).
 */
public record TermRevision(Instant changedAt, String username, String role, String field, @Nullable String oldValue,
        @Nullable String newValue) {
}
