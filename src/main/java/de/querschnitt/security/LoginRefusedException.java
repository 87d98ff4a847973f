package de.querschnitt.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused by {@link LoginThrottle} before its password was checked. */
public class LoginRefusedException extends AuthenticationException {

    private final transient LoginThrottle.Refusal refusal;

    LoginRefusedException(LoginThrottle.Refusal refusal) {
        super("Login refused: " + refusal.reason() + " for " + refusal.seconds() + " s");
        this.refusal = refusal;
    }

    public LoginThrottle.Refusal refusal() {
        return refusal;
    }
}
