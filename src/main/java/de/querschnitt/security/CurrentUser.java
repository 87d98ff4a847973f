package de.querschnitt.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, for the services. */
@Component
public class CurrentUser {

    /** The authenticated actor, or an exception if nobody is logged in. */
    public Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not authenticated"));
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case QuerschnittUser user -> Optional.of(user.actor());
            case SystemAuthentication.SystemPrincipal ignored -> Optional.of(Actor.SYSTEM);
            case null, default -> Optional.empty();
        };
    }
}
