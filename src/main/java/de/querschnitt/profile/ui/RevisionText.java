package de.querschnitt.profile.ui;

import de.querschnitt.profile.ReviewStatus;
import com.vaadin.flow.component.Component;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.audit.Revision;
import de.querschnitt.profile.UpdateCycle;
import java.util.Map;
import java.util.function.Function;

/**
 * A revision as a person reads it. The trail stores field names and enum constants (stable, language
 * free); the history shows their labels in the user's language.
 */
final class RevisionText {

    private static final Map<String, Function<String, Enum<?>>> ENUM_FIELDS = Map.of(
            "kind", ProfileKind::valueOf,
            "planningLevel", PlanningLevel::valueOf,
            "period.cycle", UpdateCycle::valueOf,
            "period.state", PeriodState::valueOf);

    /** section.<KIND>.intro|note|item<n>: written when all sections of a profile are replaced (CSV import). */
    private static final java.util.regex.Pattern REPLACED_SECTION_FIELD =
            java.util.regex.Pattern.compile("section\\.([A-Z]+)\\.(intro|note|item)(\\d*)");

    private RevisionText() {
    }

    /** A whole box as review compares it: section.<KIND>.items, accepted by the planner as one field. */
    private static final java.util.regex.Pattern REVIEW_BOX_FIELD =
            java.util.regex.Pattern.compile("section\\.([A-Z]+)\\.items");

    /** Prefix of the review's acceptance of a correction: accepted.<field>. */
    private static final String ACCEPTED = "accepted.";

    static String field(Component context, Revision revision) {
        if (revision.field().startsWith(ACCEPTED)) {
            return context.getTranslation("field.accepted", field(context, revision.field().substring(ACCEPTED.length())));
        }
        return field(context, revision.field());
    }

    private static String field(Component context, String field) {
        var box = REVIEW_BOX_FIELD.matcher(field);
        if (box.matches()) {
            return Labels.of(context, SectionKind.valueOf(box.group(1)));
        }
        var replaced = REPLACED_SECTION_FIELD.matcher(field);
        if (replaced.matches()) {
            return Labels.of(context, SectionKind.valueOf(replaced.group(1))) + ": "
                    + context.getTranslation("field.replaced." + replaced.group(2), replaced.group(3));
        }
        var section = sectionField(field);
        if (section != null) {
            return context.getTranslation("field.section." + section.part(), Labels.of(context, section.kind()));
        }
        return context.getTranslation("field." + field);
    }

    /** A field of a grid section, stored as "INHALT.item" or "RAUMBEZUG.term". */
    private record SectionField(SectionKind kind, String part) {
    }

    private static SectionField sectionField(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String head = field.substring(0, dot);
        for (SectionKind kind : SectionKind.values()) {
            if (kind.name().equals(head)) {
                return new SectionField(kind, field.substring(dot + 1));
            }
        }
        return null;
    }

    static String value(Component context, Revision revision, String value) {
        if (value != null && revision.field().endsWith(".item.level")) {
            return context.getTranslation("items.level." + value);
        }
        String field = revision.field().startsWith(ACCEPTED) ? revision.field().substring(ACCEPTED.length())
                : revision.field();
        var toEnum = "status".equals(field) ? (Function<String, Enum<?>>) ReviewStatus::valueOf
                : ENUM_FIELDS.get(field);
        if (value == null || toEnum == null) {
            return value == null ? "" : value;
        }
        try {
            return Labels.of(context, toEnum.apply(value));
        } catch (IllegalArgumentException e) {
            // a value from an older version of the vocabulary of constants: show it as stored
            return value;
        }
    }
}
