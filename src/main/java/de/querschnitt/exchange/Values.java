package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.common.i18n.Translations;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Cell values of enumerations and years, as the export writes them and as people type them. */
@Component
class Values {

    private final Translations translations;

    Values(Translations translations) {
        this.translations = translations;
    }

    /**
     * The constant named in a cell: its name as exported ({@code FACHPLANUNG}) or its German label
     * ({@code Fachplanung}), in any case.
     */
    <E extends Enum<E>> Optional<E> parse(Class<E> type, String labelPrefix, String cell) {
        String value = cell.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || translations.getTranslation(labelPrefix + constant.name(),
                    Translations.GERMAN).equalsIgnoreCase(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> UserError notAllowed(Class<E> type, String cell) {
        return new UserError("exchange.error.unknown-value", cell,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    static String enumLabelPrefix(Class<?> type) {
        return "enum." + type.getSimpleName() + ".";
    }

    /** A year or nothing; {@code null} for an empty cell, an exception for anything else. */
    static Integer year(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            throw new UserError("exchange.error.not-a-year", cell);
        }
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
