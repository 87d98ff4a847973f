package de.querschnitt.comment.ui;

import static de.querschnitt.db.Tables.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.As;
import de.querschnitt.ViewTest;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ui.ProfileView;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The comment panel under one box: the planner asks, the unit answers, the planner marks it as done. */
@ViewTest
@Transactional
class CommentPanelTest extends SpringBrowserlessTest {

    @Autowired
    CommentService comments;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;

    private long round;
    private long fb45;
    private long profileId;

    private CommentPanel panelUnderTheContentBox() {
        findTheProfile();
        navigate("profile/" + profileId, ProfileView.class);
        return show(new CommentPanel(comments, CommentOwner.profile(profileId), "INHALT"));
    }

    private void findTheProfile() {
        round = SystemAuthentication.call(() -> rounds.current().orElseThrow().id());
        fb45 = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        profileId = SystemAuthentication.call(() -> profiles.findByUnit(round, fb45).stream()
                .filter(p -> p.title().equals("Kinder- und Jugendförderplan")).findFirst().orElseThrow().id());
    }

    private CommentPanel show(CommentPanel panel) {
        UI.getCurrent().add(panel);
        return panel;
    }

    private Button toggle(CommentPanel panel) {
        return $(Button.class, panel).withClassName("qs-comments-toggle").single();
    }

    private Button button(CommentPanel panel, String text) {
        return $(Button.class, panel).withText(text).single();
    }

    private List<String> messages(CommentPanel panel) {
        return $(Paragraph.class, panel).withClassName("qs-comment-text").all().stream().map(Paragraph::getText)
                .toList();
    }

    private List<String> statuses(CommentPanel panel) {
        return $(Span.class, panel).withClassName("qs-comment-status").all().stream().map(Span::getText).toList();
    }

