package de.querschnitt.profile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSet;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.security.Role;
import de.querschnitt.security.ui.UnitAccounts;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** A unit's page: its planning documents (as cards to open) and its instruments without a plan. */
@Route(Routes.UNIT + "/:unitId")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.READER_NAME, Role.DEPARTMENT_NAME})
public class UnitView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final UnitService units;
    private final ProfileService profiles;
    private final InstrumentSetService instruments;
    private final SurveyRoundService rounds;
    private final de.querschnitt.security.CurrentUser currentUser;
    private final ObjectProvider<UnitAccounts> unitAccounts;
    private String title = "";

    UnitView(UnitService units, ProfileService profiles, InstrumentSetService instruments, SurveyRoundService rounds,
            de.querschnitt.security.CurrentUser currentUser, ObjectProvider<UnitAccounts> unitAccounts) {
        this.currentUser = currentUser;
        this.unitAccounts = unitAccounts;
        this.units = units;
        this.profiles = profiles;
        this.instruments = instruments;
        this.rounds = rounds;
        addClassName("qs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Unit> unit = RouteIds.read(event, "unitId").flatMap(units::find);
        Optional<SurveyRound> round = rounds.current();
        if (unit.isEmpty() || round.isEmpty()) {
            title = getTranslation("notfound.title");
            add(new NotFound());
            return;
        }
        show(unit.get(), round.get());
    }

    private void show(Unit unit, SurveyRound round) {
        title = unit.label();
        var kind = new Span(Labels.of(this, unit.kind()));
        kind.addClassName("qs-unit-kind");
        add(new H1(unit.label()), kind);
        if (currentUser.find().map(a -> a.role() == Role.PLANNER || a.role() == Role.INTERVIEWER).orElse(false)) {
            var interview = new Anchor(Routes.interviewOf(unit.id()), getTranslation("unit.interview"));
            interview.addClassName("qs-button-link");
            interview.setId("unit-interview");
            add(new Div(interview));
        }
        if (unit.description() != null) {
            add(new Paragraph(unit.description()));
        }

        List<ProfileSummary> summaries = profiles.findByUnit(round.id(), unit.id());
        var documents = new Section(new H2(getTranslation("unit.profiles", summaries.size())));
        documents.addClassName("qs-unit-profiles");
        if (summaries.isEmpty()) {
            documents.add(new Paragraph(getTranslation("unit.profiles.none")));
        }
        var list = new Div();
        list.addClassName("qs-profile-list");
        summaries.forEach(summary -> list.add(profileTile(summary)));
        documents.add(list);
        add(documents);

        instruments.find(round.id(), unit.id()).ifPresent(set -> add(instrumentSection(set)));
        if (currentUser.find().map(a -> a.role() == Role.PLANNER).orElse(false)) {
            add(unitAccounts.getObject().forUnit(unit.id()));
        }
    }

    private Anchor profileTile(ProfileSummary summary) {
        var tile = new Anchor(Routes.profile(summary.id()));
        tile.addClassName("qs-profile-tile");
        var heading = new H3(summary.title());
        tile.add(heading);
        if (summary.documentTitle() != null) {
            var document = new Paragraph(summary.documentTitle());
            document.addClassName("qs-tile-document");
            tile.add(document);
        }
        var meta = new Div(new Span(Labels.of(this, summary.kind())), new Span(PeriodText.of(this, summary.period())),
                StatusBadge.of(summary.status(), Labels.of(this, summary.status())));
        meta.addClassName("qs-meta");
        tile.add(meta);
        return tile;
    }

    private Section instrumentSection(InstrumentSet set) {
        var section = new Section(new H2(getTranslation("unit.instruments")));
        section.addClassName("qs-unit-instruments");
        var grid = new Div();
        grid.addClassName("qs-instrument-grid");
        set.sections().stream().filter(s -> !s.isEmpty())
                .forEach(s -> grid.add(new SectionBox(Labels.of(this, s.kind()), s)));
        section.add(StatusBadge.of(set.status(), Labels.of(this, set.status())));
        var role = currentUser.find().map(a -> a.role()).orElse(Role.READER);
        if (role != Role.READER) {
            var edit = new Anchor(Routes.instrumentsEdit(set.unitId()), getTranslation(
                    set.status().editableBy(role) ? "profile.edit" : "profile.review"));
            edit.addClassName("qs-button-link");
            edit.setId("instruments-edit");
            section.add(edit);
        }
        section.add(grid);
        return section;
    }


    @Override
    public String viewTitle() {
        return title;
    }
}
