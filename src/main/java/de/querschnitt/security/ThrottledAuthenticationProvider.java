package de.querschnitt.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's authentication: asks {@link LoginThrottle} first (a refused attempt never reaches the
 * password check), then lets the wrapped provider check user name and password, and reports the outcome back.
 * Only a wrong password or unknown user name counts as a failure; a disabled account with the right password
 * is refused with its own message but is not counted.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger("de.querschnitt.security.audit");

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = client(authentication);
        var refusal = throttle.check(username, client);
        if (refusal.isPresent()) {
            LOG.info("Login of '{}' from {} refused: {} ({} s)", username, client, refusal.get().reason(),
                    refusal.get().seconds());
            throw new LoginRefusedException(refusal.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(client);
            return result;
        } catch (BadCredentialsException e) {
            // also an unknown user name: the provider hides it as bad credentials
            throttle.failed(username, client);
            LOG.info("Failed login of '{}' from {}", username, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
