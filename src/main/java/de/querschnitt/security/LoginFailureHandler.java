package de.querschnitt.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page with the reason the page words for the person:
 * {@code login?error} (user name or password wrong), {@code login?error=disabled} (the right password of a
 * switched-off account), {@code login?error=wait&seconds=n} (this client must wait) and
 * {@code login?error=locked&minutes=n} (too many failures of this user name within the hour).
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    /** The query parameter values the login page understands. */
    static final String DISABLED = "disabled";
    static final String WAIT = "wait";
    static final String LOCKED = "locked";

    private final String loginPath;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query = switch (exception) {
            case LoginRefusedException refused -> switch (refused.refusal().reason()) {
                case CLIENT_WAIT -> "error=" + WAIT + "&seconds=" + refused.refusal().seconds();
                case ACCOUNT_LOCKED -> "error=" + LOCKED + "&minutes=" + refused.refusal().minutes();
            };
            case DisabledException ignored -> "error=" + DISABLED;
            default -> "error";
        };
        redirect.sendRedirect(request, response, loginPath + "?" + query);
    }
}
