package de.querschnitt.exchange;

import de.querschnitt.profile.Period;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cells of a profile row, shared by the export and by the import's comparison with what is stored. */
final class ProfileCells {

    private ProfileCells() {
    }

    static List<String> row(ProfileCard card) {
        List<String> cells = new ArrayList<>();
        cells.add(card.roundName());
        cells.add(card.unit().code());
        cells.addAll(master(card.profile().data()).values());
        cells.add(card.profile().status().name());
        cells.addAll(sections(card.sections()).values());
        return cells;
    }

    /** The master-data columns and their text, in header order. */
    static Map<String, String> master(ProfileData data) {
        Period period = data.period();
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Columns.TITLE, text(data.title()));
        cells.put(Columns.DOCUMENT_TITLE, text(data.documentTitle()));
        cells.put(Columns.KIND, text(data.kind()));
        cells.put(Columns.LEVEL, text(data.planningLevel()));
        cells.put(Columns.FROM, text(period.from()));
        cells.put(Columns.TO, text(period.to()));
        cells.put(Columns.CYCLE, text(period.cycle()));
        cells.put(Columns.STATE, text(period.state()));
        cells.put(Columns.PERIOD_NOTE, text(period.note()));
        return cells;
    }

    /** The section columns and their text, in grid order; a missing section is an empty cell. */
    static Map<String, String> sections(List<Section> sections) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (SectionKind kind : SectionKind.values()) {
            Optional<Section> section = sections.stream().filter(s -> s.kind() == kind).findFirst();
            cells.put(Columns.SECTIONS.get(kind), section.map(SectionText::format).orElse(""));
        }
        return cells;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString().strip();
    }
}
