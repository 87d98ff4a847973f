package de.querschnitt.security;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking: the authenticated person as the services see it. Every service method that reads or
 * writes a unit's data decides with it, and repositories turn it into query conditions.
 *
 * @param unitId the unit a {@link Role#DEPARTMENT} account is bound to; {@code null} for other roles
 */
public record Actor(long accountId, String username, String displayName, Role role, @Nullable Long unitId)
        implements Serializable {

    /** The identity under which start-up tasks (demo data) write; never a login. */
    public static final Actor SYSTEM = new Actor(0, "system", "System", Role.PLANNER, null);

    public Actor {
        if ((role == Role.DEPARTMENT) != (unitId != null)) {
            throw new IllegalArgumentException("A department account needs exactly one unit, other roles none");
        }
    }
}
