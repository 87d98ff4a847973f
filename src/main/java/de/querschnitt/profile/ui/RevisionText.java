package de.querschnitt.profile.ui;

import com.vaadin.flow.component.Component;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.Revision;
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

    private static final java.util.regex.Pattern SECTION_FIELD =
            java.util.regex.Pattern.compile("section\\.([A-Z]+)\\.(intro|note|item)(\\d*)");

    private RevisionText() {
    }

    static String field(Component context, Revision revision) {
        var section = SECTION_FIELD.matcher(revision.field());
        if (section.matches()) {
            // section.<KIND>.intro|note|item<n>: written when all sections of a profile are replaced (CSV import)
            return Labels.of(context, de.querschnitt.profile.SectionKind.valueOf(section.group(1))) + ": "
                    + context.getTranslation("field.section." + section.group(2), section.group(3));
        }
        return context.getTranslation("field." + revision.field());
    }

    static String value(Component context, Revision revision, String value) {
        var toEnum = ENUM_FIELDS.get(revision.field());
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
