package de.querschnitt.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a logged-in account. */
final class QuerschnittUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean enabled;
    private @Nullable String passwordHash;

    QuerschnittUser(Actor actor, @Nullable String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        // an account without password (open invitation) cannot log in
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by user name, so that Spring Security's session registry keeps the sessions of one person together. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QuerschnittUser user && user.getUsername().equalsIgnoreCase(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().toLowerCase(java.util.Locale.ROOT).hashCode();
    }
}
