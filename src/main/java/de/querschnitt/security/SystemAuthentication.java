package de.querschnitt.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (loading the demo data) through the same secured service methods a planner uses,
 * recorded in revisions as "system".
 */
public final class SystemAuthentication extends AbstractAuthenticationToken {

    record SystemPrincipal() {
    }

    private SystemAuthentication() {
        super(List.of(new SimpleGrantedAuthority(Role.PLANNER.authority())));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return new SystemPrincipal();
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
