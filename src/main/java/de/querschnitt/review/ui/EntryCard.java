package de.querschnitt.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.ui.StatusBadge;
import de.querschnitt.review.ReviewEntry;
import de.querschnitt.security.Role;

/** One entry of a unit in a review list: its title, state, what is waiting, and the link to open it. */
final class EntryCard extends Div {

    EntryCard(ReviewEntry entry, Role role) {
        addClassName("qs-entry-card");
        String title = entry.title() != null ? entry.title() : getTranslation("review.instruments.title");
        var heading = new H3(title);
        var badge = StatusBadge.of(entry.status(), getTranslation("enum.ReviewStatus." + entry.status().name()));
        var head = new Div(heading, badge);
        head.addClassName("qs-entry-card-head");
        add(head);
        var asked = new Span(getTranslation("review.short." + (role == Role.DEPARTMENT ? "unit" : "staff") + "."
                + entry.status().name()));
        asked.addClassName("qs-entry-card-asked");
        add(asked);
        var counts = new Div();
        counts.addClassName("qs-entry-card-counts");
        if (entry.unanswered() > 0) {
            counts.add(count("review.count.unanswered", entry.unanswered(), true));
        } else if (entry.openThreads() > 0) {
            counts.add(count("review.count.threads", entry.openThreads(), false));
        }
        if (entry.openCorrections() > 0) {
            counts.add(count(role == Role.DEPARTMENT ? "review.count.corrections.unit" : "review.count.corrections",
                    entry.openCorrections(), role == Role.PLANNER));
        }
        if (counts.getComponentCount() > 0) {
            add(counts);
        }
        boolean yourTurn = role == Role.DEPARTMENT ? entry.status() == ReviewStatus.ZUR_PRUEFUNG
                : entry.status() == ReviewStatus.FREIGEGEBEN;
        var open = new Anchor(link(entry), getTranslation(yourTurn ? "review.open.check" : "review.open.view"));
        open.addClassName("qs-button-link");
        if (!yourTurn) {
            open.addClassName("qs-button-link-secondary");
        }
        open.getElement().setAttribute("aria-label", getTranslation(yourTurn ? "review.open.check" : "review.open.view")
                + ": " + title);
        add(open);
        getElement().setAttribute("data-status", entry.status().name());
    }

    private Span count(String key, int n, boolean attention) {
        var span = new Span(getTranslation(key, n));
        span.addClassName(attention ? "qs-count-attention" : "qs-count");
        return span;
    }

    static String link(ReviewEntry entry) {
        return switch (entry.target()) {
            case SectionOwner.OfProfile p -> Routes.profileEdit(p.profileId());
            case SectionOwner.OfInstruments i -> Routes.instrumentsEdit(i.unitId());
        };
    }
}
