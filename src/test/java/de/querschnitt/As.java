package de.querschnitt;

import de.querschnitt.security.AccountService;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs a piece of a test as another logged-in person: the second editor of a profile, another unit. */
public final class As {

    private As() {
    }

    public static <T> T user(AccountService accounts, String username, Supplier<T> action) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void user(AccountService accounts, String username, Runnable action) {
        user(accounts, username, () -> {
            action.run();
            return null;
        });
    }
}
