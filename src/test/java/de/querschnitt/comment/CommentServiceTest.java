package de.querschnitt.comment;

import static de.querschnitt.db.Tables.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.Role;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Planning staff ask about a box of a profile, the unit answers, the thread is done; and who may not. */
@IntegrationTest
class CommentServiceTest {

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

    private long round() {
        return SystemAuthentication.call(() -> rounds.current().orElseThrow().id());
    }

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private CommentOwner profile(String unitCode, String title) {
        return CommentOwner.profile(SystemAuthentication.call(() -> profiles.findByUnit(round(), unit(unitCode))
                .stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id()));
    }

    private CommentOwner fb45Plan() {
        return profile("FB 45", "Kinder- und Jugendförderplan");
    }

    private CommentOwner fb56Plan() {
        return profile("FB 56", "Integrationskonzept");
    }

    private void close(CommentOwner owner) {
        dsl.update(PROFILE).set(PROFILE.REVIEW_STATUS, "ABGESCHLOSSEN")
                .where(PROFILE.ID.eq(Math.toIntExact(((CommentOwner.OfProfile) owner).profileId()))).execute();
    }

    private UserError error(Runnable action) {
        try {
            action.run();
        } catch (UserError e) {
            return e;
        }
        throw new AssertionError("expected a UserError");
    }

    private List<CommentThread> threadsAs(String user, CommentOwner owner) {
        return As.user(accounts, user, () -> comments.threads(owner));
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerAsksTheUnitAnswersAndThePlannerResolves() {
        CommentOwner plan = fb45Plan();
        long id = comments.open(plan, "INHALT", "  Ist der Plan 2020 fortgeschrieben worden?  ");
        assertThat(comments.hasUnanswered(plan)).isTrue();

        As.user(accounts, "fb45", () -> comments.answer(id, "Ja, der 4. Plan gilt seit 2021."));
        assertThat(comments.hasUnanswered(plan)).isFalse();
        comments.resolve(id);

        CommentThread thread = comments.threads(plan).getFirst();
        assertThat(thread.sectionKey()).isEqualTo("INHALT");
        assertThat(thread.status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(thread.resolvedBy()).isEqualTo("Sozialplanung (Demo)");
        assertThat(thread.resolvedAt()).isNotNull();
        assertThat(thread.comments()).extracting(Comment::text, Comment::authorName, Comment::authorRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ist der Plan 2020 fortgeschrieben worden?",
                                "Sozialplanung (Demo)", Role.PLANNER),
                        org.assertj.core.groups.Tuple.tuple("Ja, der 4. Plan gilt seit 2021.",
                                "FB 45 Kinder, Jugend und Schule (Demo)", Role.DEPARTMENT));
        assertThat(thread.comments().getFirst().createdAt()).isBeforeOrEqualTo(thread.comments().getLast().createdAt());
        assertThat(comments.openThreads(plan)).isZero();
    }

    @Test
    @WithUserDetails("planung")
    void aResolvedThreadTakesNoAnswerUntilItIsReopened() {
        CommentOwner plan = fb45Plan();
        long id = comments.open(plan, CommentService.PERIOD, "Bis wann gilt der Plan?");
        comments.resolve(id);
        assertThat(error(() -> comments.answer(id, "Noch etwas")).messageKey()).isEqualTo("comment.error.resolved");

        comments.reopen(id);
        comments.answer(id, "Noch etwas");
        CommentThread thread = comments.threads(plan).getFirst();
        assertThat(thread.isOpen()).isTrue();
        assertThat(thread.resolvedBy()).isNull();
        assertThat(thread.comments()).hasSize(2);
    }

    @Test
    @WithUserDetails("fb45")
    void theUnitRemarksAndMayResolveItsOwnThreadButNotThePlannersQuestion() {
        CommentOwner plan = fb45Plan();
        long remark = comments.open(plan, CommentService.MASTER, "Der Titel lautet inzwischen anders.");
        long question = As.user(accounts, "planung", () -> comments.open(plan, "GRUNDLAGE", "Welche Paragraphen?"));

        assertThat(comments.threads(plan)).extracting(CommentThread::id, CommentThread::mayResolve)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(remark, true),
                        org.assertj.core.groups.Tuple.tuple(question, false));
        assertThat(comments.rights(plan)).isEqualTo(new CommentRights(true, false));
        // a remark of the unit is no question the unit owes an answer to
        assertThat(comments.threads(plan).getFirst().awaitsDepartment()).isFalse();

        comments.resolve(remark);
        assertThat(error(() -> comments.resolve(question)).messageKey()).isEqualTo("comment.error.not-opener");
        assertThat(error(() -> comments.reopen(question)).messageKey()).isEqualTo("comment.error.not-opener");
        comments.reopen(remark);
        assertThat(comments.threads(plan)).extracting(CommentThread::status)
                .containsExactly(ThreadStatus.OPEN, ThreadStatus.OPEN);
        assertThat(As.user(accounts, "interview", () -> error(() -> comments.resolve(question))).messageKey())
                .isEqualTo("comment.error.not-opener");
    }

