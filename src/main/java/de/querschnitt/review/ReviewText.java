package de.querschnitt.review;

import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.TermRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An entry as the fields that review compares: the master data fields by their revision keys
 * ({@code title}, {@code period.from}, …) and, per box, {@code section.<KIND>.intro}, {@code .items} (one
 * line per item, sub-items indented, linked terms in brackets) and {@code .note}.
 */
public final class ReviewText {

    static final String SECTION = "section.";
    static final String SUB_ITEM = "    – ";
    static final String ITEM = "• ";

    private ReviewText() {
    }

    public static Map<String, @Nullable String> of(ProfileData data, List<Section> sections) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            fields.put(field.key(), field.text(data));
        }
        fields.putAll(of(sections));
        return fields;
    }

    public static Map<String, @Nullable String> of(List<Section> sections) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        for (SectionKind kind : SectionKind.values()) {
            var section = sections.stream().filter(s -> s.kind() == kind).findFirst();
            fields.put(key(kind, "intro"), section.map(Section::intro).map(ReviewText::blankToNull).orElse(null));
            fields.put(key(kind, "items"), section.map(s -> items(s.items())).orElse(null));
            fields.put(key(kind, "note"), section.map(Section::note).map(ReviewText::blankToNull).orElse(null));
        }
        return fields;
    }

    public static String key(SectionKind kind, String part) {
        return SECTION + kind.name() + "." + part;
    }

    /** The box a field belongs to, or empty for a master data field. */
    public static java.util.Optional<SectionKind> sectionOf(String field) {
        if (!field.startsWith(SECTION)) {
            return java.util.Optional.empty();
        }
        String kind = field.substring(SECTION.length(), field.lastIndexOf('.'));
        return java.util.Optional.of(SectionKind.valueOf(kind));
    }

    private static @Nullable String items(List<SectionItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.stream().map(ReviewText::line).collect(Collectors.joining("\n"));
    }

    private static String line(SectionItem item) {
        String text = item.text().strip().replace('\n', ' ');
        List<String> names = item.terms().stream().map(TermRef::name).toList();
        boolean termIsText = names.size() == 1 && names.getFirst().equalsIgnoreCase(text);
        String terms = names.isEmpty() || termIsText ? "" : " [" + String.join("; ", names) + "]";
        return (item.level() == 1 ? SUB_ITEM : ITEM) + text + terms;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
