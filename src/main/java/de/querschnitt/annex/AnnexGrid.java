package de.querschnitt.annex;

import de.querschnitt.annex.AnnexModel.Block;
import de.querschnitt.annex.AnnexModel.Row;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.UpdateCycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wording and arrangement of the seed's cards: which section sits in which box, their German headings,
 * and Zeitraum/Zeitbezug in words. The annex is a German council document whatever the UI language is.
 */
public final class AnnexGrid {

    private AnnexGrid() {
    }

    public static String heading(SectionKind kind) {
        return switch (kind) {
            case EINORDNUNG -> "Einordnung";
            case GRUNDLAGE -> "Grundlage";
            case RAUMBEZUG -> "Raumbezug";
            case INHALT -> "Inhalt";
            case STEUERUNG -> "Steuerungsinstrumente";
            case SONSTIGES -> "Sonstiges";
            case THEMEN -> "Übergeordnete Themen";
        };
    }

    /**
     * A profile's boxes in the grid of the seed: Einordnung | Grundlage, Raumbezug | Inhalt,
     * Steuerungsinstrumente/Sonstiges | Übergeordnete Themen. Rows without any content are left out.
     */
    public static List<Row> profileRows(Map<SectionKind, Block> blocks) {
        List<Row> rows = new ArrayList<>();
        addRow(rows, pick(blocks, SectionKind.EINORDNUNG), pick(blocks, SectionKind.GRUNDLAGE));
        addRow(rows, pick(blocks, SectionKind.RAUMBEZUG), pick(blocks, SectionKind.INHALT));
        addRow(rows, pick(blocks, SectionKind.STEUERUNG, SectionKind.SONSTIGES), pick(blocks, SectionKind.THEMEN));
        return rows;
    }

    /** A unit's instruments without a plan: its boxes two by two, in the order of the grid. */
    public static List<Row> instrumentRows(Map<SectionKind, Block> blocks) {
        List<Block> present = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            if (blocks.containsKey(kind)) {
                present.add(blocks.get(kind));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < present.size(); i += 2) {
            rows.add(new Row(List.of(present.get(i)), i + 1 < present.size() ? List.of(present.get(i + 1)) : List.of()));
        }
        return rows;
    }

    private static List<Block> pick(Map<SectionKind, Block> blocks, SectionKind... kinds) {
        List<Block> picked = new ArrayList<>();
        for (SectionKind kind : kinds) {
            if (blocks.containsKey(kind)) {
                picked.add(blocks.get(kind));
            }
        }
        return picked;
    }

    private static void addRow(List<Row> rows, List<Block> left, List<Block> right) {
        if (!left.isEmpty() || !right.isEmpty()) {
            rows.add(new Row(left, right));
        }
    }

    /**
     * Zeitraum/Zeitbezug, one aspect per line: "2015–2020", "jährliche Fortschreibung", the note. The
     * usual case (mehrjährig, aktuell) and what the note already says are left out.
     */
    public static String period(Period period) {
        String note = period.note() == null ? "" : period.note().strip();
        String said = note.toLowerCase(Locale.GERMAN);
        List<String> lines = new ArrayList<>();
        if (!period.years().isEmpty()) {
            lines.add(period.years());
        }
        if (period.cycle() != null && period.cycle() != UpdateCycle.MEHRJAEHRIG) {
            String[] cycle = switch (period.cycle()) {
                case EINMALIG -> new String[] {"einmalig", "einmalig"};
                case JAEHRLICH -> new String[] {"jährliche Fortschreibung", "jährlich"};
                case MEHRJAEHRIG -> new String[] {"mehrjährige Fortschreibung", "mehrjährig"};
                case BEI_BEDARF -> new String[] {"Fortschreibung bei Bedarf", "bedarf"};
            };
            if (!said.contains(cycle[1])) {
                lines.add(cycle[0]);
            }
        }
        if (period.state() != null && period.state() != PeriodState.AKTUELL) {
            String[] state = switch (period.state()) {
                case AKTUELL -> new String[] {"aktuell", "aktuell"};
                case IN_BEARBEITUNG -> new String[] {"wird aktuell bearbeitet", "bearbeit"};
                case IN_VORBEREITUNG -> new String[] {"derzeit in Vorbereitung", "vorbereitung"};
                case AUSGELAUFEN -> new String[] {"ausgelaufen", "ausgelaufen"};
            };
            if (!said.contains(state[1])) {
                lines.add(state[0]);
            }
        }
        if (!note.isEmpty()) {
            lines.add(note);
        }
        return String.join("\n", lines);
    }
}
