package de.querschnitt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.audit.Revision;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review loop as the planner and a department go through it, and what each may not do. */
@IntegrationTest
@WithUserDetails("planung")
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
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
    @Autowired
    CommentService comments;

    long profileId;
    SectionOwner owner;
    long itemId;

    @BeforeEach
    void capturedInTheInterview() {
        long unit = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        profileId = profiles.create(rounds.current().orElseThrow().id(), unit, new ProfileData("Jugendhilfeplan", null,
                ProfileKind.PLAN, PlanningLevel.FACHPLANUNG, new Period(2015, 2020, null, null, null)), List.of());
        owner = new SectionOwner.OfProfile(profileId);
        itemId = sections.addItem(owner, SectionKind.INHALT, null, 0, "Bestandsaufnahme der Kitas");
        sections.addItem(owner, SectionKind.INHALT, itemId, 0, "Bedarfsplanung");
    }

    private <T> T fb45(java.util.function.Supplier<T> action) {
        return As.user(accounts, "fb45", action);
    }

    private void fb45(Runnable action) {
        As.user(accounts, "fb45", action);
    }

    @Test
    void theWholeLoopFromSendingToClosingWithEachCorrectionShownAgainstTheInterview() {
        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.ENTWURF);
        assertThat(reviews.state(owner).sent()).isFalse();

        reviews.sendToReview(owner);

        fb45(() -> {
            ReviewState state = reviews.state(owner);
            assertThat(state.status()).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
            assertThat(state.corrections()).isEmpty();
            profiles.updateField(profileId, ProfileField.PERIOD_FROM, "2015", "2016");
            sections.updateItem(itemId, "Bestandsaufnahme der Kitas", "Bestandsaufnahme der Kitas und OGS");
            sections.addItem(owner, SectionKind.GRUNDLAGE, null, 0, "SGB VIII");
        });

        ReviewState corrected = reviews.state(owner);
        assertThat(corrected.corrections()).extracting(Correction::field)
                .containsExactly("period.from", "section.GRUNDLAGE.items", "section.INHALT.items");
        Correction inhalt = corrected.corrections().get(2);
        assertThat(inhalt.captured()).isEqualTo("• Bestandsaufnahme der Kitas\n• Bedarfsplanung");
        assertThat(inhalt.diff().lines().getFirst().pieces()).containsExactly(
                new TextDiff.Piece(TextDiff.Change.SAME, "• Bestandsaufnahme der Kitas"),
                new TextDiff.Piece(TextDiff.Change.ADDED, " und OGS"));
        assertThat(corrected.openCorrections()).isEqualTo(3);
        // the department sees the same corrections as the planner
        assertThat(fb45(() -> reviews.state(owner).corrections())).isEqualTo(corrected.corrections());

        fb45(() -> reviews.confirm(owner));
        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.FREIGEGEBEN);

        reviews.accept(owner, "period.from");
        assertThat(reviews.state(owner).corrections()).filteredOn(Correction::accepted).extracting(Correction::field)
                .containsExactly("period.from");

        reviews.close(owner);
        ReviewState closed = reviews.state(owner);
        assertThat(closed.status()).isEqualTo(ReviewStatus.ABGESCHLOSSEN);
        assertThat(closed.openCorrections()).as("closing accepts what is left").isZero();
        assertThat(closed.transitions()).extracting(Revision::username, Revision::oldValue, Revision::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("planung", "ENTWURF", "ZUR_PRUEFUNG"),
                        org.assertj.core.groups.Tuple.tuple("fb45", "ZUR_PRUEFUNG", "FREIGEGEBEN"),
                        org.assertj.core.groups.Tuple.tuple("planung", "FREIGEGEBEN", "ABGESCHLOSSEN"));
        assertThatThrownBy(() -> profiles.updateField(profileId, ProfileField.TITLE, "Jugendhilfeplan", "Neu"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "profile.error.locked");
    }

    @Test
    void theDepartmentChangesItsEntryOnlyWhileItIsInReview() {
        fb45(() -> assertThatThrownBy(() -> profiles.updateField(profileId, ProfileField.TITLE, "Jugendhilfeplan",
                "Anders")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "profile.error.not-in-review"));
        reviews.sendToReview(owner);
        fb45(() -> profiles.updateField(profileId, ProfileField.TITLE, "Jugendhilfeplan", "Jugendhilfeplan 2016"));
        fb45(() -> reviews.confirm(owner));
        fb45(() -> assertThatThrownBy(() -> sections.addItem(owner, SectionKind.INHALT, null, 0, "Noch etwas"))
                .isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "profile.error.not-in-review"));
        assertThat(profiles.find(profileId).orElseThrow().data().title()).isEqualTo("Jugendhilfeplan 2016");
    }

    @Test
    void sendingBackNeedsAQuestionAndPutsTheEntryBackInReview() {
        reviews.sendToReview(owner);
        fb45(() -> reviews.confirm(owner));

        assertThatThrownBy(() -> reviews.sendBack(owner, "   ")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.question-empty");
        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.FREIGEGEBEN);

        reviews.sendBack(owner, "Gilt der Plan auch für die OGS?");

        ReviewState state = fb45(() -> reviews.state(owner));
        assertThat(state.status()).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
        assertThat(state.transitions().getLast().field()).isEqualTo(ReviewService.QUESTION_FIELD);
        assertThat(state.transitions().getLast().newValue()).isEqualTo("Gilt der Plan auch für die OGS?");

        // the question waits in the first box for the unit's answer; confirming waits for it too
        var thread = fb45(() -> comments.threads(CommentOwner.profile(profileId))).getFirst();
        assertThat(thread.sectionKey()).isEqualTo(CommentService.MASTER);
        assertThat(fb45(() -> reviews.mine())).filteredOn(e -> e.target().equals(owner))
                .singleElement().satisfies(e -> assertThat(e.unanswered()).isEqualTo(1));
        fb45(() -> assertThatThrownBy(() -> reviews.confirm(owner)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.unanswered"));
        fb45(() -> comments.answer(thread.id(), "Ja, ab 2018 auch für die OGS."));
        fb45(() -> reviews.confirm(owner));

        // closing waits until the discussion is settled
        assertThatThrownBy(() -> reviews.close(owner)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.open-threads");
        comments.resolve(thread.id());
        reviews.close(owner);
        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.ABGESCHLOSSEN);
    }

    @Test
    void reopeningIsThePlannersAndIsItselfARevision() {
        reviews.sendToReview(owner);
        fb45(() -> reviews.confirm(owner));
        reviews.close(owner);

        fb45(() -> assertThatThrownBy(() -> reviews.reopen(owner)).isInstanceOf(AccessDeniedException.class));
        reviews.reopen(owner);

        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.FREIGEGEBEN);
        assertThat(profiles.history(profileId)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo(ReviewService.STATUS_FIELD);
            assertThat(r.oldValue()).isEqualTo("ABGESCHLOSSEN");
            assertThat(r.username()).isEqualTo("planung");
        });
        profiles.updateField(profileId, ProfileField.TITLE, "Jugendhilfeplan", "Jugendhilfeplan (überarbeitet)");
    }

    @Test
    void eachTransitionIsRefusedToOtherRolesAndFromOtherStates() {
        // roles
        assertThatThrownBy(() -> reviews.confirm(owner)).isInstanceOf(AccessDeniedException.class);
        fb45(() -> assertThatThrownBy(() -> reviews.sendToReview(owner)).isInstanceOf(AccessDeniedException.class));
        As.user(accounts, "interview", () -> assertThatThrownBy(() -> reviews.sendToReview(owner))
                .isInstanceOf(AccessDeniedException.class));
        As.user(accounts, "gast", () -> assertThatThrownBy(() -> reviews.state(owner))
                .isInstanceOf(AccessDeniedException.class));
        // states
        assertThatThrownBy(() -> reviews.close(owner)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.not-allowed");
        fb45(() -> assertThatThrownBy(() -> reviews.confirm(owner)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.not-allowed"));
        assertThatThrownBy(() -> reviews.sendBack(owner, "Frage")).isInstanceOf(UserError.class);
        reviews.sendToReview(owner);
        assertThatThrownBy(() -> reviews.sendToReview(owner)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> reviews.reopen(owner)).isInstanceOf(UserError.class);
        assertThat(reviews.state(owner).transitions()).hasSize(1);
    }

    @Test
    void anotherUnitsDepartmentFindsNothingWhateverItSends() {
        reviews.sendToReview(owner);
        As.user(accounts, "fb56", () -> {
            assertThatThrownBy(() -> reviews.state(owner)).isInstanceOf(UserError.class)
                    .hasFieldOrPropertyWithValue("messageKey", "profile.error.not-found");
            assertThatThrownBy(() -> reviews.confirm(owner)).isInstanceOf(UserError.class)
                    .hasFieldOrPropertyWithValue("messageKey", "profile.error.not-found");
            long fb45 = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
            assertThat(reviews.entries(rounds.current().orElseThrow().id(), fb45)).isEmpty();
            assertThat(reviews.mine()).noneMatch(e -> e.unitId() == fb45);
        });
        assertThat(reviews.state(owner).status()).isEqualTo(ReviewStatus.ZUR_PRUEFUNG);
    }

    @Test
    void theBoardCountsStatesAndCorrectionsAndSendsAUnitsDraftsAtOnce() {
        long round = rounds.current().orElseThrow().id();
        long unit = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        UnitReview before = reviews.board(round).stream().filter(u -> u.unit().id() == unit).findFirst().orElseThrow();
        long drafts = before.count(ReviewStatus.ENTWURF);
        assertThat(drafts).isPositive();

        int sent = reviews.sendUnitToReview(round, unit);
        fb45(() -> profiles.updateField(profileId, ProfileField.PERIOD_TO, "2020", "2021"));

        assertThat(sent).isEqualTo(drafts);
        UnitReview after = reviews.board(round).stream().filter(u -> u.unit().id() == unit).findFirst().orElseThrow();
        assertThat(after.count(ReviewStatus.ENTWURF)).isZero();
        assertThat(after.count(ReviewStatus.ZUR_PRUEFUNG)).isEqualTo(before.count(ReviewStatus.ZUR_PRUEFUNG) + drafts);
        assertThat(after.openCorrections()).isEqualTo(1);
        assertThat(fb45(() -> reviews.mine())).filteredOn(e -> e.status() == ReviewStatus.ZUR_PRUEFUNG)
                .hasSize((int) after.count(ReviewStatus.ZUR_PRUEFUNG));
    }

    @Test
    void acceptingRefusesUnknownFieldsAndEntriesNeverSent() {
        assertThatThrownBy(() -> reviews.accept(owner, "title")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.not-sent");
        reviews.sendToReview(owner);
        assertThatThrownBy(() -> reviews.accept(owner, "<script>")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.error.unknown-field");
        fb45(() -> assertThatThrownBy(() -> reviews.accept(owner, "title")).isInstanceOf(AccessDeniedException.class));
    }
}
