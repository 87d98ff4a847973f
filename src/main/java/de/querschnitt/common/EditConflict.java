package de.querschnitt.common;

import org.jspecify.annotations.Nullable;

/**
 * A field was changed by somebody else since the person loaded it: nothing was written. Carries the value
 * that is stored now and who stored it, so the person can take either value or merge them by hand.
 */
public class EditConflict extends UserError {

    private final @Nullable String storedValue;
    private final String changedBy;

    public EditConflict(@Nullable String storedValue, String changedBy) {
        super("edit.conflict", changedBy);
        this.storedValue = storedValue;
        this.changedBy = changedBy;
    }

    /** The value that is stored now ({@code null} if the field is empty or the entry was removed). */
    public @Nullable String storedValue() {
        return storedValue;
    }

    public String changedBy() {
        return changedBy;
    }
}
