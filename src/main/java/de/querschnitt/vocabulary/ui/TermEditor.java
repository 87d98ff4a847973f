package de.querschnitt.vocabulary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.TermEdit;
import de.querschnitt.vocabulary.TermRevision;
import de.querschnitt.vocabulary.VocabularyService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits one term: rename, description, synonyms; merges it into another term after a confirmation; shows its
 * history. Every action goes through {@link VocabularyService}, which checks the version the editor was opened
 * with, so two planners cannot overwrite each other unnoticed.
 */
class TermEditor extends Div {

    private final VocabularyService service;
    private final java.util.function.Consumer<Long> changed;

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final UnorderedList synonymList = new UnorderedList();
    final TextField newSynonym = new TextField();
    final Button addSynonym = new Button();
    final Button save = new Button();
    final ComboBox<ManagedTerm> mergeTarget = new ComboBox<>();
    final Button merge = new Button();
    final Paragraph error = new Paragraph();
    final UnorderedList history = new UnorderedList();
    ConfirmDialog mergeDialog;

    private ManagedTerm term;
    private final List<String> synonyms = new ArrayList<>();

    TermEditor(VocabularyService service, java.util.function.Consumer<Long> changed) {
        this.service = service;
        this.changed = changed;
        addClassName("qs-term-editor");
        setId("term-editor");
        name.setLabel(getTranslation("vocabulary.field.name"));
        name.setMaxLength(200);
        name.setRequired(true);
        description.setLabel(getTranslation("vocabulary.field.description"));
        description.setMaxLength(2000);
        newSynonym.setLabel(getTranslation("vocabulary.synonym.new"));
        newSynonym.setMaxLength(200);
        addSynonym.setText(getTranslation("vocabulary.synonym.add"));
        addSynonym.addClickListener(e -> addSynonym());
        newSynonym.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> addSynonym());
        save.setText(getTranslation("vocabulary.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        mergeTarget.setLabel(getTranslation("vocabulary.merge.target"));
        mergeTarget.setItemLabelGenerator(ManagedTerm::name);
        mergeTarget.setHelperText(getTranslation("vocabulary.merge.help"));
        merge.setText(getTranslation("vocabulary.merge.button"));
        merge.addClickListener(e -> confirmMerge());
        error.addClassName("qs-error");
        error.getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void edit(ManagedTerm term, List<ManagedTerm> accepted) {
        this.term = term;
        removeAll();
        error.setText("");
        name.setValue(term.name());
        name.setInvalid(false);
        description.setValue(term.term().description() == null ? "" : term.term().description());
        synonyms.clear();
        synonyms.addAll(term.term().synonyms());
        newSynonym.clear();
        mergeTarget.setItems(accepted.stream().filter(t -> t.id() != term.id()).toList());
        mergeTarget.clear();
        mergeTarget.setInvalid(false);

        var synonymRow = new Div(newSynonym, addSynonym);
        synonymRow.addClassName("qs-synonym-add");
        var mergeRow = new Div(mergeTarget, merge);
        mergeRow.addClassName("qs-merge-row");
        add(new H2(getTranslation("vocabulary.edit.title", term.name())), error, name, description,
                new H3(getTranslation("vocabulary.field.synonyms")), synonymList, synonymRow, save,
                new H3(getTranslation("vocabulary.merge.title")), mergeRow,
                new H3(getTranslation("vocabulary.history")), history);
        showSynonyms();
        showHistory();
        setVisible(true);
    }

    ManagedTerm term() {
        return term;
    }

    private void addSynonym() {
        String value = newSynonym.getValue().trim();
        if (!value.isEmpty() && synonyms.stream().noneMatch(s -> s.equalsIgnoreCase(value))) {
            synonyms.add(value);
            showSynonyms();
        }
        newSynonym.clear();
        newSynonym.focus();
    }

    private void showSynonyms() {
        synonymList.removeAll();
        if (synonyms.isEmpty()) {
            synonymList.add(new ListItem(getTranslation("vocabulary.synonyms.none")));
        }
        for (String synonym : List.copyOf(synonyms)) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                synonyms.remove(synonym);
                showSynonyms();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("vocabulary.synonym.remove", synonym));
            var item = new ListItem(new Span(synonym), remove);
            item.addClassName("qs-synonym");
            synonymList.add(item);
        }
    }

    private void save() {
        try {
            service.update(term.id(), term.version(), new TermEdit(name.getValue(), description.getValue(),
                    List.copyOf(synonyms)));
            com.vaadin.flow.component.notification.Notification.show(getTranslation("vocabulary.saved"), 3000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            changed.accept(term.id());
        } catch (UserError e) {
            showError(e);
        }
    }

    /** Inline at the top of the editor, and as a notification, because the editor may be scrolled. */
    private void showError(UserError e) {
        error.setText(ErrorMessages.text(this, e));
        ErrorMessages.show(this, e);
    }

    private void confirmMerge() {
        ManagedTerm target = mergeTarget.getValue();
        if (target == null) {
            mergeTarget.setErrorMessage(getTranslation("vocabulary.merge.choose"));
            mergeTarget.setInvalid(true);
            return;
        }
        mergeTarget.setInvalid(false);
        mergeDialog = new ConfirmDialog();
        mergeDialog.setHeader(getTranslation("vocabulary.merge.confirm.title", term.name(), target.name()));
        mergeDialog.setText(getTranslation("vocabulary.merge.confirm.text", term.name(), target.name(),
                term.links()));
        mergeDialog.setCancelable(true);
        mergeDialog.setCancelText(getTranslation("vocabulary.merge.cancel"));
        mergeDialog.setConfirmText(getTranslation("vocabulary.merge.confirm"));
        mergeDialog.addConfirmListener(e -> merge(target));
        mergeDialog.open();
    }

    private void merge(ManagedTerm target) {
        try {
            int moved = service.merge(term.id(), term.version(), target.id(), target.version());
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation("vocabulary.merged", term.name(), target.name(), moved), 5000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
            // the merged term is gone from the lists: show the one that was kept, with the merge in its history
            changed.accept(target.id());
        } catch (UserError e) {
            showError(e);
        }
    }

    private void showHistory() {
        history.removeAll();
        List<TermRevision> revisions = service.history(term.id());
        if (revisions.isEmpty()) {
            history.add(new ListItem(getTranslation("vocabulary.history.none")));
        }
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (TermRevision revision : revisions) {
            history.add(new ListItem(getTranslation("vocabulary.history.entry", formatter.format(revision.changedAt()),
                    revision.username(), change(revision))));
        }
    }

    private String change(TermRevision revision) {
        String field = getTranslation("vocabulary.field." + revision.field());
        String newValue = revision.newValue() == null ? "" : revision.newValue();
        if (revision.field().equals("status")) {
            newValue = getTranslation("enum.TermStatus." + newValue);
        }
        return revision.oldValue() == null || revision.field().equals("status")
                ? getTranslation("vocabulary.change.new", field, newValue)
                : getTranslation("vocabulary.change", field, revision.oldValue(), newValue);
    }
}