    @Test
    @WithUserDetails("fb45")
    void anotherUnitsProfileAndThreadAreRefusedExactlyLikeMissingOnes() {
        CommentOwner foreign = fb56Plan();
        long foreignThread = As.user(accounts, "planung", () -> comments.open(foreign, "INHALT", "Frage an FB 56"));
        CommentOwner missing = CommentOwner.profile(999_999);

        for (Runnable[] pair : List.of(
                new Runnable[] {() -> comments.threads(foreign), () -> comments.threads(missing)},
                new Runnable[] {() -> comments.rights(foreign), () -> comments.rights(missing)},
                new Runnable[] {() -> comments.open(foreign, "INHALT", "x"), () -> comments.open(missing, "INHALT", "x")},
                new Runnable[] {() -> comments.hasUnanswered(foreign), () -> comments.hasUnanswered(missing)},
                new Runnable[] {() -> comments.openThreads(foreign), () -> comments.openThreads(missing)},
                new Runnable[] {() -> comments.answer(foreignThread, "x"), () -> comments.answer(999_999, "x")},
                new Runnable[] {() -> comments.resolve(foreignThread), () -> comments.resolve(999_999)},
                new Runnable[] {() -> comments.reopen(foreignThread), () -> comments.reopen(999_999)})) {
            UserError refused = error(pair[0]);
            UserError absent = error(pair[1]);
            assertThat(refused.messageKey()).isEqualTo(absent.messageKey()).endsWith("not-found");
            assertThat(refused.arguments()).isEqualTo(absent.arguments());
        }
        assertThat(As.user(accounts, "planung", () -> comments.threads(foreign)).getFirst().comments()).hasSize(1);
    }

    @Test
    @WithUserDetails("fb45")
    void anotherUnitsInstrumentsLookLikeAUnitWithoutInstruments() {
        CommentOwner foreign = CommentOwner.instruments(round(), unit("E 42"));
        CommentOwner none = CommentOwner.instruments(round(), unit("FB 45"));
        As.user(accounts, "planung", () -> comments.open(foreign, "STEUERUNG", "Wie viele Veranstaltungen 2018?"));

        assertThat(comments.threads(foreign)).isEqualTo(comments.threads(none)).isEmpty();
        assertThat(error(() -> comments.open(foreign, "STEUERUNG", "x")).messageKey())
                .isEqualTo(error(() -> comments.open(none, "STEUERUNG", "x")).messageKey())
                .isEqualTo("instruments.error.not-found");
        assertThat(comments.openThreadsByUnit(round())).doesNotContainKey(unit("E 42"));
    }

