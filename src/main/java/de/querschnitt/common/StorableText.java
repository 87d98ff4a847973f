package de.querschnitt.common;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The characters a text may hold to be stored as typed. Refused (with a message, nothing is written) are
 * control characters other than tab, line feed and carriage return (NUL, escape, the C1 range …) and halves of
 * a surrogate pair: none can be typed in a form, SQLite's text functions stop at NUL, and an unpaired surrogate
 * cannot be written as UTF-8 at all (it would silently turn into "?"). Everything else, including right-to-left
 * marks, emoji and markup, is stored exactly and shown as text.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The position (0-based) of the first character that cannot be stored, or -1. */
    public static int firstRefused(@Nullable CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the text unchanged
     * @throws UserError {@code text.error.characters} with the 1-based position if it holds a refused character
     */
    public static @Nullable String require(@Nullable String text) {
        int at = firstRefused(text);
        if (at >= 0) {
            throw new UserError("text.error.characters", at + 1);
        }
        return text;
    }

    /**
     * Checks every text in a record (also in its nested records and lists), naming the field as Bean Validation
     * does ({@code field.<path>}).
     *
     * @throws UserError {@code validation.characters} with the field's label and the 1-based position
     */
    static void requireInRecord(@Nullable Object value, String path) {
        if (value instanceof CharSequence text) {
            int at = firstRefused(text);
            if (at >= 0) {
                throw new UserError("validation.characters", new UserError.MessageKey("field." + path), at + 1);
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> requireInRecord(v, path));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    requireInRecord(accessor.invoke(record),
                            path.isEmpty() ? component.getName() : path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
