package de.querschnitt.security;

/** Where an account stands, as the planner's account list shows it. */
public enum AccountState {
    /** Has a password and may log in. */
    ACTIVE,
    /** No password yet; an unused invitation link is still valid. */
    INVITED,
    /** No password yet and the last link has expired (or was replaced and then expired). */
    LINK_EXPIRED,
    /** No password and never invited (created without a link). */
    NOT_INVITED,
    /** Switched off; cannot log in whatever its password. */
    DISABLED
}
