package de.querschnitt.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.querschnitt.MainLayout;
import de.querschnitt.common.Person;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.ui.Autosave;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Labels;
import de.querschnitt.common.ui.LiveUpdates;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.PersonListEditor;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.interview.InterfaceLink;
import de.querschnitt.interview.Interview;
import de.querschnitt.interview.InterviewField;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.interview.InterviewStatus;
import de.querschnitt.interview.InterviewStep;
import de.querschnitt.interview.Progress;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitField;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.ui.ItemListEditor;
import de.querschnitt.profile.ui.ProfileForm;
import de.querschnitt.profile.ui.SectionEditor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The interview questionnaire on the tablet: five steps with a question and help text each, progress
 * per step, free jumping between steps, and every entry saved as it is typed. Opening the interview
 * without a step resumes exactly where the interviewer left off.
 */
@Route(Routes.INTERVIEWS + "/:interviewId/:step?/:profileId?")
@RolesAllowed({Role.PLANNER_NAME, Role.INTERVIEWER_NAME})
public class InterviewView extends Main implements BeforeEnterObserver, MainLayout.HasViewTitle {

    private final InterviewService interviews;
    private final UnitService units;
    private final ProfileService profiles;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final SaveState saveState = new SaveState();
    private final LiveUpdates.PresenceBar presence;
    private final Nav stepper = new Nav();
    private final Div content = new Div();
    private final List<Runnable> refreshers = new ArrayList<>();
    private @Nullable Interview interview;
    private @Nullable Unit unit;
    private InterviewStep step = InterviewStep.STAMMDATEN;
    private @Nullable Long profileId;
    private String title = "";
    private @Nullable Checkbox emptyBox;
    private Select<InterviewStatus> statusSelect = new Select<>();

