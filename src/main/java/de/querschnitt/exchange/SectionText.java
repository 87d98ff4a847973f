package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.TermRef;
import de.querschnitt.vocabulary.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One grid section as the text of one cell: the lead text, then one line per item ({@code • } for items,
 * {@code   ◦ } for sub-items, further lines of an item indented), then {@code Anmerkung: } and the note. In
 * Raumbezug and Übergeordnete Themen an item names the vocabulary terms it links to in brackets at its end
 * ({@code soziale Integration [Integration; Sozialraumbezug/Quartiersarbeit]}), unless its text is the
 * term's name; {@code []} marks free text without a link. See docs/csv-format.md.
 */
final class SectionText {

    static final String ITEM = "• ";
    static final String SUB_ITEM = "  ◦ ";
    static final String CONTINUATION = "    ";
    static final String NOTE = "Anmerkung: ";

    private static final Pattern BULLET = Pattern.compile("^(\\s*)([•◦*\\-–])\\s+(.*)$");
    private static final Pattern TERMS = Pattern.compile("\\s*\\[([^\\[\\]]*)]\\s*$");

    /** A parsed cell: the section, or the problems found in it. */
    record Parsed(@Nullable SectionData data, @Nullable Section section, List<UserError> problems) {
    }

    private SectionText() {
    }

    static String format(Section section) {
        List<String> lines = new ArrayList<>();
        if (section.intro() != null && !section.intro().isBlank()) {
            lines.add(section.intro().strip());
        }
        boolean linked = section.kind().vocabulary().isPresent();
        for (SectionItem item : section.items()) {
            String text = item.text().strip().replace("\r\n", "\n").replace("\n", "\n" + CONTINUATION);
            if (linked && !namesItsOnlyTerm(item)) {
                text += " [" + String.join("; ", item.terms().stream().map(TermRef::name).toList()) + "]";
            }
            lines.add((item.level() == 0 ? ITEM : SUB_ITEM) + text);
        }
        if (section.note() != null && !section.note().isBlank()) {
            lines.add(NOTE + section.note().strip());
        }
        return String.join("\n", lines);
    }

    private static boolean namesItsOnlyTerm(SectionItem item) {
        return item.terms().size() == 1 && item.terms().getFirst().name().equals(item.text().strip())
                && !item.text().strip().endsWith("]");
    }

    /**
     * Reads a cell back.
     *
     * @param terms the accepted terms of the section's vocabulary by lower-case name and synonym (empty for
     *        sections without one)
     */
    static Parsed parse(SectionKind kind, String cell, Map<String, Term> terms, String vocabularyLabel) {
        String intro = null;
        String note = null;
        List<String[]> items = new ArrayList<>();
        List<String> introLines = new ArrayList<>();
        List<String> noteLines = null;
        for (String line : cell.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (noteLines != null) {
                noteLines.add(line);
                continue;
            }
            if (line.startsWith(NOTE.strip())) {
                noteLines = new ArrayList<>();
                noteLines.add(line.substring(NOTE.strip().length()));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                boolean sub = !bullet.group(1).isEmpty() || bullet.group(2).equals("◦");
                items.add(new String[] {sub ? "1" : "0", bullet.group(3)});
            } else if (items.isEmpty()) {
                introLines.add(line);
            } else if (!line.isBlank()) {
                String[] last = items.getLast();
                last[1] = last[1] + "\n" + line.strip();
            }
        }
        String joinedIntro = String.join("\n", introLines).strip();
        intro = joinedIntro.isEmpty() ? null : joinedIntro;
        if (noteLines != null) {
            String joinedNote = String.join("\n", noteLines).strip();
            note = joinedNote.isEmpty() ? null : joinedNote;
        }
        List<UserError> problems = new ArrayList<>();
        List<SectionData.Item> dataItems = new ArrayList<>();
        List<SectionItem> sectionItems = new ArrayList<>();
        for (String[] raw : items) {
            int level = Integer.parseInt(raw[0]);
            String text = raw[1].strip();
            List<Term> linked = new ArrayList<>();
            if (kind.vocabulary().isPresent()) {
                Matcher bracket = TERMS.matcher(text);
                List<String> names;
                if (bracket.find()) {
                    text = text.substring(0, bracket.start()).strip();
                    names = List.of(bracket.group(1).split(";")).stream().map(String::strip)
                            .filter(s -> !s.isEmpty()).toList();
                } else {
                    names = List.of(text);
                }
                for (String name : names) {
                    Term term = terms.get(name.toLowerCase(java.util.Locale.ROOT));
                    if (term == null) {
                        problems.add(names.size() == 1 && name.equals(text)
                                ? new UserError("exchange.error.item-not-a-term", name, vocabularyLabel)
                                : new UserError("exchange.error.unknown-term", name, vocabularyLabel));
                    } else if (!linked.contains(term)) {
                        linked.add(term);
                    }
                }
            }
            dataItems.add(new SectionData.Item(level, text, linked.stream().map(Term::id).toList()));
            sectionItems.add(new SectionItem(0, level, text,
                    linked.stream().map(t -> new TermRef(t.id(), t.name())).toList()));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, null, problems);
        }
        return new Parsed(new SectionData(kind, intro, dataItems, note),
                new Section(kind, intro, sectionItems, note), List.of());
    }
}
