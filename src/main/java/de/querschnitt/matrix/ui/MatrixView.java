package de.querschnitt.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.matrix.MatrixFilter;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Units × themes (or × Raumbezug) for the consolidation: the count per cell, selecting a cell lists the profiles
 * and instruments behind it, filters narrow what is counted, and the Kernthemen summary below collects what the
 * planner takes to the council.
 */
@Route(Routes.MATRIX)
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.READER_NAME})
public class MatrixView extends Main implements MainLayout.HasViewTitle, BeforeEnterObserver {

    /** Query parameter naming the survey round, so a matrix of an earlier round can be linked. */
    static final String ROUND_PARAMETER = "erhebung";

    private final MatrixService matrixService;
    private final VocabularyService vocabularyService;
    private final boolean planner;

    final RadioButtonGroup<Vocabulary> vocabulary = new RadioButtonGroup<>();
    final Select<SurveyRound> round = new Select<>();
    final Select<ReviewStatus> status = new Select<>();
    final Select<ProfileKind> kind = new Select<>();
    final Select<PlanningLevel> level = new Select<>();
    final IntegerField threshold = new IntegerField();
    final Paragraph filterNote = new Paragraph();
    final Div proposals = new Div();
    final Span legendCore = new Span();
    final MatrixTable table = new MatrixTable(this::showCell);
    final CellDetails cellDetails = new CellDetails();
    final CoreThemeSummary coreSummary;

    MatrixView(MatrixService matrixService, SurveyRoundService rounds, VocabularyService vocabularyService,
            CurrentUser currentUser) {
        this.matrixService = matrixService;
        this.vocabularyService = vocabularyService;
        this.planner = currentUser.require().role() == Role.PLANNER;
        this.coreSummary = new CoreThemeSummary(planner, this::recordCoreTheme, this::removeCoreTheme);
        addClassName("qs-page");
        addClassName("qs-matrix-page");
        add(new H1(viewTitle()));

        vocabulary.setLabel(getTranslation("matrix.columns"));
        vocabulary.setItems(Vocabulary.THEME, Vocabulary.SPACE);
        vocabulary.setItemLabelGenerator(v -> Labels.of(this, v));
        vocabulary.setValue(Vocabulary.THEME);
        round.setLabel(getTranslation("matrix.filter.round"));
        round.setItems(rounds.findAll());
        round.setItemLabelGenerator(SurveyRound::name);
        rounds.current().ifPresent(round::setValue);
        filter(status, "matrix.filter.status", ReviewStatus.values());
        filter(kind, "matrix.filter.kind", ProfileKind.values());
        filter(level, "matrix.filter.level", PlanningLevel.values());
        threshold.setLabel(getTranslation("matrix.threshold"));
        threshold.setTooltipText(getTranslation("matrix.threshold.help"));
        threshold.setMin(1);
        threshold.setMax(999);
        threshold.setStepButtonsVisible(true);
        threshold.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("matrix.error.threshold"))
                .setMaxErrorMessage(getTranslation("matrix.error.threshold"))
                .setBadInputErrorMessage(getTranslation("matrix.error.threshold")));
        threshold.setValue(MatrixService.DEFAULT_CORE_THRESHOLD);
        vocabulary.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        threshold.addValueChangeListener(e -> refresh());

        var controls = new Div(vocabulary, round, status, kind, level, threshold);
        controls.addClassName("qs-matrix-controls");
        filterNote.addClassName("qs-filter-note");
        proposals.addClassName("qs-matrix-proposals");
        add(controls, filterNote, proposals, legend(), table, cellDetails, coreSummary);
        refresh();
    }

    @SafeVarargs
    private <T extends Enum<T>> void filter(Select<T> select, String labelKey, T... values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("matrix.filter.all"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("matrix.filter.all") : Labels.of(this, v));
        select.addValueChangeListener(e -> refresh());
    }

    private Div legend() {
        legendCore.addClassName("qs-legend-core");
        var gap = new Span(getTranslation("matrix.legend.gap"));
        gap.addClassName("qs-legend-gap");
        var cell = new Span(getTranslation("matrix.legend.cell"));
        cell.addClassName("qs-legend-cell");
        var legend = new Div(legendCore, gap, cell);
        legend.addClassName("qs-legend");
        return legend;
    }

    MatrixFilter currentFilter() {
        return new MatrixFilter(status.getValue(), kind.getValue(), level.getValue());
    }

    void refresh() {
        cellDetails.clear();
        if (round.getValue() == null) {
            table.removeAll();
            coreSummary.removeAll();
            return;
        }
        Integer n = threshold.getValue();
        if (n == null || n < 1) {
            // keep the last valid matrix rather than show one that does not match the field
            threshold.setInvalid(true);
            threshold.setErrorMessage(getTranslation("matrix.error.threshold"));
            return;
        }
        threshold.setInvalid(false);
        MatrixFilter filter = currentFilter();
        filterNote.setText(filter.onlyProfiles() ? getTranslation("matrix.filter.profiles-only") : "");
        filterNote.setVisible(filter.onlyProfiles());
        legendCore.setText(getTranslation("matrix.legend.core.n", n));
        ThemeMatrix matrix = matrixService.matrix(round.getValue().id(), vocabulary.getValue(), n, filter);
        table.show(matrix, getTranslation("matrix.title"));
        showProposals();
        coreSummary.show(matrix, vocabulary.getValue() == Vocabulary.THEME
                ? matrixService.coreThemes(round.getValue().id()) : null);
    }

    private void showProposals() {
        proposals.removeAll();
        int waiting = planner ? vocabularyService.countProposed(vocabulary.getValue()) : 0;
        proposals.setVisible(waiting > 0);
        if (waiting > 0) {
            proposals.add(new Span(getTranslation("matrix.proposals", waiting) + " "),
                    new Anchor(Routes.VOCABULARY, getTranslation("matrix.proposals.link")));
        }
    }

    private void showCell(MatrixTable.Cell cell) {
        cellDetails.show(cell);
    }

    private void recordCoreTheme(Term term) {
        matrixService.recordCoreTheme(round.getValue().id(), term.id());
        refresh();
    }

    private void removeCoreTheme(Term term) {
        matrixService.removeCoreTheme(round.getValue().id(), term.id());
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ROUND_PARAMETER).ifPresent(value ->
                round.getListDataView().getItems().filter(r -> Long.toString(r.id()).equals(value)).findFirst()
                        .ifPresent(round::setValue));
    }

    @Override
    public String viewTitle() {
        return getTranslation("matrix.title");
    }
}
