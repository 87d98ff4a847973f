package de.querschnitt.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change of one field. */
public record Revision(long id, Instant changedAt, String username, String role, String entity, long entityId,
        String field, @Nullable String oldValue, @Nullable String newValue) {
}