    private int openCount() {
        return comments.openThreadsByUnit(round).getOrDefault(fb45, 0);
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerAsksTheUnitAnswersAndThePlannerMarksItAsDone() {
        CommentPanel planner = panelUnderTheContentBox();
        assertThat(toggle(planner).getText()).isEqualTo("Kommentieren");
        assertThat(planner.isExpanded()).isFalse();
        int countBefore = openCount();

        test(toggle(planner)).click();
        assertThat(toggle(planner).getElement().getAttribute("aria-expanded")).isEqualTo("true");
        test($(TextArea.class, planner).withLabel("Neue Frage an die Einheit").single())
                .setValue("Gilt der Plan noch bis 2020?");
        test(button(planner, "Frage stellen")).click();

        assertThat(toggle(planner).getText()).isEqualTo("Kommentare (1 offen)");
        assertThat(messages(planner)).containsExactly("Gilt der Plan noch bis 2020?");
        assertThat(statuses(planner)).containsExactly("Offen: wartet auf Antwort der Einheit");
        assertThat($(Span.class, planner).withClassName("qs-comment-meta").single().getText())
                .startsWith("Sozialplanung (Demo) (Sozialplanung), ");
        assertThat($(TextArea.class, planner).withLabel("Neue Frage an die Einheit").single().getValue()).isEmpty();
        assertThat(openCount()).isEqualTo(countBefore + 1);

        // the unit's staff member opens the same box
        As.user(accounts, "fb45", () -> {
            CommentPanel unit = show(new CommentPanel(comments, CommentOwner.profile(profileId), "INHALT"));
            test(toggle(unit)).click();
            assertThat(messages(unit)).containsExactly("Gilt der Plan noch bis 2020?");
            assertThat($(Button.class, unit).withText("Erledigt").exists()).isFalse();
            assertThat(button(unit, "Anmerkung schreiben").isVisible()).isTrue();
            test($(TextArea.class, unit).withLabel("Antwort").single()).setValue("Ja, bis Ende 2020.");
            test(button(unit, "Antworten")).click();
            assertThat(messages(unit)).containsExactly("Gilt der Plan noch bis 2020?", "Ja, bis Ende 2020.");
            assertThat($(Span.class, unit).withClassName("qs-comment-meta").last().getText())
                    .startsWith("FB 45 Kinder, Jugend und Schule (Demo) (Fachbereich), ");
        });

        // a live event reaches the planner's page
        planner.refresh();
        assertThat(messages(planner)).containsExactly("Gilt der Plan noch bis 2020?", "Ja, bis Ende 2020.");
        assertThat(statuses(planner)).containsExactly("Offen");
        test(button(planner, "Erledigt")).click();

        assertThat(statuses(planner)).singleElement().asString().startsWith("Erledigt (Sozialplanung (Demo), ");
        assertThat(toggle(planner).getText()).isEqualTo("Kommentare (1)");
        assertThat($(TextArea.class, planner).withLabel("Antwort").exists()).isFalse();
        assertThat(button(planner, "Wieder öffnen").isVisible()).isTrue();
        assertThat(openCount()).isEqualTo(countBefore);
    }

    @Test
    @WithUserDetails("planung")
    void overviewsSayHowManyQuestionsAreOpen() {
        panelUnderTheContentBox();
        assertThat(CommentTexts.openThreads(UI.getCurrent(), 0)).isEqualTo("keine offenen Rückfragen");
        assertThat(CommentTexts.openThreads(UI.getCurrent(), 1)).isEqualTo("1 offene Rückfrage");
        assertThat(CommentTexts.badge(UI.getCurrent(), 3).getText()).isEqualTo("3 offene Rückfragen");
        assertThat(CommentTexts.badge(UI.getCurrent(), 3).hasClassName("qs-badge-warning")).isTrue();
    }

    @Test
    @WithUserDetails("fb45")
    void aRefusedTextStaysInTheFieldWithTheReason() {
        CommentPanel panel = panelUnderTheContentBox();
        test(toggle(panel)).click();
        TextArea text = $(TextArea.class, panel).withLabel("Neue Anmerkung").single();

        test(text).setValue("   ");
        test(button(panel, "Anmerkung schreiben")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Bitte geben Sie einen Text ein.");

        String tooLong = "a".repeat(CommentService.MAX_LENGTH + 1);
        text.setValue(tooLong);
        test(button(panel, "Anmerkung schreiben")).click();
        assertThat(text.getErrorMessage()).isEqualTo("Der Text ist 5.001 Zeichen lang; erlaubt sind höchstens 5.000 Zeichen.");
        assertThat(text.getValue()).isEqualTo(tooLong);
        assertThat(messages(panel)).isEmpty();
        assertThat(toggle(panel).getText()).isEqualTo("Kommentieren");
    }

    @Test
    @WithUserDetails("planung")
    void whatThePersonTypesSurvivesOtherPeoplesComments() {
        CommentPanel planner = panelUnderTheContentBox();
        long thread = comments.open(CommentOwner.profile(profileId), "INHALT", "Erste Frage");
        planner.refresh();
        test(toggle(planner)).click();
        test($(TextArea.class, planner).withLabel("Antwort").single()).setValue("Halb getippt");

        As.user(accounts, "fb45", () -> comments.answer(thread, "Antwort der Einheit"));
        planner.refresh();

        assertThat(messages(planner)).containsExactly("Erste Frage", "Antwort der Einheit");
        assertThat($(TextArea.class, planner).withLabel("Antwort").single().getValue()).isEqualTo("Halb getippt");
    }

    @Test
    @WithUserDetails("planung")
    void aClosedProfileShowsItsThreadsButNoFieldsOrActions() {
        CommentPanel planner = panelUnderTheContentBox();
        comments.open(CommentOwner.profile(profileId), "INHALT", "Letzte Frage");
        dsl.update(PROFILE).set(PROFILE.REVIEW_STATUS, "ABGESCHLOSSEN").where(PROFILE.ID.eq((int) profileId)).execute();
        planner.refresh();
        test(toggle(planner)).click();

        assertThat(messages(planner)).containsExactly("Letzte Frage");
        assertThat($(TextArea.class, planner).all()).noneMatch(TextArea::isVisible);
        assertThat($(Button.class, planner).all()).extracting(Button::getText).containsExactly("Kommentare (1 offen)");
        assertThat($(Paragraph.class, planner).withClassName("qs-comment-locked").single().getText())
                .isEqualTo("Abgeschlossen: Die Kommentare können nur noch gelesen werden.");
    }

    @Test
    @WithUserDetails("fb56")
    void anotherUnitsBoxShowsNothing() {
        CommentPanel panel = panelUnderTheContentBox();
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("gast")
    void aReaderSeesNoComments() {
        findTheProfile();
        As.user(accounts, "planung", () -> comments.open(CommentOwner.profile(profileId), "INHALT", "Intern"));
        dsl.update(PROFILE).set(PROFILE.REVIEW_STATUS, "ABGESCHLOSSEN").where(PROFILE.ID.eq((int) profileId)).execute();
        navigate("profile/" + profileId, ProfileView.class);
        CommentPanel panel = show(new CommentPanel(comments, CommentOwner.profile(profileId), "INHALT"));
        assertThat(panel.isVisible()).isFalse();
        assertThat($(Paragraph.class, panel).withClassName("qs-comment-text").exists()).isFalse();
    }
}
