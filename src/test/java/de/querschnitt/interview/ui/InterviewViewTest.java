package de.querschnitt.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxTester;
import de.querschnitt.vocabulary.Term;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.As;
import de.querschnitt.ViewTest;
import de.querschnitt.audit.Revision;
import de.querschnitt.common.ui.ConflictDialog;
import de.querschnitt.common.ui.PersonListEditor;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.interview.InterviewStatus;
import de.querschnitt.interview.InterviewStep;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.ui.ItemListEditor;
import de.querschnitt.profile.ui.ProfileForm;
import de.querschnitt.profile.ui.SectionEditor;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The questionnaire as the interviewer uses it, one use case per test. */
@ViewTest
@Transactional
class InterviewViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    ProfileService profiles;
    @Autowired
    SectionService sections;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    AccountService accounts;

    private long round() {
        return rounds.current().orElseThrow().id();
    }

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long newProfile(String unitCode, String title) {
        return profiles.create(round(), unit(unitCode), new ProfileData(title, null, ProfileKind.KONZEPT,
                PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), List.of());
    }

    private ItemListEditor items(SectionKind kind) {
        return $(SectionEditor.class).withId("section-" + kind.name().toLowerCase()).single().items();
    }

    private List<String> stored(long profileId, SectionKind kind) {
        return sections.sections(new SectionOwner.OfProfile(profileId)).stream().filter(s -> s.kind() == kind)
                .findFirst().map(Section::items).orElse(List.of()).stream()
                .map(i -> (i.level() == 1 ? "  " : "") + i.text()).toList();
    }

    private void addItem(SectionKind kind, String text) {
        var editor = items(kind);
        test($(Button.class, editor).withText("Punkt hinzufügen").single()).click();
        test(editor.fields().getLast()).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBoxTester<MultiSelectComboBox<Term>, Term> terms(SectionKind kind) {
        MultiSelectComboBox<Term> combo = $(MultiSelectComboBox.class,
                $(SectionEditor.class).withId("section-" + kind.name().toLowerCase()).single()).single();
        return new MultiSelectComboBoxTester<>(combo);
    }

    /** What the unit page's "Interview führen" link does. */
    private void openUnitsInterview(long unitId) {
        assertThat(de.querschnitt.common.ui.Routes.interviewOf(unitId)).isEqualTo("interviews?einheit=" + unitId);
        com.vaadin.flow.component.UI.getCurrent().navigate("interviews",
                com.vaadin.flow.router.QueryParameters.of("einheit", String.valueOf(unitId)));
    }

    private String stepHeading() {
        return $(H3.class).withId("step-heading").single().getText();
    }

    @Test
    @WithUserDetails("interview")
    void theInterviewerCapturesACompleteNewProfileThroughAllSteps() {
        long id = interviews.start(round(), unit("FB 32"));
        navigate("interviews/" + id, InterviewView.class);
        assertThat(stepHeading()).isEqualTo("Stammdaten");

        // 1. Stammdaten: the meeting and the unit's contact person
        test($(TextField.class).withLabel("Ort").single()).setValue("Rathaus, Raum 112");
        var participants = $(PersonListEditor.class).withId("participants").single();
        test($(Button.class, participants).withText("Person hinzufügen").single()).click();
        test(participants.nameFields().getFirst()).setValue("Frau Muster");
        test(participants.functionFields().getFirst()).setValue("Abteilungsleitung");
        var contacts = $(PersonListEditor.class).withId("contacts").single();
        test($(Button.class, contacts).withText("Ansprechperson hinzufügen").single()).click();
        test(contacts.functionFields().getFirst()).setValue("Sachgebietsleitung");
        test(contacts.nameFields().getFirst()).setValue("Herr Beispiel");

        // 2. Planwerke: a new document, filled box by box
        navigate("interviews/" + id + "/planwerke", InterviewView.class);
        test($(Button.class).withId("document-new").single()).click();
        test($(TextField.class).withId("document-title").single()).setValue("Sicherheitskonzept Innenstadt");
        test($(Button.class).withId("document-create").single()).click();
        long profileId = $(ProfileForm.class).single().profileId();
        test($(TextField.class).withLabel("Titel des Dokuments").single()).setValue("Konzept Sicherheit 2019");
        test($(TextField.class).withLabel("Zeitraum von").single()).setValue("2019");
        test($(TextField.class).withLabel("Zeitraum bis").single()).setValue("2024");
        test($(Select.class).withLabel("Stand").single()).selectItem("aktuell");
        addItem(SectionKind.EINORDNUNG, "Leitlinie für die Innenstadt");
        addItem(SectionKind.GRUNDLAGE, "Ratsbeschluss 2018");
        terms(SectionKind.RAUMBEZUG).selectItem("Stadtbezirke");
        addItem(SectionKind.INHALT, "Lagebild");
        addItem(SectionKind.STEUERUNG, "Ordnungspartnerschaft");
        addItem(SectionKind.SONSTIGES, "Fortschreibung geplant");
        terms(SectionKind.THEMEN).selectItem("Bildung");

        // 3. Instrumente ohne Planwerk: nothing to capture for this unit
        navigate("interviews/" + id + "/instrumente", InterviewView.class);
        test($(Checkbox.class).withId("step-empty").single()).click();
        // 4. Schnittstellen
        navigate("interviews/" + id + "/schnittstellen", InterviewView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> partner = $(ComboBox.class).withId("interface-partner").single();
        test(partner).selectItem("FB 56 Wohnen, Soziales und Integration");
        // 5. Bedarfe und Anregungen
        navigate("interviews/" + id + "/bedarfe", InterviewView.class);
        test($(Button.class).withText("Punkt hinzufügen").single()).click();
        test($(ItemListEditor.class).withId("needs").single().fields().getFirst())
                .setValue("Kleinräumige Daten zur Kriminalität");
        // once something is captured, "nothing to capture" is no longer offered
        assertThat($(Checkbox.class).withId("step-empty").exists()).isFalse();

        // every step is complete now, and the stepper says so
        assertThat(interviews.progress(id).missing().values()).allSatisfy(missing -> assertThat(missing).isEmpty());
        assertThat($(Anchor.class).withClassName("qs-step-link").all())
                .allSatisfy(a -> assertThat(a.getElement().getAttribute("data-complete")).isEqualTo("true"));
        test($(Button.class).withId("interview-finish").single()).click();
        assertThat(interviews.find(id).orElseThrow().status()).isEqualTo(InterviewStatus.ERFASST);

        ProfileCard card = profiles.findCard(profileId).orElseThrow();
        assertThat(card.profile().data().documentTitle()).isEqualTo("Konzept Sicherheit 2019");
        assertThat(card.profile().data().period().years()).isEqualTo("2019–2024");
        assertThat(card.sections()).extracting(Section::kind).containsExactly(SectionKind.values());
        assertThat(card.section(SectionKind.THEMEN).orElseThrow().items()).extracting(SectionItem::text)
                .containsExactly("Bildung");
        assertThat(units.contacts(unit("FB 32"))).extracting(p -> p.name() + " / " + p.function())
                .containsExactly("Herr Beispiel / Sachgebietsleitung");
        assertThat(interviews.participants(id)).extracting(p -> p.name()).containsExactly("Frau Muster");
        assertThat(interviews.interfaces(id)).extracting(l -> l.partnerLabel())
                .containsExactly("FB 56 Wohnen, Soziales und Integration");
    }

    @Test
    @WithUserDetails("interview")
    void thePlannedInterviewIsRunningOnceAnythingIsCapturedEvenOnlyInADocument() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Nur ein Dokument");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        assertThat(interviews.find(id).orElseThrow().status()).isEqualTo(InterviewStatus.GEPLANT);
        addItem(SectionKind.INHALT, "Erster Inhalt");
        assertThat(interviews.find(id).orElseThrow().status()).isEqualTo(InterviewStatus.IN_DURCHFUEHRUNG);
        assertThat($(Select.class).withId("interview-status").single().getValue())
                .isEqualTo(InterviewStatus.IN_DURCHFUEHRUNG);
    }

    @Test
    @WithUserDetails("interview")
    void reopeningTheInterviewResumesOnTheStepAndDocumentWhereItWasLeft() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Schulentwicklungsplan Test");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        navigate("interviews", InterviewListView.class);

        navigate("interviews/" + id, InterviewView.class);
        assertThat(stepHeading()).isEqualTo("Planwerke");
        assertThat($(ProfileForm.class).single().profileId()).isEqualTo(profileId);
        assertThat(interviews.find(id).orElseThrow().currentStep()).isEqualTo(InterviewStep.PLANWERKE);
    }

    @Test
    @WithUserDetails("interview")
    void theUnitPageStartsTheInterviewAndLaterResumesIt() {
        long unitId = unit("FB 52");
        openUnitsInterview(unitId);
        assertThat(getCurrentView()).isInstanceOf(InterviewView.class);
        assertThat(stepHeading()).isEqualTo("Stammdaten");
        long id = interviews.list(round()).stream().filter(s -> s.unitId() == unitId).findFirst().orElseThrow().id();
        navigate("interviews/" + id + "/schnittstellen", InterviewView.class);

        openUnitsInterview(unitId);
        assertThat(stepHeading()).isEqualTo("Schnittstellen");
        assertThat(interviews.list(round()).stream().filter(s -> s.unitId() == unitId)).hasSize(1);
    }

    @Test
    @WithUserDetails("interview")
    void itemsAreReorderedAndIndentedWithTheItemMenu() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Reihenfolge");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        addItem(SectionKind.INHALT, "A");
        addItem(SectionKind.INHALT, "B");
        addItem(SectionKind.INHALT, "C");

        var editor = items(SectionKind.INHALT);
        List<MenuBar> menus = $(MenuBar.class, editor).all();
        new MenuBarTester<>(menus.get(2)).clickItem(0, 0); // C: nach oben
        assertThat(editor.texts()).containsExactly("A", "C", "B");
        menus = $(MenuBar.class, editor).all();
        new MenuBarTester<>(menus.get(2)).clickItem(0, 2); // B: einrücken
        assertThat(editor.texts()).containsExactly("A", "C", "  B");
        new MenuBarTester<>(menus.get(0)).clickItem(0, 1); // A: nach unten, past C and its sub-item
        assertThat(editor.texts()).containsExactly("C", "  B", "A");
        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("C", "  B", "A");
        menus = $(MenuBar.class, editor).all();
        new MenuBarTester<>(menus.get(1)).clickItem(0, 3); // B: ausrücken
        new MenuBarTester<>(menus.get(0)).clickItem(0, 4); // C: entfernen
        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("B", "A");
        assertThat(editor.texts()).containsExactly("B", "A");
    }

    @Test
    @WithUserDetails("interview")
    void autosaveWritesExactlyOneRevisionPerChange() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Revisionen");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        int before = profiles.history(profileId).size();

        var documentTitle = $(TextField.class).withLabel("Titel des Dokuments").single();
        test(documentTitle).setValue("Erste Fassung");
        test(documentTitle).setValue("Zweite Fassung");
        test(documentTitle).setValue("Zweite Fassung ");
        addItem(SectionKind.INHALT, "Ein Punkt");

        List<Revision> history = profiles.history(profileId);
        assertThat(history).hasSize(before + 3);
        assertThat(history.subList(0, 3)).extracting(Revision::field, Revision::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INHALT.item", "Ein Punkt"),
                org.assertj.core.groups.Tuple.tuple("documentTitle", "Zweite Fassung"),
                org.assertj.core.groups.Tuple.tuple("documentTitle", "Erste Fassung"));
        assertThat($(SaveState.class).single().state()).isEqualTo(SaveState.State.SAVED);
    }

    @Test
    @WithUserDetails("interview")
    void invalidInputIsRefusedWithItsMessageAndNothingElseChanges() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Prüfung");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        addItem(SectionKind.INHALT, "Bleibt erhalten");
        int before = profiles.history(profileId).size();

        var from = $(TextField.class).withLabel("Zeitraum von").single();
        test(from).setValue("1800");
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("Der Wert im Feld „Zeitraum von“ ist zu klein (mindestens 1900).");
        assertThat(from.getValue()).isEqualTo("1800");
        assertThat($(SaveState.class).single().state()).isEqualTo(SaveState.State.FAILED);

        TextArea item = items(SectionKind.INHALT).fields().getFirst();
        test(item).setValue("x".repeat(50_000));
        assertThat(item.isInvalid()).isTrue();
        assertThat(item.getErrorMessage()).startsWith("Der Text ist mit 50.000 Zeichen zu lang; erlaubt sind höchstens 5.000.");

        var title = $(TextField.class).withLabel("Titel").single();
        test(title).setValue("");
        assertThat(title.getErrorMessage()).isEqualTo("Bitte füllen Sie das Feld „Titel“ aus.");

        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("Bleibt erhalten");
        assertThat(profiles.find(profileId).orElseThrow().data().title()).isEqualTo("Prüfung");
        assertThat(profiles.find(profileId).orElseThrow().data().period().from()).isNull();
        assertThat(profiles.history(profileId)).hasSize(before);

        // correcting the value saves it and clears the message
        test(from).setValue("1999");
        assertThat(from.isInvalid()).isFalse();
        assertThat(profiles.find(profileId).orElseThrow().data().period().from()).isEqualTo(1999);
    }

    @Test
    @WithUserDetails("interview")
    void twoSessionsEditingDifferentFieldsBothPersist() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Zwei Sitzungen");
        long item = sections.addItem(new SectionOwner.OfProfile(profileId), SectionKind.INHALT, null, 0, "Vom Interview");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);

        // the planner at the desk saves other fields while the tablet shows the profile
        As.user(accounts, "planung", () -> {
            profiles.updateField(profileId, ProfileField.DOCUMENT_TITLE, null, "Titel vom Schreibtisch");
            sections.addItem(new SectionOwner.OfProfile(profileId), SectionKind.INHALT, item, 0, "Vom Schreibtisch");
        });
        test($(TextArea.class).withLabel("Anmerkung zum Zeitraum").single()).setValue("Notiz vom Tablet");
        test(items(SectionKind.INHALT).fields().getFirst()).setValue("Vom Interview, ergänzt");

        assertThat($(ConflictDialog.class).all()).isEmpty();
        var stored = profiles.find(profileId).orElseThrow().data();
        assertThat(stored.documentTitle()).isEqualTo("Titel vom Schreibtisch");
        assertThat(stored.period().note()).isEqualTo("Notiz vom Tablet");
        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("Vom Interview, ergänzt", "Vom Schreibtisch");
    }

    @Test
    @WithUserDetails("interview")
    void twoSessionsEditingTheSameFieldGetTheConflictChoiceAndLoseNothing() {
        long id = interviews.start(round(), unit("FB 45"));
        long profileId = newProfile("FB 45", "Konflikt");
        sections.addItem(new SectionOwner.OfProfile(profileId), SectionKind.INHALT, null, 0, "Ausgangstext");
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
        long item = sections.sections(new SectionOwner.OfProfile(profileId)).getFirst().items().getFirst().id();

        As.user(accounts, "planung", () -> {
            sections.updateItem(item, "Ausgangstext", "Text vom Schreibtisch");
            profiles.updateField(profileId, ProfileField.DOCUMENT_TITLE, null, "Titel vom Schreibtisch");
        });
        test(items(SectionKind.INHALT).fields().getFirst()).setValue("Text vom Tablet");

        ConflictDialog dialog = $(ConflictDialog.class).single();
        assertThat($(TextArea.class, dialog).withId("conflict-mine").single().getValue()).isEqualTo("Text vom Tablet");
        assertThat($(TextArea.class, dialog).withId("conflict-stored").single().getValue())
                .isEqualTo("Text vom Schreibtisch");
        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("Text vom Schreibtisch");
        // merge by hand: both texts are offered, the merged one is saved
        test($(Button.class, dialog).withId("conflict-merge").single()).click();
        var merged = $(TextArea.class, dialog).withId("conflict-merged").single();
        assertThat(merged.getValue()).contains("Text vom Tablet", "Text vom Schreibtisch");
        test(merged).setValue("Text vom Schreibtisch und vom Tablet");
        test($(Button.class, dialog).withId("conflict-merge").single()).click();
        assertThat(stored(profileId, SectionKind.INHALT)).containsExactly("Text vom Schreibtisch und vom Tablet");

        // the same for a master data field: taking the stored value keeps the other's text
        test($(TextField.class).withLabel("Titel des Dokuments").single()).setValue("Titel vom Tablet");
        ConflictDialog second = $(ConflictDialog.class).last();
        test($(Button.class, second).withId("conflict-take-stored").single()).click();
        assertThat($(TextField.class).withLabel("Titel des Dokuments").single().getValue())
                .isEqualTo("Titel vom Schreibtisch");
        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isEqualTo("Titel vom Schreibtisch");
        assertThat(profiles.history(profileId)).extracting(Revision::newValue)
                .contains("Text vom Schreibtisch", "Text vom Schreibtisch und vom Tablet");
    }
}
