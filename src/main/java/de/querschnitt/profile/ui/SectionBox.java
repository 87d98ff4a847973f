package de.querschnitt.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.TermRef;

/**
 * One box of the profile grid: heading, lead text, bullets with one level of sub-bullets, note. All user
 * text is set as text, never as HTML.
 */
final class SectionBox extends Div {

    SectionBox(String heading, Section section) {
        addClassName("qs-section");
        addClassName("qs-section-" + section.kind().name().toLowerCase(java.util.Locale.ROOT));
        add(new H3(heading));
        if (section.intro() != null && !section.intro().isBlank()) {
            var intro = new Paragraph(section.intro());
            intro.addClassName("qs-section-intro");
            add(intro);
        }
        if (!section.items().isEmpty()) {
            add(bullets(section));
        }
        if (section.note() != null && !section.note().isBlank()) {
            var note = new Paragraph(section.note());
            note.addClassName("qs-section-note");
            add(note);
        }
    }

    private UnorderedList bullets(Section section) {
        var list = new UnorderedList();
        ListItem parent = null;
        UnorderedList subList = null;
        for (SectionItem item : section.items()) {
            var entry = new ListItem(new Span(item.text()));
            // show a linked term only where the wording differs from it
            var linked = item.terms().stream().filter(t -> !t.name().equalsIgnoreCase(item.text().trim())).toList();
            if (!linked.isEmpty()) {
                var terms = new Span();
                terms.addClassName("qs-terms");
                for (TermRef term : linked) {
                    var chip = new Span(term.name());
                    chip.addClassName("qs-term");
                    terms.add(chip);
                }
                entry.add(terms);
            }
            if (item.level() == 1 && parent != null) {
                if (subList == null) {
                    subList = new UnorderedList();
                    subList.addClassName("qs-sub-items");
                    parent.add(subList);
                }
                subList.add(entry);
            } else {
                list.add(entry);
                parent = entry;
                subList = null;
            }
        }
        return list;
    }
}
