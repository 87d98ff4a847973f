package de.querschnitt.exchange;

/** Field separator of an exported file; both are recognised on import. */
public enum CsvDialect {
    /** What German Excel and LibreOffice expect by default. */
    SEMICOLON(';'),
    COMMA(',');

    private final char separator;

    CsvDialect(char separator) {
        this.separator = separator;
    }

    public char separator() {
        return separator;
    }
}
