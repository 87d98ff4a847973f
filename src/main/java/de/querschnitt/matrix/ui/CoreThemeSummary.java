package de.querschnitt.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.vocabulary.Term;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Schnittstellen und Kernthemen", as the seed's annex ends: the themes the planner has recorded for the round,
 * each with the units that share it, and the themes the matrix suggests (shared by at least N units) that are not
 * recorded yet. The planner records and removes them here.
 */
class CoreThemeSummary extends Div {

    private final boolean mayDecide;
    private final Consumer<Term> record;
    private final Consumer<Term> remove;

    CoreThemeSummary(boolean mayDecide, Consumer<Term> record, Consumer<Term> remove) {
        this.mayDecide = mayDecide;
        this.record = record;
        this.remove = remove;
        addClassName("qs-core-summary");
        setId("core-summary");
    }

    /** @param recorded the recorded core themes, or null where none can be recorded (Raumbezug) */
    void show(ThemeMatrix matrix, List<Term> recorded) {
        removeAll();
        add(new H2(getTranslation("matrix.core.summary")));
        boolean canRecord = mayDecide && recorded != null;
        if (recorded != null) {
            add(new H3(getTranslation("matrix.core.recorded.title")));
            add(list(matrix, recorded, true, canRecord, "matrix.core.recorded.none"));
        }
        List<Term> candidates = matrix.coreTerms().stream()
                .filter(t -> recorded == null || !recorded.contains(t)).toList();
        add(new H3(getTranslation("matrix.core.candidates", matrix.coreThreshold())));
        add(list(matrix, candidates, false, canRecord, "matrix.core.candidates.none"));
    }

    private Component list(ThemeMatrix matrix, List<Term> terms, boolean recorded, boolean canRecord,
            String noneKey) {
        if (terms.isEmpty()) {
            return new Paragraph(getTranslation(noneKey));
        }
        var list = new UnorderedList();
        list.addClassName(recorded ? "qs-core-recorded" : "qs-core-candidates");
        for (Term term : terms) {
            List<Unit> units = matrix.unitsCovering(term);
            var name = new Span(term.name());
            name.addClassName("qs-core-name");
            var unitText = new Span(getTranslation("matrix.core.units", units.size(),
                    String.join(", ", units.stream().map(Unit::code).toList())));
            unitText.addClassName("qs-core-units");
            var item = new ListItem(name, unitText);
            if (canRecord) {
                var button = recorded
                        ? new Button(getTranslation("matrix.core.remove"), e -> remove.accept(term))
                        : new Button(getTranslation("matrix.core.record"), e -> record.accept(term));
                button.addThemeVariants(ButtonVariant.TERTIARY);
                button.setAriaLabel(getTranslation(recorded ? "matrix.core.remove.label" : "matrix.core.record.label",
                        term.name()));
                item.add(button);
            }
            list.add(item);
        }
        return list;
    }
}
