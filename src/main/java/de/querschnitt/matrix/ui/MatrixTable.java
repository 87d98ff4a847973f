package de.querschnitt.matrix.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.matrix.MatrixEntry;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.vocabulary.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The matrix as a plain HTML table inside its own scroll box: the box scrolls both ways, the page never sideways;
 * the term headers stick to the top, the unit names to the left and the column totals to the bottom (CSS
 * {@code position: sticky}). A table rather than a Grid: 40 × 40 cells stay light on a tablet, and the headers
 * can be turned upright so that a column is only a touch target wide.
 */
class MatrixTable extends Div {

    /** A selected cell: what the drill-down shows. */
    record Cell(Unit unit, Term term, List<MatrixEntry> entries) {
    }

    private final Map<String, NativeButton> buttons = new HashMap<>();
    private final Consumer<Cell> onSelect;
    private NativeButton selected;

    MatrixTable(Consumer<Cell> onSelect) {
        this.onSelect = onSelect;
        addClassName("qs-matrix-scroll");
        setId("matrix");
        // the scroll box must be reachable and scrollable by keyboard
        getElement().setAttribute("tabindex", "0");
    }

    void show(ThemeMatrix matrix, String caption) {
        removeAll();
        buttons.clear();
        selected = null;
        getElement().setAttribute("aria-label", caption);
        var table = new NativeTable();
        table.addClassName("qs-matrix");

        var head = new NativeTableRow();
        var corner = new NativeTableHeaderCell(getTranslation("matrix.unit"));
        corner.addClassName("qs-matrix-corner");
        head.add(corner);
        for (Term term : matrix.terms()) {
            head.add(termHeader(matrix, term));
        }
        var totalHeader = new NativeTableHeaderCell(getTranslation("matrix.total"));
        totalHeader.addClassName("qs-matrix-total");
        totalHeader.setTitle(getTranslation("matrix.row.total"));
        head.add(totalHeader);
        var header = new NativeTableHeader();
        header.addRows(head);

        var body = new NativeTableBody();
        for (Unit unit : matrix.units()) {
            body.addRows(unitRow(matrix, unit));
        }

        var foot = new NativeTableRow();
        var label = new NativeTableHeaderCell(getTranslation("matrix.units-per-term"));
        label.getElement().setAttribute("scope", "row");
        foot.add(label);
        for (Term term : matrix.terms()) {
            var count = new NativeTableCell(Integer.toString(matrix.unitsCovering(term.id())));
            count.addClassName(marker(matrix, term));
            foot.add(count);
        }
        foot.add(new NativeTableCell(Integer.toString(matrix.entries().size())));
        var footer = new NativeTableFooter();
        footer.addRows(foot);

        table.add(header, body, footer);
        add(table);
    }

    private NativeTableHeaderCell termHeader(ThemeMatrix matrix, Term term) {
        var name = new Span(term.name());
        name.addClassName("qs-matrix-header");
        var cell = new NativeTableHeaderCell(name);
        cell.getElement().setAttribute("scope", "col");
        cell.addClassName("qs-term-header");
        String marker = marker(matrix, term);
        cell.addClassName(marker);
        String title = getTranslation("matrix.header.title", term.name(), matrix.unitsCovering(term.id()));
        if (marker.equals("qs-core")) {
            title += " – " + getTranslation("matrix.legend.core");
        } else if (marker.equals("qs-gap")) {
            title += " – " + getTranslation("matrix.legend.gap");
        }
        cell.setTitle(term.description() == null ? title : title + "\n" + term.description());
        return cell;
    }

    private static String marker(ThemeMatrix matrix, Term term) {
        return matrix.isCore(term.id()) ? "qs-core" : matrix.isGap(term.id()) ? "qs-gap" : "qs-plain";
    }

    private NativeTableRow unitRow(ThemeMatrix matrix, Unit unit) {
        var row = new NativeTableRow();
        var code = new Anchor(Routes.unit(unit.id()), unit.code());
        code.addClassName("qs-matrix-unit-code");
        var name = new Span(unit.name());
        name.addClassName("qs-matrix-unit-name");
        name.setTitle(unit.name());
        var rowHeader = new NativeTableHeaderCell(code, name);
        rowHeader.getElement().setAttribute("scope", "row");
        row.add(rowHeader);
        for (Term term : matrix.terms()) {
            List<MatrixEntry> entries = matrix.cell(unit.id(), term.id());
            var cell = new NativeTableCell();
            if (entries.isEmpty()) {
                cell.addClassName("qs-empty");
            } else {
                var button = new NativeButton(Integer.toString(entries.size()));
                button.addClassName("qs-cell-button");
                button.getElement().setAttribute("aria-label",
                        getTranslation("matrix.cell.label", unit.label(), term.name(), entries.size()));
                button.addClickListener(e -> select(button, new Cell(unit, term, entries)));
                buttons.put(unit.id() + ":" + term.id(), button);
                cell.add(button);
            }
            row.add(cell);
        }
        var total = new NativeTableCell(Integer.toString(matrix.termsCoveredBy(unit.id())));
        total.addClassName("qs-matrix-total");
        row.add(total);
        return row;
    }

    private void select(NativeButton button, Cell cell) {
        if (selected != null) {
            selected.removeClassName("qs-selected");
            selected.getElement().removeAttribute("aria-pressed");
        }
        selected = button;
        button.addClassName("qs-selected");
        button.getElement().setAttribute("aria-pressed", "true");
        onSelect.accept(cell);
    }

    /** The button of a non-empty cell. */
    Optional<NativeButton> cell(long unitId, long termId) {
        return Optional.ofNullable(buttons.get(unitId + ":" + termId));
    }
}
