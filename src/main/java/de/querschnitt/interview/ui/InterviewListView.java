package de.querschnitt.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.interview.InterviewSummary;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The interviews of the current round: which are planned, running, captured; start or resume one. */
@Route(Routes.INTERVIEWS)
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME})
public class InterviewListView extends Main implements MainLayout.HasViewTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final InterviewService interviews;
    private final UnitService units;
    private final Grid<InterviewSummary> grid = new Grid<>();
    private final SurveyRound round;

    InterviewListView(InterviewService interviews, UnitService units, SurveyRoundService rounds) {
        this.interviews = interviews;
        this.units = units;
        addClassName("qs-page");
        round = rounds.current().orElse(null);
        // the page's heading is its level-one heading, as on every other page
        var heading = new H1(getTranslation("interviews.title"));
        if (round == null) {
            add(heading, new Paragraph(getTranslation("round.none")));
            return;
        }
        var intro = new Paragraph(getTranslation("interviews.intro", round.name()));
        var start = new Button(getTranslation("interviews.start"), VaadinIcon.PLUS.create(), e -> startDialog());
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("interview-start");
        var bar = new Div(heading, start);
        bar.addClassName("qs-toolbar");

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // a link per row: opens the interview by touch, mouse or keyboard (Tab, Enter)
        grid.addComponentColumn(s -> {
            var link = new com.vaadin.flow.component.html.Anchor(Routes.interview(s.id()), s.unitLabel());
            link.getElement().setAttribute("aria-label", getTranslation("interviews.open", s.unitLabel()));
            link.addClassName("qs-grid-link");
            return link;
        }).setHeader(getTranslation("interviews.unit")).setFlexGrow(4);
        grid.addColumn(s -> s.date() == null ? "" : dates.format(s.date())).setHeader(getTranslation("interview.date"))
                .setFlexGrow(1);
        grid.addComponentColumn(s -> {
            var badge = new Span(Labels.of(this, s.status()));
            badge.addClassName("qs-status");
            badge.getElement().setAttribute("data-status", s.status().name());
            return badge;
        }).setHeader(getTranslation("interview.status")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("interviews.progress", s.stepsComplete(), s.steps()))
                .setHeader(getTranslation("interviews.progress.header")).setFlexGrow(1);
        grid.addColumn(s -> s.interviewer() == null ? "" : s.interviewer())
                .setHeader(getTranslation("interview.interviewer")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("qs-interview-grid");
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("interviews.empty"));
        grid.setAriaLabel(getTranslation("interviews.title"));
        add(bar, intro, grid);
        refresh();
    }

    /** {@code interviews?einheit=<id>} (from a unit's page) starts or resumes that unit's interview. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var unitParameter = event.getLocation().getQueryParameters().getSingleParameter("einheit");
        if (round == null || unitParameter.isEmpty()) {
            return;
        }
        try {
            // an id that is no id (letters, overflow) is an unknown unit
            long unitId = de.querschnitt.common.ui.RouteIds.parse(unitParameter.get()).orElse(0L);
            event.forwardTo(Routes.interview(interviews.start(round.id(), unitId)));
        } catch (UserError e) {
            // an unknown or foreign unit: the list, as if nothing had been asked
        }
    }

    private void refresh() {
        grid.setItems(interviews.list(round.id()));
    }

    private void open(long interviewId) {
        getUI().ifPresent(ui -> ui.navigate(Routes.interview(interviewId)));
    }

    private void startDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("interviews.start"));
        dialog.setWidth("min(36rem, 95vw)");
        Set<Long> started = interviews.list(round.id()).stream().map(InterviewSummary::unitId)
                .collect(Collectors.toSet());
        List<Unit> open = units.findAll().stream().filter(u -> !started.contains(u.id())).toList();
        var unit = new ComboBox<Unit>(getTranslation("interviews.unit"));
        unit.setItems(open);
        unit.setItemLabelGenerator(Unit::label);
        unit.setWidthFull();
        unit.setId("interview-unit");
        unit.setHelperText(getTranslation("interviews.start.help"));
        dialog.add(unit);
        var ok = new Button(getTranslation("interviews.start.ok"), e -> {
            if (unit.getValue() == null) {
                unit.setErrorMessage(getTranslation("interviews.error.unit"));
                unit.setInvalid(true);
                return;
            }
            try {
                long id = interviews.start(round.id(), unit.getValue().id());
                dialog.close();
                open(id);
            } catch (UserError error) {
                ErrorMessages.show(this, error);
            }
        });
        ok.setId("interview-start-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        // keyboard users start in the field the dialog asks for
        unit.focus();
    }

    @Override
    public String viewTitle() {
        return getTranslation("interviews.title");
    }
}
