package de.querschnitt.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.UnitOverview;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Start page: the units of the current survey round with their number of planning documents. */
@Route(Routes.UNITS)
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.READER_NAME, Role.DEPARTMENT_NAME})
public class UnitListView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final CurrentUser currentUser;
    final Grid<UnitOverview> grid = new Grid<>();

    UnitListView(UnitService units, SurveyRoundService rounds, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("qs-page");
        add(new H1(getTranslation("units.title")));
        var round = rounds.current();
        add(new Paragraph(round.map(r -> getTranslation("units.round", r.name()))
                .orElse(getTranslation("units.no-round"))));

        grid.addColumn(o -> o.unit().code()).setHeader(getTranslation("unit.code")).setWidth("7rem")
                .setFlexGrow(0).setSortable(true);
        // the name is a real link, so the unit opens by keyboard and screen reader as well as by tapping the row
        grid.addComponentColumn(o -> new Anchor(Routes.unit(o.unit().id()), o.unit().name()))
                .setHeader(getTranslation("unit.name")).setFlexGrow(1)
                .setComparator(o -> o.unit().name()).setSortable(true);
        grid.addColumn(o -> Labels.of(this, o.unit().kind())).setHeader(getTranslation("unit.kind"))
                .setAutoWidth(true);
        grid.addColumn(UnitOverview::profileCount).setHeader(getTranslation("units.profiles")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(o -> "number");
        grid.addColumn(UnitOverview::instrumentCount).setHeader(getTranslation("units.instruments"))
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(o -> "number");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAriaLabel(getTranslation("units.title"));
        List<UnitOverview> items = round.map(SurveyRound::id).map(units::overview).orElse(List.of());
        grid.setItems(items);
        add(grid);
    }

    void open(UnitOverview overview) {
        getUI().ifPresent(ui -> ui.navigate(Routes.unit(overview.unit().id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a department sees one unit only: take them straight to what is asked of them
        currentUser.find().filter(a -> a.role() == Role.DEPARTMENT)
                .ifPresent(a -> event.forwardTo(Routes.MY_ENTRIES));
    }


    @Override
    public String viewTitle() {
        return getTranslation("units.title");
    }
}
