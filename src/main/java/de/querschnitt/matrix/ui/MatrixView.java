package de.querschnitt.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.matrix.MatrixEntry;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * Units × themes (or × Raumbezug): the count per cell; selecting a cell lists the profiles and
 * instruments behind it. Columns shared by many units are marked as Kernthemen, columns with at most one
 * unit as gaps.
 */
@Route(Routes.MATRIX)
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME, Role.READER_NAME})
public class MatrixView extends Main implements MainLayout.HasViewTitle {

    private final MatrixService matrixService;
    private final Optional<SurveyRound> round;

    final RadioButtonGroup<Vocabulary> vocabulary = new RadioButtonGroup<>();
    final IntegerField threshold = new IntegerField();
    final Grid<Unit> grid = new Grid<>();
    final Div cellDetails = new Div();
    final Div coreSummary = new Div();

    MatrixView(MatrixService matrixService, SurveyRoundService rounds) {
        this.matrixService = matrixService;
        this.round = rounds.current();
        addClassName("qs-page");
        addClassName("qs-matrix-page");
        add(new H1(viewTitle()));
        round.ifPresent(r -> add(new Paragraph(getTranslation("units.round", r.name()))));

        vocabulary.setLabel(getTranslation("matrix.columns"));
        vocabulary.setItems(Vocabulary.THEME, Vocabulary.SPACE);
        vocabulary.setItemLabelGenerator(v -> Labels.of(this, v));
        vocabulary.setValue(Vocabulary.THEME);
        threshold.setLabel(getTranslation("matrix.threshold"));
        threshold.setHelperText(getTranslation("matrix.threshold.help"));
        threshold.setMin(1);
        threshold.setMax(999);
        threshold.setStepButtonsVisible(true);
        threshold.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("matrix.error.threshold"))
                .setMaxErrorMessage(getTranslation("matrix.error.threshold"))
                .setBadInputErrorMessage(getTranslation("matrix.error.threshold")));
        threshold.setValue(MatrixService.DEFAULT_CORE_THRESHOLD);
        vocabulary.addValueChangeListener(e -> refresh());
        threshold.addValueChangeListener(e -> refresh());
        var controls = new Div(vocabulary, threshold);
        controls.addClassName("qs-matrix-controls");

        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("qs-matrix");
        grid.setAriaLabel(getTranslation("matrix.title"));
        cellDetails.addClassName("qs-cell-details");
        cellDetails.setId("cell-details");
        coreSummary.addClassName("qs-core-summary");
        add(controls, legend(), grid, cellDetails, coreSummary);
        refresh();
    }

    private Div legend() {
        var core = new Span(getTranslation("matrix.legend.core"));
        core.addClassName("qs-legend-core");
        var gap = new Span(getTranslation("matrix.legend.gap"));
        gap.addClassName("qs-legend-gap");
        var legend = new Div(core, gap);
        legend.addClassName("qs-legend");
        return legend;
    }

    void refresh() {
        grid.removeAllColumns();
        cellDetails.removeAll();
        coreSummary.removeAll();
        if (round.isEmpty()) {
            return;
        }
        Integer n = threshold.getValue();
        if (n == null || n < 1) {
            // keep the last valid matrix out of view rather than show one that does not match the field
            threshold.setInvalid(true);
            threshold.setErrorMessage(getTranslation("matrix.error.threshold"));
            return;
        }
        threshold.setInvalid(false);
        ThemeMatrix matrix = matrixService.matrix(round.get().id(), vocabulary.getValue(), n);
        grid.addColumn(Unit::label).setHeader(getTranslation("matrix.unit")).setFrozen(true).setWidth("14rem")
                .setFlexGrow(0);
        var footer = grid.appendFooterRow();
        footer.getCell(grid.getColumns().getFirst()).setText(getTranslation("matrix.units-per-term"));
        for (Term term : matrix.terms()) {
            var header = new Span(term.name());
            header.addClassName("qs-matrix-header");
            header.setTitle(term.description() == null ? term.name() : term.description());
            String marker = matrix.isCore(term.id()) ? "core" : matrix.isGap(term.id()) ? "gap" : "";
            var column = grid.addComponentColumn(unit -> cellButton(matrix, unit, term))
                    .setHeader(header).setWidth("8.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER)
                    .setPartNameGenerator(unit -> marker.isEmpty() ? null : marker);
            column.setKey("term-" + term.id());
            footer.getCell(column).setText(Integer.toString(matrix.unitsCovering(term.id())));
        }
        var total = grid.addColumn(unit -> matrix.termsCoveredBy(unit.id())).setHeader(getTranslation("matrix.total"))
                .setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
        footer.getCell(total).setText(Integer.toString(matrix.entries().size()));
        grid.setItems(matrix.units());
        grid.setAllRowsVisible(true);
        showCoreSummary(matrix);
    }

    private com.vaadin.flow.component.Component cellButton(ThemeMatrix matrix, Unit unit, Term term) {
        List<MatrixEntry> entries = matrix.cell(unit.id(), term.id());
        if (entries.isEmpty()) {
            var empty = new Span("·");
            empty.getElement().setAttribute("aria-label", getTranslation("matrix.cell.empty"));
            return empty;
        }
        var button = new Button(Integer.toString(entries.size()), e -> showCell(unit, term, entries));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("qs-cell-button");
        button.setAriaLabel(getTranslation("matrix.cell.label", unit.label(), term.name(), entries.size()));
        return button;
    }

    void showCell(Unit unit, Term term, List<MatrixEntry> entries) {
        cellDetails.removeAll();
        cellDetails.add(new H2(unit.label() + " × " + term.name()));
        var list = new UnorderedList();
        for (MatrixEntry entry : entries) {
            var link = entry.isProfile()
                    ? new Anchor(Routes.profile(entry.profileId()), entry.title())
                    : new Anchor(Routes.unit(entry.unitId()), getTranslation("matrix.instruments-of", unit.code()));
            list.add(new ListItem(link));
        }
        cellDetails.add(list);
        // on a tablet the list lies below the matrix: bring it into view
        cellDetails.scrollIntoView();
    }

    private void showCoreSummary(ThemeMatrix matrix) {
        coreSummary.add(new H2(getTranslation("matrix.core.title", matrix.coreThreshold())));
        var list = new UnorderedList();
        matrix.terms().stream().filter(t -> matrix.isCore(t.id())).forEach(term -> {
            String unitsText = String.join(", ", matrix.units().stream()
                    .filter(u -> !matrix.cell(u.id(), term.id()).isEmpty()).map(Unit::code).toList());
            list.add(new ListItem(term.name() + " (" + matrix.unitsCovering(term.id()) + "): " + unitsText));
        });
        if (list.getChildren().findAny().isEmpty()) {
            coreSummary.add(new Paragraph(getTranslation("matrix.core.none")));
        } else {
            coreSummary.add(list);
        }
        if (vocabulary.getValue() == Vocabulary.THEME) {
            List<Term> recorded = matrixService.coreThemes(round.orElseThrow().id());
            if (!recorded.isEmpty()) {
                coreSummary.add(new Paragraph(getTranslation("matrix.core.recorded",
                        String.join(", ", recorded.stream().map(Term::name).toList()))));
            }
        }
    }


    @Override
    public String viewTitle() {
        return getTranslation("matrix.title");
    }
}
