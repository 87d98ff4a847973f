package de.querschnitt.profile.ui;

import com.vaadin.flow.component.Component;
import de.querschnitt.audit.Revision;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * A revision as a person reads it. The trail stores field names and enum constants (stable, language
 * free); the history shows their labels in the user's language.
 */
final class RevisionText {

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
        var type = "status".equals(field) ? Optional.<Class<? extends Enum<?>>>of(ReviewStatus.class)
                : ProfileField.ofKey(field).flatMap(ProfileField::choices);
        if (value == null || type.isEmpty()) {
            return value == null ? "" : value;
        }
        boolean known = Arrays.stream(type.get().getEnumConstants()).anyMatch(c -> c.name().equals(value));
        // a value from an older version of the constants is shown as stored
        return known ? context.getTranslation("enum." + type.get().getSimpleName() + "." + value) : value;
    }
}
