package de.querschnitt.profile.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.audit.Revision;
import de.querschnitt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** One profile card, laid out like the seed's annex, with its change history. */
@Route(Routes.PROFILE + "/:profileId")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.READER_NAME, Role.DEPARTMENT_NAME})
public class ProfileView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final ProfileService profiles;
    private final de.querschnitt.security.CurrentUser currentUser;
    private String title = "";

    ProfileView(ProfileService profiles, de.querschnitt.security.CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
        addClassName("qs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var card = RouteIds.read(event, "profileId").flatMap(profiles::findCard);
        card.ifPresentOrElse(this::show, () -> {
            title = getTranslation("notfound.title");
            add(new NotFound());
        });
    }

    private void show(ProfileCard card) {
        title = card.profile().data().title();
        var unitLink = new Anchor(Routes.unit(card.unit().id()), card.unit().label());
        unitLink.addClassName("qs-link");
        var meta = new Div(unitLink,
                StatusBadge.of(card.profile().status(), Labels.of(this, card.profile().status())),
                new Span(Labels.of(this, card.profile().data().kind())),
                new Span(Labels.of(this, card.profile().data().planningLevel())),
                new Span(card.roundName()));
        meta.addClassName("qs-meta");
        var role = currentUser.find().map(a -> a.role()).orElse(Role.READER);
        if (role != Role.READER) {
            // the form with its review head: to edit, or to see the corrections and take the next step
            var edit = new Anchor(Routes.profileEdit(card.profile().id()), getTranslation(
                    card.profile().status().editableBy(role) ? "profile.edit" : "profile.review"));
            edit.addClassName("qs-button-link");
            edit.setId("profile-edit");
            meta.add(edit);
        }
        add(meta, new ProfileCardView(card));
        if (role != Role.READER) {
            add(history(profiles.history(card.profile().id())));
        }
    }


    private Details history(List<Revision> revisions) {
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(de.querschnitt.common.ui.Times.ZONE);
        var grid = new Grid<Revision>();
        grid.addColumn(r -> formatter.format(r.changedAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(r -> r.username() + " (" + getTranslation("role." + r.role()) + ")")
                .setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(r -> RevisionText.field(this, r)).setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(r -> RevisionText.value(this, r, r.oldValue())).setHeader(getTranslation("history.old"));
        grid.addColumn(r -> RevisionText.value(this, r, r.newValue())).setHeader(getTranslation("history.new"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(revisions);
        var details = new Details(getTranslation("history.title", revisions.size()), grid);
        details.addClassName("qs-history");
        return details;
    }


    @Override
    public String viewTitle() {
        return title;
    }
}
