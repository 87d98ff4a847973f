package de.querschnitt.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.ui.LiveUpdates;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.review.ReviewEntry;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * "Meine Einträge": a department's start page. Its unit's profiles and instruments, what is asked of the
 * unit for each, and how a review works, for somebody who has never used Querschnitt.
 */
@Route(Routes.MY_ENTRIES)
@RolesAllowed(Role.DEPARTMENT_NAME)
public class MyEntriesView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final ReviewService reviews;
    private final Div list = new Div();
    private final Paragraph summary = new Paragraph();

    MyEntriesView(ReviewService reviews, UnitService units, SurveyRoundService rounds, CurrentUser currentUser,
            LiveEdits live) {
        this.reviews = reviews;
        Actor actor = currentUser.require();
        long unitId = Objects.requireNonNull(actor.unitId());
        addClassName("qs-page");
        add(new H1(getTranslation("review.mine.title")));
        String unit = units.find(unitId).map(u -> u.label()).orElse("");
        add(new Paragraph(rounds.current().map(r -> getTranslation("review.mine.subtitle", unit, r.name()))
                .orElse(unit)));
        summary.setId("mine-summary");
        summary.addClassName("qs-review-summary");
        add(summary, help());
        list.addClassName("qs-entry-list");
        list.setId("my-entries");
        add(new H2(getTranslation("review.mine.entries")), list);
        LiveUpdates.onChange(this, live, () -> LiveEdits.unitTopic(unitId), this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // also when the person opens the page again from the menu while on it: the same instance is reused
        render();
    }

    private Div help() {
        var steps = new OrderedList(new ListItem(getTranslation("review.mine.help.1")),
                new ListItem(getTranslation("review.mine.help.2")), new ListItem(getTranslation("review.mine.help.3")),
                new ListItem(getTranslation("review.mine.help.4")));
        var box = new Div(new H2(getTranslation("review.mine.help.title")), steps);
        box.addClassName("qs-help-box");
        return box;
    }

    private void render() {
        List<ReviewEntry> entries = reviews.mine().stream()
                .sorted(Comparator.comparing((ReviewEntry e) -> order(e.status()))).toList();
        long waiting = entries.stream().filter(e -> e.status() == ReviewStatus.ZUR_PRUEFUNG).count();
        int unanswered = entries.stream().mapToInt(ReviewEntry::unanswered).sum();
        summary.setText(entries.isEmpty() ? getTranslation("review.mine.none")
                : getTranslation("review.mine.summary", waiting, unanswered));
        list.removeAll();
        entries.forEach(entry -> list.add(new EntryCard(entry, Role.DEPARTMENT)));
    }

    /** What needs the unit first. */
    private static int order(ReviewStatus status) {
        return switch (status) {
            case ZUR_PRUEFUNG -> 0;
            case FREIGEGEBEN -> 1;
            case ENTWURF -> 2;
            case ABGESCHLOSSEN -> 3;
        };
    }

    @Override
    public String viewTitle() {
        return getTranslation("review.mine.title");
    }
}
