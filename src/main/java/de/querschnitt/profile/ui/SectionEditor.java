package de.querschnitt.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.Autosave;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.SectionText;
import de.querschnitt.profile.TermRef;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One box of the grid in the questionnaire: the question, a help text, the bullet items, for Raumbezug
 * and Übergeordnete Themen the vocabulary terms (with "neuen Begriff vorschlagen"), and the optional lead
 * text and note. Everything is saved as it is typed.
 */
public class SectionEditor extends Div {

    private final SectionOwner owner;
    private final SectionKind kind;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final ItemListEditor items;
    private final Autosave<String> intro;
    private final Autosave<String> note;
    private final Optional<Vocabulary> vocabularyOfKind;
    private MultiSelectComboBox<Term> terms;
    private Runnable onChange = () -> { };
    private final List<com.vaadin.flow.component.HasEnabled> editableParts = new java.util.ArrayList<>();
    /** Set while the picker shows the stored terms, so that this is not taken for the person's choice. */
    private boolean syncing;

    public SectionEditor(SectionOwner owner, SectionKind kind, SectionService sections, VocabularyService vocabulary,
            SaveState saveState) {
        this(owner, kind, sections, vocabulary, saveState, "");
    }

    /**
     * @param textPrefix prefix of the question and help keys, e.g. "instruments." for the instruments without a
     *     plan (whose questions do not speak of a planning document)
     */
    public SectionEditor(SectionOwner owner, SectionKind kind, SectionService sections, VocabularyService vocabulary,
            SaveState saveState, String textPrefix) {
        this.owner = owner;
        this.kind = kind;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.vocabularyOfKind = kind.vocabulary();
        addClassName("qs-section-editor");
        setId("section-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        String label = Labels.of(this, kind);
        var heading = new H3(label);
        var question = new Paragraph(getTranslation(textPrefix + "question." + kind.name()));
        question.addClassName("qs-question");
        var help = new Paragraph(getTranslation(textPrefix + "help." + kind.name()));
        help.addClassName("qs-help");
        add(heading, question, help);

        Section current = current();
        if (vocabularyOfKind.isPresent()) {
            var picker = termPicker(label, current);
            editableParts.add(picker);
            add(picker);
        }
        items = new ItemListEditor(label, backend(), saveState);
        items.keepUnsent(unsentKey(owner, kind) + "/items");
        items.setOnChange(() -> {
            updatePickerSelection();
            onChange.run();
        });
        add(items);
        editableParts.add(items);

        var introField = new TextField(getTranslation("field.intro"));
        introField.setWidthFull();
        introField.setHelperText(getTranslation("help.intro"));
        intro = Autosave.text(introField, label + " – " + getTranslation("field.intro"), saveState, current.intro(),
                (expected, value) -> sections.updateText(owner, kind, SectionText.INTRO, expected, value))
                .keepUnsent(unsentKey(owner, kind) + "/intro");
        var noteField = new TextArea(getTranslation("field.note"));
        noteField.setWidthFull();
        note = Autosave.text(noteField, label + " – " + getTranslation("field.note"), saveState, current.note(),
                (expected, value) -> sections.updateText(owner, kind, SectionText.NOTE, expected, value))
                .keepUnsent(unsentKey(owner, kind) + "/note");
        var more = new Details(getTranslation("section.more"), new Div(introField, noteField));
        more.setOpened(current.intro() != null || current.note() != null);
        more.addClassName("qs-section-more");
        add(more);
    }

    /** Whether the person may change the box now; what a page added below it stays usable. */
    public void setEditable(boolean editable) {
        editableParts.forEach(part -> part.setEnabled(editable));
        intro.setReadOnly(!editable);
        note.setReadOnly(!editable);
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public ItemListEditor items() {
        return items;
    }

    /** Shows what is stored now, keeping what the person is typing. */
    public void refresh() {
        Section current = current();
        intro.refresh(current.intro());
        note.refresh(current.note());
        items.reload();
        updatePickerSelection();
    }

    private Section current() {
        return sections.sections(owner).stream().filter(s -> s.kind() == kind).findFirst()
                .orElse(new Section(kind, null, List.of(), null));
    }

    private Div termPicker(String label, Section current) {
        terms = new MultiSelectComboBox<>(getTranslation("section.terms", label));
        terms.setItemLabelGenerator(t -> t.isProposed() ? t.name() + " (" + getTranslation("term.proposed") + ")"
                : t.name());
        terms.setWidthFull();
        terms.setItems(vocabulary.findSelectable(vocabularyOfKind.orElseThrow()));
        syncing = true;
        terms.setValue(selected(current));
        syncing = false;
        terms.addValueChangeListener(e -> {
            if (syncing) {
                return;
            }
            Set<Long> before = e.getOldValue().stream().map(Term::id).collect(Collectors.toSet());
            Set<Long> after = e.getValue().stream().map(Term::id).collect(Collectors.toSet());
            try {
                for (Long added : after) {
                    if (!before.contains(added)) {
                        sections.addTerm(owner, kind, added);
                    }
                }
                for (Long removed : before) {
                    if (!after.contains(removed)) {
                        sections.removeTerm(owner, kind, removed);
                    }
                }
            } catch (UserError error) {
                ErrorMessages.show(this, error);
            }
            items.reload();
            updatePickerSelection();
            onChange.run();
        });
        var propose = new Button(getTranslation("term.propose"), VaadinIcon.PLUS_CIRCLE_O.create(),
                e -> proposeDialog());
        propose.addThemeVariants(ButtonVariant.TERTIARY);
        var row = new Div(terms, propose);
        row.addClassName("qs-term-picker");
        return row;
    }

    private void proposeDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("term.propose"));
        var name = new TextField(getTranslation("field.name"));
        name.setWidthFull();
        name.setHelperText(getTranslation("term.propose.help"));
        dialog.add(name);
        var ok = new Button(getTranslation("term.propose.ok"), e -> {
            try {
                long id = vocabulary.propose(vocabularyOfKind.orElseThrow(), name.getValue());
                sections.addTerm(owner, kind, id);
                dialog.close();
                terms.setItems(vocabulary.findSelectable(vocabularyOfKind.orElseThrow()));
                items.reload();
                updatePickerSelection();
                onChange.run();
            } catch (UserError error) {
                name.setErrorMessage(ErrorMessages.text(this, error));
                name.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void updatePickerSelection() {
        if (terms != null) {
            syncing = true;
            try {
                terms.setValue(selected(current()));
            } finally {
                syncing = false;
            }
        }
    }

    private Set<Term> selected(Section section) {
        Set<Long> linked = new HashSet<>();
        for (SectionItem item : section.items()) {
            item.terms().stream().map(TermRef::id).forEach(linked::add);
        }
        Set<Term> result = new LinkedHashSet<>();
        terms.getListDataView().getItems().filter(t -> linked.contains(t.id())).forEach(result::add);
        return result;
    }

    private ItemListEditor.Backend backend() {
        return ItemListEditor.Backend.of(() -> current().items(),
                (afterId, depth, text) -> sections.addItem(owner, kind, afterId, depth, text),
                sections::updateItem, sections::moveItem, sections::setItemDepth, sections::removeItem);
    }

    /** The key of this box's texts kept in the browser until saved (see Autosave#keepUnsent). */
    private static String unsentKey(SectionOwner owner, SectionKind kind) {
        String ownerKey = switch (owner) {
            case SectionOwner.OfProfile profile -> "profile/" + profile.profileId();
            case SectionOwner.OfInstruments instruments -> "instruments/" + instruments.roundId() + "/"
                    + instruments.unitId();
        };
        return ownerKey + "/section/" + kind.name();
    }
}
