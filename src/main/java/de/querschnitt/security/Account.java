package de.querschnitt.security;

import org.jspecify.annotations.Nullable;

/** A login of a person; the password hash never leaves the security package. */
public record Account(long id, String username, String displayName, Role role, @Nullable Long unitId,
        boolean enabled) {
}
