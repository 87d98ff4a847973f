package de.querschnitt.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.As;
import de.querschnitt.ViewTest;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Each step of the review as the planner and a department take it on screen. */
@ViewTest
@Transactional
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    AccountService accounts;
    @Autowired
    CommentService comments;

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long profileId(String unitCode, String title) {
        return SystemAuthentication.call(() -> profiles.findByUnit(rounds.current().orElseThrow().id(),
                unit(unitCode)).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id());
    }

    private ReviewStatus status(long profileId) {
        return SystemAuthentication.call(() -> profiles.find(profileId).orElseThrow().status());
    }

    private void confirmDialog() {
        test($(ConfirmDialog.class).single()).confirm();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    @Test
    @WithUserDetails("planung")
    void theBoardSendsAUnitsDraftsToTheUnitWithOneAction() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var board = navigate(ReviewBoardView.class);
        long drafts = SystemAuthentication.call(() -> reviews.entries(rounds.current().orElseThrow().id(),
                unit("FB 45")).stream().filter(e -> e.status() == ReviewStatus.ENTWURF).count());
        int row = board.grid.getGenericDataView().getItems().map(u -> u.unit().code()).toList().indexOf("FB 45");
        var cell = (com.vaadin.flow.component.html.Span) test(board.grid).getCellComponent(row, 1);
        var send = (Button) cell.getChildren().findFirst().orElseThrow();
        assertThat(send.getText()).isEqualTo("Senden (" + drafts + ")");
        test(send).click();

        assertThat(status(id)).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
        // the board shows the unit's drafts as in review, and the action is done
        int after = board.grid.getGenericDataView().getItems().map(u -> u.unit().code()).toList().indexOf("FB 45");
        assertThat(test(board.grid).getCellText(after, 2)).as("Entwurf").isEqualTo("0");
        assertThat(test(board.grid).getCellText(after, 3)).as("Zur Prüfung").isEqualTo(String.valueOf(drafts));
        assertThat(((com.vaadin.flow.component.html.Span) test(board.grid).getCellComponent(after, 1))
                .getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails("fb45")
    void theDepartmentCorrectsSeesItsChangeMarkedAndConfirms() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        As.user(accounts, "planung", () -> reviews.sendToReview(new SectionOwner.OfProfile(id)));

        navigate(MyEntriesView.class);
        assertThat($(Paragraph.class).withId("mine-summary").single().getText()).startsWith("1 Eintrag wartet");
        Anchor check = $(Anchor.class).from($(com.vaadin.flow.component.html.Div.class).withId("my-entries").single())
                .withText("Prüfen").single();
        assertThat(check.getHref()).isEqualTo(Routes.profileEdit(id));

        navigate(Routes.profileEdit(id), ProfileEditView.class);
        assertThat($(Paragraph.class).withId("review-asked").single().getText()).contains("Freigeben");
        TextField title = $(TextField.class).withId("profile-title").single();
        test(title).setValue("Kinder- und Jugendförderplan 2015–2020");

        var changes = $(com.vaadin.flow.component.html.Div.class).withId("changes-master").single();
        assertThat(changes.isVisible()).isTrue();
        assertThat(changes.getElement().getTextRecursively()).contains("Titel").contains("2015–2020")
                .contains("korrigiert");

        test(button("review-confirm")).click();
        confirmDialog();

        assertThat(status(id)).isEqualTo(ReviewStatus.FREIGEGEBEN);
        assertThat($(TextField.class).withId("profile-title").single().isReadOnly())
                .as("confirmed: the unit can no longer change it").isTrue();
        assertThat($(Button.class).withId("review-confirm").all()).isEmpty();
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerAcceptsACorrectionWithOneActionAndClosesTheProfile() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var owner = new SectionOwner.OfProfile(id);
        reviews.sendToReview(owner);
        As.user(accounts, "fb45", () -> {
            profiles.updateField(id, de.querschnitt.profile.ProfileField.PERIOD_NOTE,
                    profiles.find(id).orElseThrow().data().period().note(), "Fortschreibung 2018 beschlossen");
            reviews.confirm(owner);
        });

        navigate(Routes.profileEdit(id), ProfileEditView.class);
        var period = $(com.vaadin.flow.component.html.Div.class).withId("changes-period").single();
        assertThat(period.getElement().getTextRecursively()).contains("Fortschreibung 2018 beschlossen");
        test($(Button.class).from(period).withText("Übernehmen").single()).click();
        assertThat(reviews.state(owner).openCorrections()).isZero();
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("changes-period").single().getElement()
                .getTextRecursively()).contains("übernommen");

        test(button("review-close")).click();
        confirmDialog();

        assertThat(status(id)).isEqualTo(ReviewStatus.ABGESCHLOSSEN);
        assertThat($(TextField.class).withId("profile-title").single().isReadOnly()).isTrue();
        assertThat(button("review-reopen").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerSendsBackWithAQuestionThatTheUnitSees() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var owner = new SectionOwner.OfProfile(id);
        reviews.sendToReview(owner);
        As.user(accounts, "fb45", () -> reviews.confirm(owner));

        navigate(Routes.profileEdit(id), ProfileEditView.class);
        test(button("review-send-back")).click();
        test(button("review-question-send")).click();
        TextArea question = $(TextArea.class).withId("review-question").single();
        assertThat(question.isInvalid()).as("an empty question is refused").isTrue();
        assertThat(status(id)).isEqualTo(ReviewStatus.FREIGEGEBEN);

        test(question).setValue("Bitte den Zeitraum prüfen.");
        test(button("review-question-send")).click();

        assertThat(status(id)).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
        As.user(accounts, "fb45", () -> assertThat(reviews.state(owner).transitions().getLast().newValue())
                .isEqualTo("Bitte den Zeitraum prüfen."));
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerReopensAClosedProfile() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var owner = new SectionOwner.OfProfile(id);
        reviews.sendToReview(owner);
        As.user(accounts, "fb45", () -> reviews.confirm(owner));
        reviews.close(owner);

        navigate(Routes.profileEdit(id), ProfileEditView.class);
        test(button("review-reopen")).click();
        confirmDialog();

        assertThat(status(id)).isEqualTo(ReviewStatus.FREIGEGEBEN);
        assertThat($(TextField.class).withId("profile-title").single().isReadOnly()).isFalse();
    }

    @Test
    @WithUserDetails("fb45")
    void confirmingWithAnUnansweredQuestionSaysInWhichBoxWithoutAskingFirst() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var owner = new SectionOwner.OfProfile(id);
        As.user(accounts, "planung", () -> {
            reviews.sendToReview(owner);
            comments.open(CommentOwner.profile(id), CommentService.PERIOD, "Gilt der Plan bis 2020?");
        });

        navigate(Routes.profileEdit(id), ProfileEditView.class);
        assertThat($(Paragraph.class).withId("review-unanswered").single().getText()).contains("Zeitraum/Zeitbezug");
        test(button("review-confirm")).click();

        assertThat($(ConfirmDialog.class).all()).as("no question asked before the refusal").isEmpty();
        assertThat(test($(Notification.class).last()).getText()).contains("Zeitraum/Zeitbezug");
        assertThat(status(id)).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
    }

    @Test
    @WithUserDetails("planung")
    void theHistoryNamesReviewStepsInGermanAndReadersDoNotSeeIt() {
        long id = profileId("FB 45", "Kinder- und Jugendförderplan");
        var owner = new SectionOwner.OfProfile(id);
        reviews.sendToReview(owner);
        As.user(accounts, "fb45", () -> {
            profiles.updateField(id, de.querschnitt.profile.ProfileField.TITLE, "Kinder- und Jugendförderplan",
                    "Kinder- und Jugendförderplan 2015");
            reviews.confirm(owner);
        });
        reviews.close(owner);

        navigate(Routes.profile(id), de.querschnitt.profile.ui.ProfileView.class);
        var history = test($(com.vaadin.flow.component.grid.Grid.class).single());
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < history.size(); row++) {
            rows.add(history.getCellText(row, 2) + ": " + history.getCellText(row, 3) + " → "
                    + history.getCellText(row, 4));
        }
        assertThat(rows).contains("Prüfstatus: Freigegeben → Abgeschlossen",
                "Korrektur übernommen: Titel: Kinder- und Jugendförderplan → Kinder- und Jugendförderplan 2015",
                "Prüfstatus: Entwurf → Zur Prüfung");

        As.user(accounts, "gast", () -> {
            navigate(Routes.profile(id), de.querschnitt.profile.ui.ProfileView.class);
            assertThat($(com.vaadin.flow.component.grid.Grid.class).all()).as("no history for readers").isEmpty();
        });
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentOpeningAnotherUnitsProfileSeesNotFound() {
        long other = profileId("FB 56", SystemAuthentication.call(() -> profiles.findByUnit(
                rounds.current().orElseThrow().id(), unit("FB 56")).getFirst().title()));

        navigate(Routes.profileEdit(other), ProfileEditView.class);

        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Nicht gefunden");
        assertThat($(TextField.class).all()).isEmpty();
    }
}
