package de.querschnitt.profile.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.ui.Autosave;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.Profile;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.UpdateCycle;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire for one planning document, in the order of the seed's grid: master data and
 * Zeitraum, then every box. Used by the interviewer in the interview, by the planner at the desk and (in
 * review) by the department. Every field is saved as it is typed.
 */
public class ProfileForm extends Div {

    private final long profileId;
    private final ProfileService profiles;
    private final Map<ProfileField, Autosave<?>> fields = new EnumMap<>(ProfileField.class);
    private final List<SectionEditor> sectionEditors = new ArrayList<>();
    private Runnable onChange = () -> { };
    private final Div masterBox;
    private final Div periodBox;

    /** The boxes of the form, for what a page shows beside a box's fields (corrections, comments). */
    public enum Box {
        MASTER,
        PERIOD
    }

    public ProfileForm(Profile profile, ProfileService profiles, SectionService sections,
            VocabularyService vocabulary, SaveState saveState) {
        this.profileId = profile.id();
        this.profiles = profiles;
        addClassName("qs-profile-form");
        ProfileData data = profile.data();

        var title = new TextField(getTranslation("field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("help.title"));
        title.setId("profile-title");
        text(title, ProfileField.TITLE, data, saveState);
        var documentTitle = new TextField(getTranslation("field.documentTitle"));
        documentTitle.setHelperText(getTranslation("help.documentTitle"));
        text(documentTitle, ProfileField.DOCUMENT_TITLE, data, saveState);
        var kind = choice(ProfileKind.class, "field.kind", ProfileField.KIND, data, saveState);
        var level = choice(PlanningLevel.class, "field.planningLevel", ProfileField.PLANNING_LEVEL, data, saveState);

        var master = new FormLayout(title, documentTitle, kind, level);
        master.setColspan(title, 2);
        master.setColspan(documentTitle, 2);
        master.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        var from = year("field.period.from", ProfileField.PERIOD_FROM, data, saveState);
        var to = year("field.period.to", ProfileField.PERIOD_TO, data, saveState);
        var cycle = choice(UpdateCycle.class, "field.period.cycle", ProfileField.PERIOD_CYCLE, data, saveState);
        var state = choice(PeriodState.class, "field.period.state", ProfileField.PERIOD_STATE, data, saveState);
        var periodNote = new TextArea(getTranslation("field.period.note"));
        periodNote.setHelperText(getTranslation("help.period.note"));
        text(periodNote, ProfileField.PERIOD_NOTE, data, saveState);
        var period = new FormLayout(from, to, cycle, state, periodNote);
        period.setColspan(periodNote, 2);
        period.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));

        var periodHeading = new H3(getTranslation("profile.period"));
        var periodQuestion = new Paragraph(getTranslation("question.period"));
        periodQuestion.addClassName("qs-question");
        masterBox = new Div(master);
        masterBox.addClassName("qs-form-box");
        periodBox = new Div(periodHeading, periodQuestion, period);
        periodBox.addClassName("qs-form-box");
        add(masterBox, periodBox);

        for (SectionKind sectionKind : SectionKind.values()) {
            var editor = new SectionEditor(new SectionOwner.OfProfile(profileId), sectionKind, sections, vocabulary,
                    saveState);
            editor.addClassName("qs-form-box");
            editor.setOnChange(() -> onChange.run());
            sectionEditors.add(editor);
            add(editor);
        }
    }

    /** The box of the master data or of the period, to add content below its fields. */
    public Div box(Box box) {
        return box == Box.MASTER ? masterBox : periodBox;
    }

    /** Whether the person may change the profile now; what a page added below the boxes stays usable. */
    public void setEditable(boolean editable) {
        fields.values().forEach(autosave -> autosave.setReadOnly(!editable));
        sectionEditors.forEach(editor -> editor.setEditable(editable));
    }

    public long profileId() {
        return profileId;
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The editor of one box (for tests and for jumping to it). */
    public SectionEditor section(SectionKind kind) {
        return sectionEditors.get(kind.ordinal());
    }

    /** Shows what others saved meanwhile, keeping what the person is typing. */
    public void refresh() {
        profiles.find(profileId).ifPresent(profile -> fields.forEach((field, autosave) ->
                autosave.refresh(field.text(profile.data()))));
        sectionEditors.forEach(SectionEditor::refresh);
    }

    private void text(com.vaadin.flow.component.textfield.TextField field, ProfileField profileField,
            ProfileData data, SaveState saveState) {
        field.setWidthFull();
        fields.put(profileField, Autosave.text(field, field.getLabel(), saveState, profileField.text(data),
                (expected, value) -> save(profileField, expected, value))
                .keepUnsent("profile/" + profileId + "/" + profileField.name()));
    }

    private void text(TextArea field, ProfileField profileField, ProfileData data, SaveState saveState) {
        field.setWidthFull();
        fields.put(profileField, Autosave.text(field, field.getLabel(), saveState, profileField.text(data),
                (expected, value) -> save(profileField, expected, value))
                .keepUnsent("profile/" + profileId + "/" + profileField.name()));
    }

    private TextField year(String labelKey, ProfileField profileField, ProfileData data, SaveState saveState) {
        var field = new TextField(getTranslation(labelKey));
        field.setAllowedCharPattern("[0-9]");
        field.setMaxLength(4);
        field.setPlaceholder(getTranslation("help.year"));
        field.getElement().setAttribute("inputmode", "numeric");
        text(field, profileField, data, saveState);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(Class<E> type, String labelKey, ProfileField profileField,
            ProfileData data, SaveState saveState) {
        var select = new Select<E>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(value -> Labels.of(this, value));
        boolean optional = profileField == ProfileField.PERIOD_CYCLE || profileField == ProfileField.PERIOD_STATE;
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("choice.none"));
        }
        String current = profileField.text(data);
        fields.put(profileField, Autosave.choice(select, type, select.getLabel(), saveState,
                current == null ? null : Enum.valueOf(type, current),
                (expected, value) -> save(profileField, expected, value)));
        return select;
    }

    private String save(ProfileField field, String expected, String value) {
        String saved = profiles.updateField(profileId, field, expected, value);
        onChange.run();
        return saved;
    }
}