    InterviewView(InterviewService interviews, UnitService units, ProfileService profiles, SectionService sections,
            VocabularyService vocabulary, LiveEdits live, CurrentUser currentUser) {
        this.interviews = interviews;
        this.units = units;
        this.profiles = profiles;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.presence = new LiveUpdates.PresenceBar(live, currentUser.require().username(),
                currentUser.require().displayName());
        addClassName("qs-page");
        addClassName("qs-interview");
        LiveUpdates.onChange(this, live, () -> LiveEdits.unitTopic(unit == null ? 0 : unit.id()), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        refreshers.clear();
        emptyBox = null;
        var found = RouteIds.read(event, "interviewId").flatMap(interviews::find);
        if (found.isEmpty()) {
            title = getTranslation("notfound.title");
            add(new NotFound());
            return;
        }
        interview = found.get();
        unit = units.find(interview.unitId()).orElseThrow();
        title = getTranslation("interview.title", unit.label());
        Optional<InterviewStep> requested = event.getRouteParameters().get("step").flatMap(InterviewStep::fromSlug);
        if (requested.isEmpty()) {
            // resume where the interviewer left off
            InterviewStep resume = interview.currentStep() == null ? InterviewStep.STAMMDATEN : interview.currentStep();
            Long resumeProfile = resume == InterviewStep.PLANWERKE ? interview.currentProfileId() : null;
            event.forwardTo(path(resume, resumeProfile));
            return;
        }
        step = requested.get();
        profileId = step == InterviewStep.PLANWERKE ? RouteIds.read(event, "profileId").orElse(null) : null;
        if (profileId != null && profiles.find(profileId).filter(p -> p.unitId() == unit.id()).isEmpty()) {
            profileId = null;
        }
        interviews.remember(interview.id(), step, profileId);
        build();
    }

    private String path(InterviewStep target, @Nullable Long profile) {
        String base = Routes.interview(interview.id()) + "/" + target.slug();
        return profile == null ? base : base + "/" + profile;
    }

    private void build() {
        // the page's level-one heading: the unit being interviewed
        var heading = new H1(unit.label());
        var status = new Select<InterviewStatus>();
        statusSelect = status;
        status.setLabel(getTranslation("interview.status"));
        status.setItems(InterviewStatus.values());
        status.setItemLabelGenerator(s -> Labels.of(this, s));
        status.setValue(interview.status());
        status.setId("interview-status");
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                try {
                    interviews.setStatus(interview.id(), e.getValue());
                    saveState.saved();
                } catch (UserError error) {
                    ErrorMessages.show(this, error);
                }
            }
        });
        var state = new Div(saveState, presence);
        state.addClassName("qs-interview-state");
        var header = new Div(heading, status, state);
        header.addClassName("qs-interview-header");
        stepper.addClassName("qs-stepper");
        stepper.getElement().setAttribute("aria-label", getTranslation("interview.steps"));
        content.addClassName("qs-step");
        content.removeAll();
        add(header, stepper, content);
        presence.show(profileId != null ? LiveEdits.profileTopic(profileId) : "interview:" + interview.id());

        var stepHeading = new H3(getTranslation("step." + step.name()));
        stepHeading.setId("step-heading");
        // the focus starts at the step: a screen reader names it, and the next Tab goes into the step's fields,
        // not back through the skip link and the navigation (the button that led here is gone)
        stepHeading.getElement().setAttribute("tabindex", "-1");
        stepHeading.getElement().executeJs("this.focus({preventScroll: true})");
        var question = new Paragraph(getTranslation("step." + step.name() + ".question"));
        question.addClassName("qs-question");
        var help = new Paragraph(getTranslation("step." + step.name() + ".help"));
        help.addClassName("qs-help");
        content.add(stepHeading, question, help);
        switch (step) {
            case STAMMDATEN -> masterData();
            case PLANWERKE -> documents();
            case INSTRUMENTE -> instruments();
            case SCHNITTSTELLEN -> interfaces();
            case BEDARFE -> needs();
        }
        if (step.mayBeEmpty()) {
            content.add(emptyCheckbox());
        }
        content.add(footer());
        updateStepper();
    }

    /** Re-reads what others saved (server push), keeping what the person is typing. */
    private void refresh() {
        if (interview == null) {
            return;
        }
        interviews.find(interview.id()).ifPresent(i -> interview = i);
        units.find(interview.unitId()).ifPresent(u -> unit = u);
        refreshers.forEach(Runnable::run);
        updateStepper();
    }

    /** After every change saved in this view: a planned interview is running now, and the progress moves. */
    private void edited() {
        if (interview.status() == InterviewStatus.GEPLANT) {
            interviews.markRunning(interview.id());
            interviews.find(interview.id()).ifPresent(i -> interview = i);
            statusSelect.setValue(interview.status());
        }
        updateStepper();
    }

    private void updateStepper() {
        Progress progress = interviews.progress(interview.id());
        if (emptyBox != null) {
            // "nothing to capture" makes no sense once something has been captured
            emptyBox.setVisible(!progress.hasContent(step));
        }
        stepper.removeAll();
        var list = new OrderedList();
        for (InterviewStep s : InterviewStep.values()) {
            boolean complete = progress.isComplete(s);
            var link = new Anchor(path(s, null), "");
            var icon = (complete ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var stateText = new Span(getTranslation(complete ? "step.complete" : "step.open"));
            stateText.addClassName("qs-visually-hidden");
            link.add(icon, new Span((s.ordinal() + 1) + ". " + getTranslation("step." + s.name())), stateText);
            link.addClassName("qs-step-link");
            link.setId("step-" + s.slug());
            link.getElement().setAttribute("data-complete", String.valueOf(complete));
            if (s == step) {
                link.getElement().setAttribute("aria-current", "step");
            }
            list.add(new ListItem(link));
        }
        stepper.add(list);
        var missing = progress.missing().getOrDefault(step, List.of());
        content.getChildren().filter(c -> c.hasClassName("qs-missing")).toList().forEach(content::remove);
        if (!missing.isEmpty()) {
            var box = new Div(new Span(getTranslation("step.missing")));
            box.addClassName("qs-missing");
            var items = new UnorderedList();
            missing.forEach(m -> items.add(new ListItem(getTranslation(m.messageKey(), m.argument()))));
            box.add(items);
            content.addComponentAtIndex(3, box);
        }
    }

    private Component footer() {
        var footer = new Div();
        footer.addClassName("qs-step-footer");
        if (step.ordinal() > 0) {
            InterviewStep previous = InterviewStep.values()[step.ordinal() - 1];
            var back = new Button(getTranslation("step.back", getTranslation("step." + previous.name())),
                    VaadinIcon.ARROW_LEFT.create(), e -> go(previous, null));
            back.setId("step-back");
            footer.add(back);
        }
        if (step.ordinal() < InterviewStep.values().length - 1) {
            InterviewStep next = InterviewStep.values()[step.ordinal() + 1];
            var forward = new Button(getTranslation("step.next", getTranslation("step." + next.name())),
                    VaadinIcon.ARROW_RIGHT.create(), e -> go(next, null));
            forward.setIconAfterText(true);
            forward.addThemeVariants(ButtonVariant.PRIMARY);
            forward.setId("step-next");
            footer.add(forward);
        } else {
            var finish = new Button(getTranslation("interview.finish"), VaadinIcon.CHECK.create(), e -> finish());
            finish.addThemeVariants(ButtonVariant.PRIMARY);
            finish.setId("interview-finish");
            footer.add(finish);
        }
        return footer;
    }

    private void go(InterviewStep target, @Nullable Long profile) {
        getUI().ifPresent(ui -> ui.navigate(path(target, profile)));
    }

    private void finish() {
        Progress progress = interviews.progress(interview.id());
        if (progress.completeCount() == InterviewStep.values().length) {
            finished();
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("interview.finish.incomplete"));
        var list = new UnorderedList();
        for (InterviewStep s : InterviewStep.values()) {
            if (!progress.isComplete(s)) {
                list.add(new ListItem(getTranslation("step." + s.name())));
            }
        }
        dialog.add(new Paragraph(getTranslation("interview.finish.question")), list);
        var anyway = new Button(getTranslation("interview.finish.anyway"), e -> {
            dialog.close();
            finished();
        });
        anyway.setId("interview-finish-anyway");
        var stay = new Button(getTranslation("interview.finish.continue"), e -> dialog.close());
        stay.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(anyway, stay);
        dialog.open();
    }

    private void finished() {
        interviews.setStatus(interview.id(), InterviewStatus.ERFASST);
        var note = com.vaadin.flow.component.notification.Notification.show(
                getTranslation("interview.finished", unit.label()), 5000,
                com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        note.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(Routes.INTERVIEWS));
    }

    private Checkbox emptyCheckbox() {
        var box = new Checkbox(getTranslation("step." + step.name() + ".empty"));
        emptyBox = box;
        box.setValue(interviews.emptySteps(interview.id()).contains(step));
        box.setId("step-empty");
        box.addClassName("qs-step-empty");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                interviews.setStepEmpty(interview.id(), step, e.getValue());
                saveState.saved();
                edited();
            }
        });
        refreshers.add(() -> box.setValue(interviews.emptySteps(interview.id()).contains(step)));
        return box;
    }

    // --- 1. Stammdaten

    private void masterData() {
        var date = new DatePicker(getTranslation("interview.date"));
        date.setLocale(getLocale());
        var dateSave = Autosave.date(date, date.getLabel(), saveState, interview.date(),
                (expected, value) -> changed(interviews.updateField(interview.id(), InterviewField.DATE, expected,
                        value)));
        var place = new TextField(getTranslation("interview.place"));
        var placeSave = Autosave.text(place, place.getLabel(), saveState, interview.place(),
                (expected, value) -> changed(interviews.updateField(interview.id(), InterviewField.PLACE, expected,
                        value))).keepUnsent("interview/" + interview.id() + "/place");
        var notes = new TextArea(getTranslation("interview.notes"));
        var notesSave = Autosave.text(notes, notes.getLabel(), saveState, interview.notes(),
                (expected, value) -> changed(interviews.updateField(interview.id(), InterviewField.NOTES, expected,
                        value))).keepUnsent("interview/" + interview.id() + "/notes");
        var interviewer = new Paragraph(getTranslation("interview.interviewer") + ": "
                + (interview.interviewer() == null ? "–" : interview.interviewer()));
        long interviewId = interview.id();
        var participants = new PersonListEditor(getTranslation("interview.participants"),
                getTranslation("interview.participants.add"), PersonListEditor.Backend.of(
                        () -> interviews.participants(interviewId),
                        (name, function) -> interviews.addParticipant(interviewId, name, function),
                        interviews::updateParticipant, interviews::removeParticipant), saveState);
        participants.setOnChange(this::edited);
        participants.keepUnsent("interview/" + interviewId + "/participants");
        participants.setId("participants");
        var meeting = new FormLayout(date, place);
        meeting.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        notes.setWidthFull();
        var meetingBox = box(getTranslation("interview.meeting"), meeting, interviewer,
                new H3(getTranslation("interview.participants")), participants, notes);

        var code = new TextField(getTranslation("unit.code"));
        var codeSave = Autosave.text(code, code.getLabel(), saveState, unit.code(),
                (expected, value) -> changed(units.updateField(unit.id(), UnitField.CODE, expected, value)))
                .keepUnsent("unit/" + unit.id() + "/code");
        var name = new TextField(getTranslation("unit.name"));
        var nameSave = Autosave.text(name, name.getLabel(), saveState, unit.name(),
                (expected, value) -> changed(units.updateField(unit.id(), UnitField.NAME, expected, value)))
                .keepUnsent("unit/" + unit.id() + "/name");
        var kind = new Select<UnitKind>();
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        var kindSave = Autosave.choice(kind, UnitKind.class, kind.getLabel(), saveState, unit.kind(),
                (expected, value) -> changed(units.updateField(unit.id(), UnitField.KIND, expected, value)));
        var unitForm = new FormLayout(code, name, kind);
        unitForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        long unitId = unit.id();
        var contacts = new PersonListEditor(getTranslation("unit.contacts"), getTranslation("unit.contacts.add"),
                PersonListEditor.Backend.of(() -> units.contacts(unitId),
                        (person, function) -> units.addContact(unitId, person, function), units::updateContact,
                        units::removeContact), saveState);
        contacts.setOnChange(this::edited);
        contacts.keepUnsent("unit/" + unitId + "/contacts");
        contacts.setId("contacts");
        var unitBox = box(getTranslation("interview.unit"), unitForm, new H3(getTranslation("unit.contacts")),
                contacts);
        content.add(meetingBox, unitBox);
        refreshers.add(() -> {
            dateSave.refresh(interview.text(InterviewField.DATE));
            placeSave.refresh(interview.place());
            notesSave.refresh(interview.notes());
            codeSave.refresh(unit.code());
            nameSave.refresh(unit.name());
            kindSave.refresh(unit.kind().name());
            participants.reload();
            contacts.reload();
        });
    }

    private @Nullable String changed(@Nullable String saved) {
        edited();
        return saved;
    }

    private Div box(String heading, Component... children) {
        var box = new Div(new H3(heading));
        box.add(children);
        box.addClassName("qs-form-box");
        return box;
    }

    // --- 2. Planwerke

    private void documents() {
        List<ProfileSummary> list = profiles.findByUnit(interview.roundId(), unit.id());
        var chooser = new Div();
        chooser.addClassName("qs-document-chooser");
        chooser.getElement().setAttribute("role", "list");
        for (ProfileSummary summary : list) {
            var choose = new Button(summary.title(), e -> go(InterviewStep.PLANWERKE, summary.id()));
            choose.addClassName("qs-document-choice");
            if (profileId != null && profileId == summary.id()) {
                choose.addThemeVariants(ButtonVariant.PRIMARY);
                choose.getElement().setAttribute("aria-current", "true");
            }
            // a button keeps its role: the list item is a wrapper around it
            var item = new Div(choose);
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("qs-document-choice-item");
            chooser.add(item);
        }
        var create = new Button(getTranslation("documents.new"), VaadinIcon.PLUS.create(), e -> newDocument());
        create.setId("document-new");
        var createItem = new Div(create);
        createItem.getElement().setAttribute("role", "listitem");
        createItem.addClassName("qs-document-choice-item");
        chooser.add(createItem);
        content.add(chooser);
        if (profileId != null) {
            var profile = profiles.find(profileId).orElseThrow();
            var form = new ProfileForm(profile, profiles, sections, vocabulary, saveState);
            form.setOnChange(this::edited);
            form.setId("profile-form");
            var card = new Anchor(Routes.profile(profileId), getTranslation("documents.card"));
            card.addClassName("qs-link");
            content.add(card, form);
            refreshers.add(form::refresh);
        } else if (!list.isEmpty()) {
            content.add(new Paragraph(getTranslation("documents.choose")));
        }
    }

    private void newDocument() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.new"));
        var docTitle = new TextField(getTranslation("field.title"));
        docTitle.setWidthFull();
        docTitle.setRequiredIndicatorVisible(true);
        docTitle.setHelperText(getTranslation("help.title"));
        docTitle.setId("document-title");
        var kind = new Select<ProfileKind>();
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(ProfileKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(ProfileKind.PLAN);
        var level = new Select<PlanningLevel>();
        level.setLabel(getTranslation("field.planningLevel"));
        level.setItems(PlanningLevel.values());
        level.setItemLabelGenerator(l -> Labels.of(this, l));
        level.setValue(PlanningLevel.FACHPLANUNG);
        dialog.add(new FormLayout(docTitle, kind, level));
        var ok = new Button(getTranslation("documents.create"), e -> {
            try {
                long id = profiles.create(interview.roundId(), unit.id(), new ProfileData(docTitle.getValue(), null,
                        kind.getValue(), level.getValue(), new Period(null, null, null, null, null)), List.of());
                dialog.close();
                go(InterviewStep.PLANWERKE, id);
            } catch (UserError error) {
                docTitle.setErrorMessage(ErrorMessages.text(this, error));
                docTitle.setInvalid(true);
            }
        });
        ok.setId("document-create");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        docTitle.focus();
    }

    // --- 3. Instrumente

    private void instruments() {
        var owner = new SectionOwner.OfInstruments(interview.roundId(), unit.id());
        for (SectionKind kind : List.of(SectionKind.STEUERUNG, SectionKind.THEMEN)) {
            var editor = new SectionEditor(owner, kind, sections, vocabulary, saveState, "instruments.");
            editor.addClassName("qs-form-box");
            editor.setOnChange(this::edited);
            content.add(editor);
            refreshers.add(editor::refresh);
        }
    }

    // --- 4. Schnittstellen

    private void interfaces() {
        var list = new Div();
        list.addClassName("qs-interfaces");
        list.setId("interfaces");
        List<Term> themes = vocabulary.findSelectable(Vocabulary.THEME);
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            list.removeAll();
            for (InterfaceLink link : interviews.interfaces(interview.id())) {
                list.add(interfaceRow(link, themes, render[0]));
            }
        };
        render[0].run();
        var partner = new ComboBox<Unit>(getTranslation("interface.add"));
        partner.setItemLabelGenerator(Unit::label);
        partner.setId("interface-partner");
        partner.setWidthFull();
        Runnable partners = () -> {
            Set<Long> linked = interviews.interfaces(interview.id()).stream().map(InterfaceLink::partnerUnitId)
                    .collect(Collectors.toSet());
            partner.setItems(units.findAll().stream().filter(u -> u.id() != unit.id() && !linked.contains(u.id()))
                    .toList());
        };
        partners.run();
        partner.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                try {
                    interviews.addInterface(interview.id(), e.getValue().id());
                    saveState.saved();
                } catch (UserError error) {
                    ErrorMessages.show(this, error);
                }
                partner.clear();
                partners.run();
                render[0].run();
                edited();
            }
        });
        content.add(list, partner);
        refreshers.add(() -> {
            partners.run();
            render[0].run();
        });
    }

    private Component interfaceRow(InterfaceLink link, List<Term> themes, Runnable rerender) {
        var partnerName = new H3(link.partnerLabel());
        var terms = new com.vaadin.flow.component.combobox.MultiSelectComboBox<Term>(getTranslation("interface.themes"));
        terms.setItems(themes);
        terms.setItemLabelGenerator(Term::name);
        Set<Long> selected = link.terms().stream().map(t -> t.id()).collect(Collectors.toSet());
        terms.setValue(themes.stream().filter(t -> selected.contains(t.id())).collect(Collectors.toSet()));
        terms.setWidthFull();
        terms.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    interviews.setInterfaceTerms(link.id(), e.getValue().stream().map(Term::id)
                            .collect(Collectors.toSet()));
                    saveState.saved();
                } catch (UserError error) {
                    ErrorMessages.show(this, error);
                }
            }
        });
        var note = new TextField(getTranslation("interface.note"));
        note.setWidthFull();
        Autosave.text(note, link.partnerLabel() + " – " + note.getLabel(), saveState, link.note(),
                (expected, value) -> interviews.updateInterfaceNote(link.id(), expected, value))
                .keepUnsent("interface/" + link.id() + "/note");
        var remove = new Button(getTranslation("interface.remove"), VaadinIcon.TRASH.create(), e -> {
            interviews.removeInterface(link.id());
            rerender.run();
            edited();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        var row = new Div(partnerName, terms, note, remove);
        row.addClassName("qs-form-box");
        row.addClassName("qs-interface");
        return row;
    }

    // --- 5. Bedarfe und Anregungen

    private void needs() {
        long interviewId = interview.id();
        var editor = new ItemListEditor(getTranslation("step.BEDARFE"), ItemListEditor.Backend.of(
                () -> interviews.needs(interviewId),
                (afterId, depth, text) -> interviews.addNeed(interviewId, afterId, depth, text),
                interviews::updateNeed, interviews::moveNeed, interviews::setNeedDepth, interviews::removeNeed),
                saveState);
        editor.setOnChange(this::edited);
        editor.keepUnsent("interview/" + interviewId + "/needs");
        editor.setId("needs");
        editor.addClassName("qs-form-box");
        content.add(editor);
        refreshers.add(editor::reload);
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
