package de.querschnitt.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionKind;
import java.util.List;

/**
 * A profile card in the grid of the seed's annex: a left column with title, document title and
 * Zeitraum; then Einordnung | Grundlage, Raumbezug | Inhalt, Steuerungsinstrumente/Sonstiges |
 * Übergeordnete Themen. On narrow screens the boxes stack (CSS).
 */
final class ProfileCardView extends Div {

    ProfileCardView(ProfileCard card) {
        addClassName("qs-card");
        ProfileData data = card.profile().data();

        var title = new H2(data.title());
        title.addClassName("qs-card-title");
        var identity = new Div(title);
        identity.addClassName("qs-card-identity");
        if (data.documentTitle() != null) {
            var documentTitle = new Paragraph(data.documentTitle());
            documentTitle.addClassName("qs-card-document");
            identity.add(documentTitle);
        }
        var unit = new Paragraph(card.unit().label());
        unit.addClassName("qs-card-unit");
        identity.add(unit);
        add(identity);

        var period = new Div();
        period.addClassName("qs-card-period");
        var periodLabel = new Span(getTranslation("profile.period"));
        periodLabel.addClassName("qs-label");
        period.add(periodLabel, new Paragraph(PeriodText.of(this, data.period())));
        if (data.period().note() != null) {
            var note = new Paragraph(data.period().note());
            note.addClassName("qs-card-period-note");
            period.add(note);
        }
        add(period);

        add(cell("qs-cell-einordnung", card, SectionKind.EINORDNUNG));
        add(cell("qs-cell-grundlage", card, SectionKind.GRUNDLAGE));
        add(cell("qs-cell-raumbezug", card, SectionKind.RAUMBEZUG));
        add(cell("qs-cell-inhalt", card, SectionKind.INHALT));
        add(cell("qs-cell-steuerung", card, SectionKind.STEUERUNG, SectionKind.SONSTIGES));
        add(cell("qs-cell-themen", card, SectionKind.THEMEN));
    }

    private Div cell(String className, ProfileCard card, SectionKind... kinds) {
        var cell = new Div();
        cell.addClassName("qs-card-cell");
        cell.addClassName(className);
        List<Section> present = java.util.Arrays.stream(kinds).flatMap(k -> card.section(k).stream())
                .filter(s -> !s.isEmpty()).toList();
        if (present.isEmpty()) {
            cell.addClassName("qs-card-cell-empty");
            // show the empty box with its heading, as the paper does, so gaps in a profile are visible
            var heading = new Span(Labels.of(this, kinds[0]));
            heading.addClassName("qs-empty-heading");
            cell.add(heading, new Span(getTranslation("profile.section.empty")));
        }
        present.forEach(section -> cell.add(new SectionBox(Labels.of(this, section.kind()), section)));
        return cell;
    }
}
