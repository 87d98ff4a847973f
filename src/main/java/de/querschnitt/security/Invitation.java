package de.querschnitt.security;

import java.time.Instant;

/**
 * An invitation link just created, shown once to the planner (only the token's hash is stored).
 *
 * @param path the link path {@code einladung/<token>}, relative to the application's address
 */
public record Invitation(long accountId, String username, String displayName, String path, Instant validUntil) {
}
