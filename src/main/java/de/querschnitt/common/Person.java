package de.querschnitt.common;

import org.jspecify.annotations.Nullable;

/** A named person with their function, as a unit's contact or an interview's participant. */
public record Person(long id, String name, @Nullable String function) {

    /**
     * The value as it is stored: trimmed, {@code null} for empty.
     *
     * @throws UserError if a name is missing or a value too long
     */
    public static @Nullable String checked(Field field, @Nullable String value) {
        String v = value == null || value.isBlank() ? null : StorableText.require(value.strip());
        if (field == Field.NAME && v == null) {
            throw new UserError("person.error.name-required");
        }
        if (v != null && v.length() > field.maxLength()) {
            throw new UserError("validation.Size", new UserError.MessageKey("field.person." + field.key()),
                    field.maxLength());
        }
        return v;
    }

    /** The two fields a person row has; {@link #key()} names them in the revision trail. */
    public enum Field {
        NAME("name", 200),
        FUNCTION("function", 200);

        private final String key;
        private final int maxLength;

        Field(String key, int maxLength) {
            this.key = key;
            this.maxLength = maxLength;
        }

        public String key() {
            return key;
        }

        public int maxLength() {
            return maxLength;
        }

        public @Nullable String of(Person person) {
            return this == NAME ? person.name() : person.function();
        }
    }
}
