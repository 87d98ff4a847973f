package de.querschnitt.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused by {@link LoginThrottle} before its password was checked. An {@link AccountStatusException}, so
 * that Spring's provider manager stops at it instead of asking any other provider.
 */
public class LoginRefusedException extends AccountStatusException {

    private final transient LoginThrottle.Refusal refusal;

    LoginRefusedException(LoginThrottle.Refusal refusal) {
        super("Login refused: " + refusal.reason() + " for " + refusal.seconds() + " s");
        this.refusal = refusal;
    }

    public LoginThrottle.Refusal refusal() {
        return refusal;
    }
}
