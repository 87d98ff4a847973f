package de.querschnitt.exchange;

import java.util.List;

/** What an import file holds; each kind has its fixed columns (docs/csv-format.md). */
public enum ImportKind {
    UNITS(List.of(Columns.CODE, Columns.NAME, Columns.KIND, Columns.DESCRIPTION)),
    ACCOUNTS(List.of(Columns.USERNAME, Columns.DISPLAY_NAME, Columns.ROLE, Columns.UNIT)),
    PROFILES(Columns.PROFILE);

    private final List<String> header;

    ImportKind(List<String> header) {
        this.header = header;
    }

    public List<String> header() {
        return header;
    }
}