    @Test
    @WithUserDetails("gast")
    void aReaderMayNeitherReadNorWriteComments() {
        CommentOwner plan = fb45Plan();
        long id = As.user(accounts, "planung", () -> comments.open(plan, "INHALT", "Frage"));
        List<Runnable> calls = List.of(() -> comments.threads(plan), () -> comments.rights(plan),
                () -> comments.open(plan, "INHALT", "x"), () -> comments.answer(id, "x"), () -> comments.resolve(id),
                () -> comments.reopen(id), () -> comments.hasUnanswered(plan), () -> comments.openThreads(plan),
                () -> comments.openThreadsByUnit(round()));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @WithUserDetails("planung")
    void aClosedProfileKeepsItsThreadsReadableAndRefusesEveryChange() {
        CommentOwner plan = fb45Plan();
        long id = comments.open(plan, "INHALT", "Frage vor dem Abschluss");
        close(plan);

        assertThat(comments.threads(plan)).hasSize(1);
        assertThat(comments.rights(plan).writable()).isFalse();
        for (Runnable call : List.<Runnable>of(() -> comments.open(plan, "INHALT", "x"),
                () -> comments.answer(id, "x"), () -> comments.resolve(id), () -> comments.reopen(id))) {
            assertThat(error(call).messageKey()).isEqualTo("comment.error.locked");
        }
        assertThat(As.user(accounts, "fb45", () -> error(() -> comments.answer(id, "x"))).messageKey())
                .isEqualTo("comment.error.locked");
        assertThat(comments.threads(plan).getFirst().comments()).hasSize(1);
    }

    @Test
    @WithUserDetails("interview")
    void emptyAndTooLongTextsAndUnknownBoxesAreRefusedAndNothingIsWritten() {
        CommentOwner plan = fb45Plan();
        long id = comments.open(plan, "INHALT", "Frage");
        String tooLong = "x".repeat(CommentService.MAX_LENGTH + 1);

        assertThat(error(() -> comments.open(plan, "INHALT", "   \n ")).messageKey()).isEqualTo("comment.error.empty");
        assertThat(error(() -> comments.open(plan, "INHALT", null)).messageKey()).isEqualTo("comment.error.empty");
        UserError long1 = error(() -> comments.open(plan, "INHALT", tooLong));
        assertThat(long1.messageKey()).isEqualTo("comment.error.too-long");
        assertThat(long1.arguments()).containsExactly(5001, 5000);
        assertThat(error(() -> comments.answer(id, "")).messageKey()).isEqualTo("comment.error.empty");
        assertThat(error(() -> comments.answer(id, tooLong)).messageKey()).isEqualTo("comment.error.too-long");
        assertThat(error(() -> comments.open(plan, "TITEL", "Frage")).messageKey()).isEqualTo("comment.error.section");
        assertThat(error(() -> comments.open(CommentOwner.instruments(round(), unit("E 42")), "INHALT", "Frage"))
                .messageKey()).isEqualTo("comment.error.section");

        assertThat(comments.threads(plan)).singleElement()
                .satisfies(t -> assertThat(t.comments()).extracting(Comment::text).containsExactly("Frage"));
        // exactly the maximum is fine
        comments.answer(id, "y".repeat(CommentService.MAX_LENGTH));
        assertThat(comments.threads(plan).getFirst().comments()).hasSize(2);
    }

    @Test
    @WithUserDetails("planung")
    void onlyAnOpenQuestionOfPlanningStaffWhoseLastWordIsNotTheUnitsIsUnanswered() {
        CommentOwner plan = fb45Plan();
        assertThat(comments.hasUnanswered(plan)).isFalse();
        As.user(accounts, "fb45", () -> comments.open(plan, "INHALT", "Bitte Titel ändern."));
        assertThat(comments.hasUnanswered(plan)).isFalse();

        long question = As.user(accounts, "interview", () -> comments.open(plan, "RAUMBEZUG", "Welche Sozialräume?"));
        assertThat(comments.hasUnanswered(plan)).isTrue();
        As.user(accounts, "fb45", () -> comments.answer(question, "Alle."));
        assertThat(comments.hasUnanswered(plan)).isFalse();
        comments.answer(question, "Bitte die Namen nennen.");
        assertThat(comments.hasUnanswered(plan)).isTrue();
        comments.resolve(question);
        assertThat(comments.hasUnanswered(plan)).isFalse();
        // the unit sees the same
        assertThat(As.user(accounts, "fb45", () -> comments.hasUnanswered(plan))).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    void openThreadsAreCountedPerOwnerAndPerUnitOfTheRound() {
        long fb45 = unit("FB 45");
        long fb56 = unit("FB 56");
        long e42 = unit("E 42");
        var before = comments.openThreadsByUnit(round());
        CommentOwner plan = fb45Plan();
        comments.open(plan, "INHALT", "Eins");
        long two = comments.open(plan, "THEMEN", "Zwei");
        comments.open(profile("FB 45", "Schulentwicklungsplanung"), CommentService.MASTER, "Drei");
        comments.open(fb56Plan(), "INHALT", "Vier");
        comments.open(CommentOwner.instruments(round(), e42), "THEMEN", "Fünf");
        comments.resolve(two);

        assertThat(comments.openThreads(plan)).isEqualTo(1);
        var counts = comments.openThreadsByUnit(round());
        assertThat(counts.getOrDefault(fb45, 0) - before.getOrDefault(fb45, 0)).isEqualTo(2);
        assertThat(counts.getOrDefault(fb56, 0) - before.getOrDefault(fb56, 0)).isEqualTo(1);
        assertThat(counts.getOrDefault(e42, 0) - before.getOrDefault(e42, 0)).isEqualTo(1);
        assertThat(As.user(accounts, "interview", () -> comments.openThreadsByUnit(round()))).isEqualTo(counts);

        assertThat(As.user(accounts, "fb45", () -> comments.openThreadsByUnit(round())))
                .containsOnlyKeys(fb45).containsEntry(fb45, counts.get(fb45));
        assertThat(As.user(accounts, "fb56", () -> comments.openThreadsByUnit(round()))).containsOnlyKeys(fb56);
        assertThat(comments.openThreadsByUnit(999_999)).isEmpty();
    }

    @Test
    void theBoxesOfAProfileAreMasterDataPeriodAndEverySectionKind() {
        List<String> expected = new ArrayList<>(List.of(CommentService.MASTER, CommentService.PERIOD));
        Arrays.stream(SectionKind.values()).map(Enum::name).forEach(expected::add);
        assertThat(CommentService.PROFILE_KEYS).containsExactlyElementsOf(expected);
        assertThat(Stream.of("STEUERUNG", "THEMEN").map(SectionKind::valueOf)).hasSize(2);
        assertThat(CommentService.INSTRUMENT_KEYS).containsExactly("STEUERUNG", "THEMEN");
    }
}
