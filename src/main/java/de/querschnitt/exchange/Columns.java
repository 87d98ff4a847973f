package de.querschnitt.exchange;

import de.querschnitt.profile.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The column names of the CSV files: German, because the files are for German spreadsheet users. */
final class Columns {

    static final String CODE = "Kürzel";
    static final String NAME = "Name";
    static final String KIND = "Art";
    static final String DESCRIPTION = "Beschreibung";

    static final String USERNAME = "Benutzername";
    static final String DISPLAY_NAME = "Anzeigename";
    static final String ROLE = "Rolle";
    static final String UNIT = "Einheit";

    static final String ROUND = "Erhebung";
    static final String TITLE = "Titel";
    static final String DOCUMENT_TITLE = "Titel des Dokuments";
    static final String LEVEL = "Planungsebene";
    static final String FROM = "Von";
    static final String TO = "Bis";
    static final String CYCLE = "Fortschreibung";
    static final String STATE = "Stand";
    static final String PERIOD_NOTE = "Anmerkung zum Zeitraum";
    static final String STATUS = "Status";

    /** Section columns in grid order. */
    static final Map<SectionKind, String> SECTIONS = Map.of(
            SectionKind.EINORDNUNG, "Einordnung",
            SectionKind.GRUNDLAGE, "Grundlage",
            SectionKind.RAUMBEZUG, "Raumbezug",
            SectionKind.INHALT, "Inhalt",
            SectionKind.STEUERUNG, "Steuerungsinstrumente",
            SectionKind.SONSTIGES, "Sonstiges",
            SectionKind.THEMEN, "Übergeordnete Themen");

    static final List<String> PROFILE = profileHeader();

    /** Which column a Bean Validation field label ({@code field.*}) of a form record belongs to. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("field.code", CODE), Map.entry("field.name", NAME), Map.entry("field.description", DESCRIPTION),
            Map.entry("field.username", USERNAME), Map.entry("field.displayName", DISPLAY_NAME),
            Map.entry("field.title", TITLE), Map.entry("field.documentTitle", DOCUMENT_TITLE),
            Map.entry("field.period.from", FROM), Map.entry("field.period.to", TO),
            Map.entry("field.period.note", PERIOD_NOTE));

    private Columns() {
    }

    static List<String> sectionColumns() {
        List<String> columns = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            columns.add(SECTIONS.get(kind));
        }
        return columns;
    }

    private static List<String> profileHeader() {
        List<String> header = new ArrayList<>(List.of(ROUND, UNIT, TITLE, DOCUMENT_TITLE, KIND, LEVEL, FROM, TO, CYCLE,
                STATE, PERIOD_NOTE, STATUS));
        header.addAll(sectionColumns());
        return List.copyOf(header);
    }

    /** "A", "B", ..., "Z", "AA": the column letter a spreadsheet shows. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
