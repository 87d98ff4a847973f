package de.querschnitt.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.As;
import de.querschnitt.ViewTest;
import de.querschnitt.common.ui.ConflictDialog;
import de.querschnitt.common.ui.UnsentText;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text the browser kept after a lost connection, an expired session or a server restart: when the form
 * opens in a new page, it is saved against the value it was typed on; a newer save of somebody else gets
 * the conflict choice; the browser may forget the text only after the server stored it. There is no
 * browser here: the test answers the page's question for kept text itself, as the script would.
 */
@ViewTest
@Transactional
class UnsentTextViewTest extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long newProfile(String title) {
        return profiles.create(rounds.current().orElseThrow().id(), unit("FB 45"), new ProfileData(title, null,
                ProfileKind.KONZEPT, PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), List.of());
    }

    /** Opens the interview's page of the profile, as after a reload or a new login. */
    private void open(long profileId) {
        long id = interviews.start(rounds.current().orElseThrow().id(), unit("FB 45"));
        navigate("interviews/" + id + "/planwerke/" + profileId, InterviewView.class);
    }

    private List<PendingJavaScriptInvocation> scripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    /** Answers the page's question for kept text as the browser would, with these entries. */
    private List<String> askedKeys(UnsentText.Entry... kept) {
        // what happens before the server answers the browser
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var all = scripts();
        var question = all.stream()
                .filter(js -> js.getInvocation().getExpression().contains("QsUnsent.pending")).findFirst()
                .orElseThrow(() -> new AssertionError("no question among " + all.stream()
                        .map(js -> js.getInvocation().getExpression()).toList()));
        List<String> asked = JSON.readValue((String) question.getInvocation().getParameters().getFirst(),
                new tools.jackson.core.type.TypeReference<List<String>>() { });
        question.complete(StringNode.valueOf(JSON.writeValueAsString(List.of(kept))));
        return asked;
    }

    /** The keys the server told the browser to forget (the text was stored). */
    private List<String> confirmed() {
        return scripts().stream().filter(js -> js.getInvocation().getExpression().contains("QsUnsent.confirm"))
                .map(js -> (String) js.getInvocation().getParameters().getFirst()).toList();
    }

    private String key(long profileId, String field) {
        return UnsentText.storageKey("profile/" + profileId + "/" + field);
    }

    private List<String> stored(long profileId, SectionKind kind) {
        return sections.sections(new SectionOwner.OfProfile(profileId)).stream().filter(s -> s.kind() == kind)
                .findFirst().map(Section::items).orElse(List.of()).stream().map(i -> i.text()).toList();
    }

    @Test
    @WithUserDetails("interview")
    void textKeptInTheBrowserIsSavedWhenTheFormOpensAgainAndOnlyThenForgotten() {
        long profileId = newProfile("Wiederkehr");
        open(profileId);

        List<String> asked = askedKeys(new UnsentText.Entry(key(profileId, "DOCUMENT_TITLE"), "Vom Tablet, ungesendet",
                null));

        assertThat(asked).contains(key(profileId, "TITLE"), key(profileId, "DOCUMENT_TITLE"),
                key(profileId, "PERIOD_NOTE"));
        assertThat(asked).allMatch(k -> k.startsWith("qs-unsent:interview:"));
        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isEqualTo("Vom Tablet, ungesendet");
        assertThat($(TextField.class).withLabel("Titel des Dokuments").single().getValue())
                .isEqualTo("Vom Tablet, ungesendet");
        assertThat($(ConflictDialog.class).all()).isEmpty();
        assertThat(confirmed()).containsExactly(key(profileId, "DOCUMENT_TITLE"));
    }

    @Test
    @WithUserDetails("interview")
    void somebodyElsesNewerSaveIsNotOverwrittenButOffersTheConflictChoice() {
        long profileId = newProfile("Konflikt nach Neustart");
        open(profileId);
        // typed on an empty field; meanwhile the planner saved a text of their own
        As.user(accounts, "planung", () ->
                profiles.updateField(profileId, ProfileField.DOCUMENT_TITLE, null, "Vom Schreibtisch"));

        askedKeys(new UnsentText.Entry(key(profileId, "DOCUMENT_TITLE"), "Vom Tablet", null));

        var dialog = $(ConflictDialog.class).single();
        assertThat($(TextArea.class, dialog).withId("conflict-mine").single().getValue()).isEqualTo("Vom Tablet");
        assertThat($(TextArea.class, dialog).withId("conflict-stored").single().getValue())
                .isEqualTo("Vom Schreibtisch");
        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isEqualTo("Vom Schreibtisch");
        assertThat(confirmed()).isEmpty();

        test($(Button.class, dialog).withId("conflict-keep-mine").single()).click();

        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isEqualTo("Vom Tablet");
        assertThat(confirmed()).containsExactly(key(profileId, "DOCUMENT_TITLE"));
    }

    @Test
    @WithUserDetails("interview")
    void takingTheStoredTextLetsTheBrowserForgetTheOwn() {
        long profileId = newProfile("Verwerfen");
        open(profileId);
        As.user(accounts, "planung", () ->
                profiles.updateField(profileId, ProfileField.DOCUMENT_TITLE, null, "Vom Schreibtisch"));

        askedKeys(new UnsentText.Entry(key(profileId, "DOCUMENT_TITLE"), "Vom Tablet", null));
        test($(Button.class, $(ConflictDialog.class).single()).withId("conflict-take-stored").single()).click();

        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isEqualTo("Vom Schreibtisch");
        assertThat(scripts()).anyMatch(js -> js.getInvocation().getExpression().contains("QsUnsent.discard")
                && js.getInvocation().getParameters().getFirst().equals(key(profileId, "DOCUMENT_TITLE")));
    }

    @Test
    @WithUserDetails("interview")
    void aSaveTheServerRefusesLeavesTheTextInTheBrowser() {
        long profileId = newProfile("Zu lang");
        open(profileId);

        askedKeys(new UnsentText.Entry(key(profileId, "DOCUMENT_TITLE"), "x".repeat(60_000), null));

        assertThat(profiles.find(profileId).orElseThrow().data().documentTitle()).isNull();
        assertThat($(TextField.class).withLabel("Titel des Dokuments").single().isInvalid()).isTrue();
        assertThat(confirmed()).isEmpty();
    }

    @Test
    @WithUserDetails("interview")
    void keptItemsComeBackExistingOnesChangedAndNewOnesAdded() {
        long profileId = newProfile("Punkte");
        var owner = new SectionOwner.OfProfile(profileId);
        sections.addItem(owner, SectionKind.INHALT, null, 0, "Erster Punkt");
        long itemId = sections.sections(owner).getFirst().items().getFirst().id();
        open(profileId);
        String list = "profile/" + profileId + "/section/INHALT/items";

        List<String> asked = askedKeys(
                new UnsentText.Entry(UnsentText.storageKey(list + "/item/" + itemId), "Erster Punkt, ergänzt",
                        "Erster Punkt"),
                new UnsentText.Entry(UnsentText.storageKey(list + "/new/abc"), "Neuer Punkt vor dem Neustart", null));

        assertThat(asked).contains(UnsentText.storageKey(list + "/new/") + "*");
        assertThat(stored(profileId, SectionKind.INHALT))
                .containsExactly("Erster Punkt, ergänzt", "Neuer Punkt vor dem Neustart");
        assertThat(confirmed()).contains(UnsentText.storageKey(list + "/item/" + itemId),
                UnsentText.storageKey(list + "/new/abc"));
    }

    @Test
    @WithUserDetails("interview")
    void textThatWasStoredButNotConfirmedIsOnlyForgotten() {
        long profileId = newProfile("Schon gespeichert");
        profiles.updateField(profileId, ProfileField.DOCUMENT_TITLE, null, "Angekommen");
        open(profileId);
        int revisionsBefore = profiles.find(profileId).orElseThrow().version();

        askedKeys(new UnsentText.Entry(key(profileId, "DOCUMENT_TITLE"), "Angekommen", null));

        assertThat($(ConflictDialog.class).all()).isEmpty();
        assertThat(profiles.find(profileId).orElseThrow().version()).isEqualTo(revisionsBefore);
        assertThat(confirmed()).containsExactly(key(profileId, "DOCUMENT_TITLE"));
    }
}
