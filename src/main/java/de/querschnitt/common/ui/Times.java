package de.querschnitt.common.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Points in time as the city's staff read them: German local time, whatever zone the server runs in. */
public final class Times {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Times() {
    }

    /** Date and time, e.g. "24.11.2026, 03:33". */
    public static String dateTime(Locale locale, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }
}
