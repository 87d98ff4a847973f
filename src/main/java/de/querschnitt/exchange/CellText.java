package de.querschnitt.exchange;

import java.util.regex.Pattern;

/**
 * Formula-injection guard. A cell that a spreadsheet could read as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return or NUL) gets a leading apostrophe; the import takes
 * exactly one apostrophe off such a cell again, so the round trip is lossless. Cells that start with
 * apostrophes followed by such a character get one more, for the same reason.
 */
final class CellText {

    private static final Pattern EVALUATED = Pattern.compile("^'*[=+\\-@\t\r\u0000]");

    private CellText() {
    }

    static boolean needsNeutralising(String value) {
        return EVALUATED.matcher(value).find();
    }

    static String neutralise(String value) {
        return needsNeutralising(value) ? "'" + value : value;
    }

    static String restore(String value) {
        return value.startsWith("'") && needsNeutralising(value) ? value.substring(1) : value;
    }
}
