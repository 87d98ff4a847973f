package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.common.Person;
import de.querschnitt.common.UserError;
import de.querschnitt.exchange.CsvDialect;
import de.querschnitt.exchange.CsvExportService;
import de.querschnitt.interview.InterviewField;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.interview.InterviewStatus;
import de.querschnitt.interview.InterviewStep;
import de.querschnitt.matrix.MatrixFilter;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.organisation.UnitField;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.SectionText;
import de.querschnitt.review.ReviewService;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.TermEdit;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Row-level access, proven: every service method that takes an id (or a {@link SectionOwner}) × every role ×
 * own/other unit, each case in its own rolled-back transaction on the demo data.
 *
 * <p>Columns ({@link Column}): the planner, the interviewer, {@code fb45} on FB 45 (own unit), {@code fb45} on
 * FB 56 (another unit), the reader {@code gast} on a closed FB 56 profile, and {@code gast} on one released but
 * not yet closed.
 * Every case builds the same {@link Fixture} as the planner: an FB 45 or FB 56 profile retitled and given
 * items that carry a marker text, a contact, an interview with a participant, a Schnittstelle and two
 * Bedarfe, two new themes, a proposed term and an account without password. Then it calls the method as the
 * column's person and checks the row's letter for that column:
 * <ul>
 * <li>{@code A} allowed: a read returns something (not empty), a write changes the database;</li>
 * <li>{@code R} denied by role: {@link AccessDeniedException}, and nothing in the database changed;</li>
 * <li>{@code S} denied by row scope: the answer is "not found" (a {@link UserError}) or empty, exactly the
 * answer the same person gets for ids that do not exist, and nothing in the database changed;</li>
 * <li>{@code E} refused by a rule of the workflow (a {@link UserError} that is not the "not found" answer,
 * e.g. only the planner or the thread's opener settles a discussion), and nothing in the database changed.</li>
 * </ul>
 * In the columns whose person may not see the target profile, no answer (value or error) may contain its
 * marker text. "Nothing changed" compares every table of the database before and after the call.
 *
 * <p>{@link #everyServiceMethodThatTakesAnIdHasARow()} finds every public method of every {@code @Service}
 * with a parameter named like an id or of type {@link SectionOwner}, and fails for each one without a row:
 * a new service method gets a row here (one line) before it is merged.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /**
     * Who asks, about which unit's data, and in which review state that data is: departments work on profiles
     * sent to them (Zur Prüfung), so a denial in the other unit's column is the row scope and nothing else; the
     * reader gets a closed profile and one that is released but not yet closed (Freigegeben).
     */
    enum Column {
        PLANNER("planung", "FB 56", ReviewStatus.ENTWURF),
        INTERVIEWER("interview", "FB 56", ReviewStatus.ENTWURF),
        DEPARTMENT_OWN_UNIT("fb45", "FB 45", ReviewStatus.ZUR_PRUEFUNG),
        DEPARTMENT_OTHER_UNIT("fb45", "FB 56", ReviewStatus.ZUR_PRUEFUNG),
        READER_CLOSED("gast", "FB 56", ReviewStatus.ABGESCHLOSSEN),
        READER_OPEN("gast", "FB 56", ReviewStatus.FREIGEGEBEN);

        final String username;
        final String unitCode;
        final ReviewStatus state;

        Column(String username, String unitCode, ReviewStatus state) {
            this.username = username;
            this.unitCode = unitCode;
            this.state = state;
        }

        boolean mayNotSeeTarget() {
            return this == DEPARTMENT_OTHER_UNIT || this == READER_OPEN;
        }
    }

    /** An id that exists nowhere, for the "same answer as a missing id" comparison. */
    static final long NONE = 1_999_999_999L;

    @Autowired
    AccountService accounts;
    @Autowired
    ProfileService profiles;
    @Autowired
    SectionService sections;
    @Autowired
    InstrumentSetService instrumentSets;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    MatrixService matrix;
    @Autowired
    InterviewService interviews;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    InvitationService invitations;
    @Autowired
    CsvExportService csvExport;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommentService comments;

    // ------------------------------------------------------------------------------------------------------
    // The matrix. Letters per column: PLANNER, INTERVIEWER, DEPARTMENT_OWN_UNIT, DEPARTMENT_OTHER_UNIT,
    // READER_CLOSED, READER_OPEN. The first argument names the method as Class.method(ParameterTypes).
    // ------------------------------------------------------------------------------------------------------

    List<Row> matrix() {
        var profileOwner = (Function<Fixture, SectionOwner>) f -> new SectionOwner.OfProfile(f.profile);
        var instrumentsOwner = (Function<Fixture, SectionOwner>) f -> new SectionOwner.OfInstruments(f.round, f.unit);
        return List.of(
                // --- profiles
                write("ProfileService.create(long,long,ProfileData,List)", "AARRRR",
                        f -> profiles.create(f.round, f.unit, data("Zugriffsprobe neu"), List.of())),
                write("ProfileService.updateData(long,int,ProfileData)", "AAASRR",
                        f -> profiles.updateData(f.profile, f.profileVersion, data(f.title + " geändert"))),
                write("ProfileService.updateField(long,ProfileField,String,String)", "AAASRR",
                        f -> profiles.updateField(f.profile, ProfileField.TITLE, f.title, f.title + " geändert")),
                write("ProfileService.replaceSections(long,List)", "AAASRR",
                        f -> profiles.replaceSections(f.profile, List.of())),
                read("ProfileService.find(long)", "AAASAS", f -> profiles.find(f.profile)),
                read("ProfileService.findCard(long)", "AAASAS", f -> profiles.findCard(f.profile)),
                read("ProfileService.findByUnit(long,long)", "AAASAS", f -> profiles.findByUnit(f.round, f.unit)),
                read("ProfileService.findByRound(long)", "AAAAAS", f -> profiles.findByRound(f.round)),
                read("ProfileService.history(long)", "AAASRR", f -> profiles.history(f.profile)),
                // --- sections of a profile, and of a unit's instruments
                read("SectionService.sections(SectionOwner)", "AAASAS", f -> sections.sections(profileOwner.apply(f))),
                read("SectionService.sections(SectionOwner)", "AAASAS",
                        f -> sections.sections(instrumentsOwner.apply(f))).given(Fixture::instruments),
                write("SectionService.updateText(SectionOwner,SectionKind,SectionText,String,String)", "AAASRR",
                        f -> sections.updateText(profileOwner.apply(f), SectionKind.INHALT, SectionText.INTRO,
                                f.intro, "Neue Einleitung")),
                write("SectionService.updateText(SectionOwner,SectionKind,SectionText,String,String)", "AAASRR",
                        f -> sections.updateText(instrumentsOwner.apply(f), SectionKind.STEUERUNG, SectionText.NOTE,
                                null, "Neue Notiz")).given(Fixture::instruments),
                write("SectionService.addItem(SectionOwner,SectionKind,Long,int,String)", "AAASRR",
                        f -> sections.addItem(profileOwner.apply(f), SectionKind.INHALT, f.item1, 0, "Neuer Punkt")),
                write("SectionService.addItem(SectionOwner,SectionKind,Long,int,String)", "AAASRR",
                        f -> sections.addItem(instrumentsOwner.apply(f), SectionKind.STEUERUNG, null, 0, "Neu"))
                        .given(Fixture::instruments),
                write("SectionService.updateItem(long,String,String)", "AAASRR",
                        f -> sections.updateItem(f.item1, f.item1Text, f.item1Text + " geändert")),
                write("SectionService.moveItem(long,int)", "AAASRR", f -> sections.moveItem(f.item1, 1)),
                write("SectionService.setItemDepth(long,int)", "AAASRR", f -> sections.setItemDepth(f.item2, 1)),
                write("SectionService.removeItem(long)", "AAASRR", f -> sections.removeItem(f.item2)),
                write("SectionService.addTerm(SectionOwner,SectionKind,long)", "AAASRR",
                        f -> sections.addTerm(profileOwner.apply(f), SectionKind.THEMEN, f.themeFree)),
                write("SectionService.removeTerm(SectionOwner,SectionKind,long)", "AAASRR",
                        f -> sections.removeTerm(profileOwner.apply(f), SectionKind.THEMEN, f.themeLinked)),
                write("InstrumentSetService.create(long,long,List)", "AARRRR",
                        f -> instrumentSets.create(f.round, f.unit, List.of())),
                read("InstrumentSetService.find(long,long)", "AAASAS", f -> instrumentSets.find(f.round, f.unit))
                        .given(Fixture::instruments),
                // --- units and their contacts (readers see every unit's master data)
                write("UnitService.updateField(long,UnitField,String,String)", "AARRRR",
                        f -> units.updateField(f.unit, UnitField.NAME, f.unitName, f.unitName + " neu")),
                read("UnitService.find(long)", "AAASAA", f -> units.find(f.unit)),
                read("UnitService.contacts(long)", "AAASAA", f -> units.contacts(f.unit)),
                read("UnitService.overview(long)", "AAAAAA", f -> units.overview(f.round)),
                write("UnitService.addContact(long,String,String)", "AARRRR",
                        f -> units.addContact(f.unit, "Max Probe", null)),
                write("UnitService.updateContact(long,Person.Field,String,String)", "AARRRR",
                        f -> units.updateContact(f.contact, Person.Field.FUNCTION, null, "Leitung")),
                write("UnitService.removeContact(long)", "AARRRR", f -> units.removeContact(f.contact)),
                // --- rounds, matrix, Kernthemen
                read("SurveyRoundService.find(long)", "AAAAAA", f -> rounds.find(f.round)),
                read("MatrixService.matrix(long,Vocabulary,int)", "AARRAA",
                        f -> matrix.matrix(f.round, Vocabulary.THEME, 1)),
                read("MatrixService.matrix(long,Vocabulary,int,MatrixFilter)", "AARRAA",
                        f -> matrix.matrix(f.round, Vocabulary.THEME, 1, MatrixFilter.NONE)),
                read("MatrixService.coreThemes(long)", "AARRAA", f -> matrix.coreThemes(f.round)),
                write("MatrixService.recordCoreTheme(long,long)", "ARRRRR",
                        f -> matrix.recordCoreTheme(f.round, f.themeFree)),
                write("MatrixService.removeCoreTheme(long,long)", "ARRRRR",
                        f -> matrix.removeCoreTheme(f.round, f.coreTheme)),
                // --- interviews: planning staff only, whichever unit
                read("InterviewService.list(long)", "AARRRR", f -> interviews.list(f.round)),
                // the fixture's unit has its interview already; starting one is tried on the partner unit
                write("InterviewService.start(long,long)", "AARRRR", f -> interviews.start(f.round, f.partnerUnit)),
                read("InterviewService.find(long)", "AARRRR", f -> interviews.find(f.interview)),
                write("InterviewService.updateField(long,InterviewField,String,String)", "AARRRR",
                        f -> interviews.updateField(f.interview, InterviewField.PLACE, null, "Rathaus")),
                write("InterviewService.setStatus(long,InterviewStatus)", "AARRRR",
                        f -> interviews.setStatus(f.interview, InterviewStatus.ERFASST)),
                write("InterviewService.markRunning(long)", "AARRRR", f -> interviews.markRunning(f.interview)),
                write("InterviewService.remember(long,InterviewStep,Long)", "AARRRR",
                        f -> interviews.remember(f.interview, InterviewStep.PLANWERKE, f.profile)),
                write("InterviewService.setStepEmpty(long,InterviewStep,boolean)", "AARRRR",
                        f -> interviews.setStepEmpty(f.interview, InterviewStep.INSTRUMENTE, true)),
                read("InterviewService.emptySteps(long)", "AARRRR", f -> interviews.emptySteps(f.interview)),
                read("InterviewService.progress(long)", "AARRRR", f -> interviews.progress(f.interview)),
                read("InterviewService.participants(long)", "AARRRR", f -> interviews.participants(f.interview)),
                write("InterviewService.addParticipant(long,String,String)", "AARRRR",
                        f -> interviews.addParticipant(f.interview, "Max Probe", null)),
                write("InterviewService.updateParticipant(long,Person.Field,String,String)", "AARRRR",
                        f -> interviews.updateParticipant(f.participant, Person.Field.FUNCTION, null, "Leitung")),
                write("InterviewService.removeParticipant(long)", "AARRRR",
                        f -> interviews.removeParticipant(f.participant)),
                read("InterviewService.interfaces(long)", "AARRRR", f -> interviews.interfaces(f.interview)),
                write("InterviewService.addInterface(long,long)", "AARRRR",
                        f -> interviews.addInterface(f.interview, f.secondPartnerUnit)),
                write("InterviewService.setInterfaceTerms(long,Set)", "AARRRR",
                        f -> interviews.setInterfaceTerms(f.iface, Set.of(f.themeFree))),
                write("InterviewService.updateInterfaceNote(long,String,String)", "AARRRR",
                        f -> interviews.updateInterfaceNote(f.iface, null, "Gemeinsame Planung")),
                write("InterviewService.removeInterface(long)", "AARRRR", f -> interviews.removeInterface(f.iface)),
                read("InterviewService.needs(long)", "AARRRR", f -> interviews.needs(f.interview)),
                write("InterviewService.addNeed(long,Long,int,String)", "AARRRR",
                        f -> interviews.addNeed(f.interview, f.need1, 0, "Neuer Bedarf")),
                write("InterviewService.updateNeed(long,String,String)", "AARRRR",
                        f -> interviews.updateNeed(f.need1, f.need1Text, f.need1Text + " geändert")),
                write("InterviewService.moveNeed(long,int)", "AARRRR", f -> interviews.moveNeed(f.need1, 1)),
                write("InterviewService.setNeedDepth(long,int)", "AARRRR", f -> interviews.setNeedDepth(f.need2, 1)),
                write("InterviewService.removeNeed(long)", "AARRRR", f -> interviews.removeNeed(f.need2)),
                // --- vocabulary, invitations, CSV export: the planner's
                write("VocabularyService.update(long,int,TermEdit)", "ARRRRR",
                        f -> vocabulary.update(f.proposed, f.proposedVersion,
                                new TermEdit("Zugriffsprobe Vorschlag neu", null, List.of()))),
                write("VocabularyService.accept(long,int)", "ARRRRR",
                        f -> vocabulary.accept(f.proposed, f.proposedVersion)),
                write("VocabularyService.merge(long,int,long,int)", "ARRRRR",
                        f -> vocabulary.merge(f.proposed, f.proposedVersion, f.themeFree, f.themeFreeVersion)),
                read("VocabularyService.history(long)", "ARRRRR", f -> vocabulary.history(f.themeFree))
                        .given(f -> vocabulary.update(f.themeFree, f.themeFreeVersion,
                                new TermEdit("Zugriffsprobe Thema 2 neu", null, List.of()))),
                write("InvitationService.create(long)", "ARRRRR", f -> invitations.create(f.account)),
                read("CsvExportService.profiles(long,CsvDialect)", "ARRRRR",
                        f -> csvExport.profiles(f.round, CsvDialect.SEMICOLON)),
                read("CsvExportService.instruments(long,CsvDialect)", "ARRRRR",
                        f -> csvExport.instruments(f.round, CsvDialect.SEMICOLON)),
                read("CsvExportService.matrix(long,Vocabulary,int,CsvDialect)", "ARRRRR",
                        f -> csvExport.matrix(f.round, Vocabulary.THEME, 3, CsvDialect.SEMICOLON)),
                read("AccountService.overview(Long)", "ARRRRR", f -> accounts.overview(f.unit)),
                write("InvitationService.renew(long)", "ARRRRR", f -> invitations.renew(f.account)),
                write("AccountService.setEnabled(long,boolean)", "ARRRRR", f -> accounts.setEnabled(f.account, false)),

                // --- review: each transition belongs to one role; the planner's rows put the planning staff's
                // copy into the state the transition starts from (staffState), the other columns keep theirs
                read("ReviewService.state(SectionOwner)", "AAASRR", f -> reviews.state(profileOwner.apply(f))),
                read("ReviewService.entries(long,long)", "AAASRR", f -> reviews.entries(f.round, f.unit)),
                read("ReviewService.board(long)", "ARRRRR", f -> reviews.board(f.round)),
                write("ReviewService.sendToReview(SectionOwner)", "ARRRRR",
                        f -> reviews.sendToReview(profileOwner.apply(f))),
                write("ReviewService.sendUnitToReview(long,long)", "ARRRRR",
                        f -> reviews.sendUnitToReview(f.round, f.unit)),
                write("ReviewService.confirm(SectionOwner)", "RRASRR", f -> reviews.confirm(profileOwner.apply(f))),
                write("ReviewService.sendBack(SectionOwner,String)", "ARRRRR",
                        f -> reviews.sendBack(profileOwner.apply(f), "Zugriffsprobe Rückfrage"))
                        .given(this::sentAndCorrected).staffState(ReviewStatus.FREIGEGEBEN),
                write("ReviewService.close(SectionOwner)", "ARRRRR", f -> reviews.close(profileOwner.apply(f)))
                        .given(this::sentAndCorrected).staffState(ReviewStatus.FREIGEGEBEN),
                write("ReviewService.reopen(SectionOwner)", "ARRRRR", f -> reviews.reopen(profileOwner.apply(f)))
                        .given(this::sentAndCorrected).staffState(ReviewStatus.ABGESCHLOSSEN),
                write("ReviewService.accept(SectionOwner,String)", "ARRRRR",
                        f -> reviews.accept(profileOwner.apply(f), "title"))
                        .given(this::sentAndCorrected).staffState(ReviewStatus.FREIGEGEBEN),
                write("ReviewService.acceptAll(SectionOwner)", "ARRRRR",
                        f -> reviews.acceptAll(profileOwner.apply(f)))
                        .given(this::sentAndCorrected).staffState(ReviewStatus.FREIGEGEBEN),

                // --- comments: only the planner or whoever opened a thread settles it (E for everybody else)
                read("CommentService.threads(CommentOwner)", "AAASRR",
                        f -> comments.threads(CommentOwner.profile(f.profile))).given(this::plannerAsks),
                read("CommentService.rights(CommentOwner)", "AAASRR",
                        f -> comments.rights(CommentOwner.profile(f.profile))),
                read("CommentService.hasUnanswered(CommentOwner)", "AAASRR",
                        f -> comments.hasUnanswered(CommentOwner.profile(f.profile))),
                read("CommentService.openThreads(CommentOwner)", "AAASRR",
                        f -> comments.openThreads(CommentOwner.profile(f.profile))),
                read("CommentService.openThreadsByUnit(long)", "AAASRR",
                        f -> comments.openThreadsByUnit(f.round)).given(this::plannerAsks),
                write("CommentService.open(CommentOwner,String,String)", "AAASRR",
                        f -> comments.open(CommentOwner.profile(f.profile), CommentService.MASTER,
                                "Zugriffsprobe Frage")),
                write("CommentService.answer(long,String)", "AAASRR",
                        f -> comments.answer(f.thread, "Zugriffsprobe Antwort")).given(this::plannerAsks),
                write("CommentService.resolve(long)", "AEESRR", f -> comments.resolve(f.thread))
                        .given(this::plannerAsks),
                write("CommentService.reopen(long)", "AEESRR", f -> comments.reopen(f.thread))
                        .given(f -> {
                            plannerAsks(f);
                            comments.resolve(f.thread);
                        }));
    }

    /** The profile went to its unit once (so there is a captured version) and was corrected since. */
    private void sentAndCorrected(Fixture f) {
        reviews.sendToReview(new SectionOwner.OfProfile(f.profile));
        profiles.updateField(f.profile, ProfileField.TITLE, f.title, f.title + " korrigiert");
    }

    /** The planner asked a question on the profile's master data. */
    private void plannerAsks(Fixture f) {
        f.thread = comments.open(CommentOwner.profile(f.profile), CommentService.MASTER, f.marker + " Frage");
    }

    // ------------------------------------------------------------------------------------------------------

    /** One line of the matrix: a method, what each column may do, how to call it, what it needs first. */
    record Row(String method, String expected, boolean write, Function<Fixture, @Nullable Object> call,
            Consumer<Fixture> given, @Nullable ReviewStatus staffState) {

        Row {
            if (expected.length() != Column.values().length || !expected.matches("[ARSE]+")) {
                throw new IllegalArgumentException(method + ": one of A, R, S, E per column: " + expected);
            }
        }

        /** The review state the planning staff's columns work in, for transitions that start elsewhere. */
        Row staffState(ReviewStatus state) {
            return new Row(method, expected, write, call, given, state);
        }

        ReviewStatus state(Column column) {
            boolean staff = column == Column.PLANNER || column == Column.INTERVIEWER;
            return staff && staffState != null ? staffState : column.state;
        }

        char expect(Column column) {
            return expected.charAt(column.ordinal());
        }

        /** Something the call needs besides the fixture, set up as the planner before the call. */
        Row given(Consumer<Fixture> setup) {
            return new Row(method, expected, write, call, setup, staffState);
        }

        @Override
        public String toString() {
            return method;
        }
    }

    static Row read(String method, String expected, Function<Fixture, @Nullable Object> call) {
        return new Row(method, expected, false, call, f -> { }, null);
    }

    static Row write(String method, String expected, Consumer<Fixture> call) {
        return new Row(method, expected, true, f -> {
            call.accept(f);
            return null;
        }, f -> { }, null);
    }

    Stream<Arguments> cases() {
        return matrix().stream().flatMap(row -> Arrays.stream(Column.values()).map(column -> Arguments.of(row, column)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void theMatrixHolds(Row row, Column column) {
        Fixture f = As.user(accounts, "planung", () -> fixture(column.unitCode));
        As.user(accounts, "planung", () -> row.given().accept(f));
        setState(f, row.state(column));
        String before = database();
        Outcome outcome = call(row, column, f);
        String after = database();

        char expected = row.expect(column);
        String what = row.method() + " as " + column + ": " + outcome;
        switch (expected) {
            case 'A' -> {
                assertThat(outcome.kind()).as(what).isIn(Kind.VALUE, row.write() ? Kind.EMPTY : Kind.VALUE);
                if (row.write()) {
                    assertThat(after).as(what + " changed nothing").isNotEqualTo(before);
                }
            }
            case 'R' -> assertThat(outcome.kind()).as(what).isEqualTo(Kind.DENIED_BY_ROLE);
            case 'E' -> {
                assertThat(outcome.kind()).as(what).isEqualTo(Kind.ERROR);
                assertThat(outcome).as(what + " is a rule of the workflow, not a missing id")
                        .isNotEqualTo(call(row, column, f.missing()));
            }
            case 'S' -> {
                assertThat(outcome.kind()).as(what).isIn(Kind.EMPTY, Kind.ERROR);
                Outcome missing = call(row, column, f.missing());
                assertThat(outcome).as(what + " must look like a missing id").isEqualTo(missing);
            }
            default -> fail("unknown letter " + expected);
        }
        if (expected != 'A' || !row.write()) {
            assertThat(after).as(what + " must change nothing").isEqualTo(before);
        }
        if (column.mayNotSeeTarget()) {
            assertThat(outcome.detail()).as(what + " shows the other unit's data").doesNotContain(f.marker);
        }
    }

    /** Every public method of a service that takes an id or a section owner has at least one row. */
    @Test
    void everyServiceMethodThatTakesAnIdHasARow() throws Exception {
        Set<String> rows = matrix().stream().map(Row::method).collect(Collectors.toSet());
        Set<String> needed = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        for (var candidate : scanner.findCandidateComponents("de.querschnitt")) {
            Class<?> service = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : service.getDeclaredMethods()) {
                // static helpers (e.g. the box keys of an owner) reach no data
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && takesAnId(method)) {
                    needed.add(name(method));
                }
            }
        }
        assertThat(needed).as("service methods found").hasSizeGreaterThan(50);
        Set<String> withoutRow = new TreeSet<>(needed);
        withoutRow.removeAll(rows);
        assertThat(withoutRow).as("service methods that take an id but have no row in AccessMatrixTest.matrix()")
                .isEmpty();
        assertThat(rows).as("rows that name no service method taking an id (renamed or removed?)")
                .isSubsetOf(needed);
    }

    /** A parameter named like an id ({@code id}, {@code profileId}, {@code afterItemId} ...) or a section owner. */
    static boolean takesAnId(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!parameter.isNamePresent()) {
                throw new IllegalStateException("compile with -parameters: " + method);
            }
            Class<?> type = parameter.getType();
            boolean number = type == long.class || type == Long.class || type == int.class || type == Integer.class;
            String name = parameter.getName();
            if (number && (name.equals("id") || name.endsWith("Id")) || SectionOwner.class.isAssignableFrom(type)
                    || CommentOwner.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::typeName)
                .collect(Collectors.joining(",")) + ")";
    }

    private static String typeName(Class<?> type) {
        // nested types with their outer class (Person.Field), as they are written in code
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    // ------------------------------------------------------------------------------------------------------
    // Calling and observing
    // ------------------------------------------------------------------------------------------------------

    enum Kind { VALUE, EMPTY, ERROR, DENIED_BY_ROLE }

    /** What a call answered: a value (its text), nothing, a user error (key and arguments), or a role denial. */
    record Outcome(Kind kind, String detail) {
    }

    private Outcome call(Row row, Column column, Fixture f) {
        try {
            Object result = As.user(accounts, column.username, () -> row.call().apply(f));
            boolean empty = result == null || result instanceof Optional<?> o && o.isEmpty()
                    || result instanceof Collection<?> c && c.isEmpty() || result instanceof Map<?, ?> m && m.isEmpty();
            return empty ? new Outcome(Kind.EMPTY, "") : new Outcome(Kind.VALUE, String.valueOf(result));
        } catch (AccessDeniedException e) {
            return new Outcome(Kind.DENIED_BY_ROLE, "");
        } catch (UserError e) {
            return new Outcome(Kind.ERROR, e.getClass().getSimpleName() + " " + e.messageKey() + " "
                    + Arrays.toString(e.arguments()));
        }
    }

    /** Every table's rows as text: two equal snapshots mean nothing was written. */
    private String database() {
        var jdbc = new JdbcTemplate(dataSource);
        var text = new StringBuilder();
        for (String table : jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                + "'sqlite_%' ORDER BY name", String.class)) {
            text.append(table).append(jdbc.queryForList("SELECT * FROM \"" + table + "\" ORDER BY rowid")).append('\n');
        }
        return text.toString();
    }

    /**
     * Puts the fixture's profile and the unit's instruments into the column's review state with plain SQL in
     * the test's transaction (rolled back with everything else). Through {@code ReviewService} each state
     * would take several transitions by different people per case; the transitions themselves are what the
     * review rows of the matrix and {@code ReviewServiceTest} prove.
     */
    private void setState(Fixture f, ReviewStatus state) {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE profile SET review_status = ? WHERE id = ?", state.name(), f.profile);
        jdbc.update("UPDATE instrument_set SET review_status = ? WHERE unit_id = ?", state.name(), f.unit);
    }

    private static ProfileData data(String title) {
        return new ProfileData(title, null, ProfileKind.KONZEPT, PlanningLevel.FACHPLANUNG,
                new Period(null, null, null, null, null));
    }

    // ------------------------------------------------------------------------------------------------------
    // The data every case works on, found and created through the services as the planner
    // ------------------------------------------------------------------------------------------------------

    /** Ids of the target unit's data; {@link #missing()} gives the same with ids that exist nowhere. */
    final class Fixture {
        long round;
        long unit;
        String unitName;
        long partnerUnit;
        long secondPartnerUnit;
        long profile;
        int profileVersion;
        String title;
        String marker;
        String intro;
        long item1;
        String item1Text;
        long item2;
        long contact;
        long interview;
        long participant;
        long iface;
        long need1;
        String need1Text;
        long need2;
        long themeLinked;
        long themeFree;
        int themeFreeVersion;
        long coreTheme;
        long proposed;
        int proposedVersion;
        long account;
        long thread;

        /** Gives the unit an instrument set (FB 45 and FB 56 have none in the demo data) with a marked item. */
        void instruments() {
            sections.addItem(new SectionOwner.OfInstruments(round, unit), SectionKind.STEUERUNG, null, 0,
                    marker + " Instrument");
        }

        Fixture missing() {
            Fixture m = new Fixture();
            m.round = round;
            m.unit = NONE;
            m.unitName = unitName;
            m.partnerUnit = partnerUnit;
            m.secondPartnerUnit = secondPartnerUnit;
            m.profile = NONE;
            m.profileVersion = profileVersion;
            m.title = title;
            m.marker = marker;
            m.intro = intro;
            m.item1 = NONE;
            m.item1Text = item1Text;
            m.item2 = NONE - 1;
            m.contact = NONE;
            m.interview = NONE;
            m.participant = NONE;
            m.iface = NONE;
            m.need1 = NONE;
            m.need1Text = need1Text;
            m.need2 = NONE - 1;
            m.themeLinked = themeLinked;
            m.themeFree = themeFree;
            m.themeFreeVersion = themeFreeVersion;
            m.coreTheme = coreTheme;
            m.proposed = proposed;
            m.proposedVersion = proposedVersion;
            m.account = account;
            m.thread = NONE;
            return m;
        }
    }

    private Fixture fixture(String unitCode) {
        Fixture f = new Fixture();
        f.round = rounds.current().orElseThrow().id();
        var unit = units.findByCode(unitCode).orElseThrow();
        f.unit = unit.id();
        f.unitName = unit.name();
        f.partnerUnit = units.findByCode("FB 61").orElseThrow().id();
        f.secondPartnerUnit = units.findByCode("FB 02").orElseThrow().id();
        f.marker = "Zugriffsprobe " + unitCode;

        // a profile of the unit, marked in its title and items
        var profile = profiles.findByUnit(f.round, f.unit).getFirst();
        f.profile = profile.id();
        f.title = f.marker + " Titel";
        profiles.updateField(f.profile, ProfileField.TITLE, profile.title(), f.title);
        var owner = new SectionOwner.OfProfile(f.profile);
        f.intro = f.marker + " Einleitung";
        String oldIntro = sections.sections(owner).stream().filter(s -> s.kind() == SectionKind.INHALT).findFirst()
                .map(Section::intro).orElse(null);
        sections.updateText(owner, SectionKind.INHALT, SectionText.INTRO, oldIntro, f.intro);
        f.item1Text = f.marker + " Punkt 1";
        f.item1 = sections.addItem(owner, SectionKind.INHALT, null, 0, f.item1Text);
        f.item2 = sections.addItem(owner, SectionKind.INHALT, f.item1, 0, f.marker + " Punkt 2");

        // two new themes: one linked to the profile, one free; and a proposal
        f.themeLinked = vocabulary.create(new TermData(Vocabulary.THEME, "Zugriffsprobe Thema 1", null, List.of()));
        f.themeFree = vocabulary.create(new TermData(Vocabulary.THEME, "Zugriffsprobe Thema 2", null, List.of()));
        sections.addTerm(owner, SectionKind.THEMEN, f.themeLinked);
        f.proposed = vocabulary.propose(Vocabulary.THEME, "Zugriffsprobe Vorschlag");
        List<ManagedTerm> managed = vocabulary.findManaged(Vocabulary.THEME);
        f.proposedVersion = managed.stream().filter(t -> t.id() == f.proposed).findFirst().orElseThrow().version();
        f.themeFreeVersion = managed.stream().filter(t -> t.id() == f.themeFree).findFirst().orElseThrow().version();
        f.coreTheme = matrix.coreThemes(f.round).getFirst().id();
        f.profileVersion = profiles.find(f.profile).orElseThrow().version();

        // a contact of the unit, and an account of it that has no password yet
        f.contact = units.addContact(f.unit, "Erika Probe", null);
        f.account = accounts.create(new AccountData("probe", "Probe Person", Role.DEPARTMENT, f.unit), null);

        // the unit's interview with a participant, a Schnittstelle and two Bedarfe; still planned
        f.interview = interviews.start(f.round, f.unit);
        f.participant = interviews.addParticipant(f.interview, "Erika Probe", null);
        f.iface = interviews.addInterface(f.interview, f.partnerUnit);
        f.need1Text = f.marker + " Bedarf 1";
        f.need1 = interviews.addNeed(f.interview, null, 0, f.need1Text);
        f.need2 = interviews.addNeed(f.interview, f.need1, 0, f.marker + " Bedarf 2");
        interviews.setStepEmpty(f.interview, InterviewStep.PLANWERKE, true);
        interviews.setStatus(f.interview, InterviewStatus.GEPLANT);
        return f;
    }
}
