package de.querschnitt.common;

import java.util.Arrays;

/**
 * A problem with what a person entered or asked for. Carries a message key of the i18n bundles (and its
 * arguments) so the UI can say it in the user's language; nothing has been changed when it is thrown.
 */
public class UserError extends RuntimeException {

    /** An argument that is itself translated (e.g. the label of a field). */
    public record MessageKey(String key) {
    }

    private final String messageKey;
    private final transient Object[] arguments;

    public UserError(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
