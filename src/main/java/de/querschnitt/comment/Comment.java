package de.querschnitt.comment;

import de.querschnitt.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of a thread, with its author's name and role as they were when it was written.
 *
 * @param authorId the account, {@code null} for the system (demo data) or a removed account
 */
public record Comment(long id, @Nullable Long authorId, String authorName, Role authorRole, Instant createdAt,
        String text) {

    /** Written by the unit's own staff (the answering side of a planner's question). */
    public boolean fromDepartment() {
        return authorRole == Role.DEPARTMENT;
    }
}
