package de.querschnitt.vocabulary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The planner keeps both vocabularies here: proposals from interviews and departments wait at the top to be
 * accepted or merged; any term can be renamed, described, given synonyms or merged into another, with its history.
 */
@Route(Routes.VOCABULARY)
@RolesAllowed(Role.PLANNER_NAME)
public class VocabularyView extends Main implements MainLayout.HasViewTitle {

    private final VocabularyService service;

    final RadioButtonGroup<Vocabulary> vocabulary = new RadioButtonGroup<>();
    final Div proposals = new Div();
    final H2 termsTitle = new H2();
    final Grid<ManagedTerm> grid = new Grid<>();
    final TermEditor editor;
    private List<ManagedTerm> accepted = List.of();

    VocabularyView(VocabularyService service) {
        this.service = service;
        this.editor = new TermEditor(service, this::reload);
        addClassName("qs-page");
        addClassName("qs-vocabulary-page");
        add(new H1(viewTitle()));
        var intro = new Paragraph(getTranslation("vocabulary.intro"));
        intro.addClassName("qs-intro");
        vocabulary.setLabel(getTranslation("field.vocabulary"));
        vocabulary.setItems(Vocabulary.THEME, Vocabulary.SPACE);
        vocabulary.setItemLabelGenerator(v -> Labels.of(this, v));
        vocabulary.setValue(Vocabulary.THEME);
        vocabulary.addValueChangeListener(e -> reload(null));

        proposals.addClassName("qs-proposals");
        proposals.setId("proposals");
        grid.addColumn(ManagedTerm::name).setHeader(getTranslation("vocabulary.column.name")).setAutoWidth(true)
                .setFlexGrow(1);
        // one line per term keeps the list short; the full synonyms are in the tooltip and the editor
        grid.addColumn(t -> String.join(", ", t.term().synonyms()))
                .setHeader(getTranslation("vocabulary.column.synonyms")).setFlexGrow(2)
                .setTooltipGenerator(t -> String.join(", ", t.term().synonyms()));
        grid.addColumn(ManagedTerm::links).setHeader(getTranslation("vocabulary.column.links"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("qs-term-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue(), accepted);
            }
        });
        var hint = new Paragraph(getTranslation("vocabulary.select"));
        hint.addClassName("qs-hint");
        var list = new Div(termsTitle, hint, grid);
        list.addClassName("qs-term-list");
        var columns = new Div(list, editor);
        columns.addClassName("qs-vocabulary-columns");
        add(intro, vocabulary, proposals, columns);
        reload(null);
    }

    /** Reloads both lists; reopens the term with that id in the editor if it still exists. */
    void reload(Long selectId) {
        List<ManagedTerm> all = service.findManaged(vocabulary.getValue());
        accepted = all.stream().filter(t -> !t.term().isProposed()).toList();
        List<ManagedTerm> proposed = all.stream().filter(t -> t.term().isProposed()).toList();
        showProposals(proposed);
        termsTitle.setText(getTranslation("vocabulary.terms", accepted.size()));
        grid.setItems(accepted);
        editor.setVisible(false);
        all.stream().filter(t -> selectId != null && t.id() == selectId).findFirst().ifPresent(t -> {
            if (t.term().isProposed()) {
                editor.edit(t, accepted);
            } else {
                grid.select(t);
            }
        });
    }

    private void showProposals(List<ManagedTerm> proposed) {
        proposals.removeAll();
        proposals.add(new H2(getTranslation("vocabulary.proposals", proposed.size())));
        if (proposed.isEmpty()) {
            proposals.add(new Paragraph(getTranslation("vocabulary.proposals.none")));
            return;
        }
        var list = new UnorderedList();
        for (ManagedTerm term : proposed) {
            var name = new Span(term.name());
            name.addClassName("qs-proposal-name");
            var who = new Span(term.proposedBy() == null ? getTranslation("vocabulary.proposed-by.unknown")
                    : getTranslation("vocabulary.proposed-by", term.proposedBy()));
            who.addClassName("qs-proposal-by");
            var accept = new Button(getTranslation("vocabulary.accept"), e -> accept(term));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            accept.setAriaLabel(getTranslation("vocabulary.accept") + ": " + term.name());
            var mergeIt = new Button(getTranslation("vocabulary.merge.button"), e -> {
                grid.deselectAll();
                editor.edit(term, accepted);
                editor.mergeTarget.focus();
            });
            mergeIt.addThemeVariants(ButtonVariant.SMALL);
            mergeIt.setAriaLabel(getTranslation("vocabulary.merge.title") + ": " + term.name());
            var item = new ListItem(name, who, accept, mergeIt);
            item.addClassName("qs-proposal");
            list.add(item);
        }
        proposals.add(list);
    }

    private void accept(ManagedTerm term) {
        try {
            service.accept(term.id(), term.version());
            Notification.show(getTranslation("vocabulary.accepted", term.name()), 3000,
                    Notification.Position.BOTTOM_START);
            reload(term.id());
        } catch (UserError e) {
            ErrorMessages.show(this, e);
            reload(null);
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("vocabulary.title");
    }
}
