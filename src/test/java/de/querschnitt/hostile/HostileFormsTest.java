package de.querschnitt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.IntegrationTest;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.comment.CommentThread;
import de.querschnitt.common.Person;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.interview.InterviewField;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.matrix.MatrixFilter;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitData;
import de.querschnitt.organisation.UnitField;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.SectionText;
import de.querschnitt.review.ReviewService;
import de.querschnitt.security.Account;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRoundData;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.TermEdit;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every service method that takes a person's text or numbers, run with the whole hostile-input corpus: each
 * input is refused with a German message (and the target is unchanged) or stored and read back as typed;
 * no other exception, and no row outside the target changes (see {@link Probe}).
 */
@IntegrationTest
@WithUserDetails("planung")
class HostileFormsTest {

    /** The few 1 MB cases run against every path too; this bounds nothing, it names the corpus. */
    static final List<HostileCorpus.Case> TEXTS = HostileCorpus.strings();

    @Autowired
    Translations translations;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProfileService profiles;
    @Autowired
    SectionService sections;
    @Autowired
    UnitService units;
    @Autowired
    InterviewService interviews;
    @Autowired
    CommentService comments;
    @Autowired
    ReviewService reviews;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    MatrixService matrix;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    long roundId;
    long unitId;
    long profileId;
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void target() {
        roundId = rounds.current().orElseThrow().id();
        unitId = units.findByCode("FB 45").orElseThrow().id();
        profileId = profiles.create(roundId, unitId, new ProfileData("Feindliche Eingaben", null, ProfileKind.PLAN,
                PlanningLevel.GESAMTSTAEDTISCH, new Period(null, null, null, null, null)), List.of());
    }

    @AfterAll
    static void report() {
        HostileReport.write();
    }

    // --- helpers ---

    private Probe probe(String path) {
        return new Probe(path, translations, dataSource);
    }

    private static Predicate<DatabaseSnapshot.Change> tables(String... names) {
        Set<String> set = Set.of(names);
        return c -> set.contains(c.table());
    }

    private static Predicate<DatabaseSnapshot.Change> row(String table, long id) {
        return c -> c.table().equals(table) && c.rowid() == id;
    }

    private static Predicate<DatabaseSnapshot.Change> rows(String table, Set<Long> ids) {
        return c -> c.table().equals(table) && ids.contains(c.rowid());
    }

    /** Rows of a table, read in the test's transaction (cheaper than loading the whole owner again). */
    private Supplier<Integer> count(String table) {
        return () -> {
            var connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
            }
        };
    }

    private void check(Probe probe, Predicate<DatabaseSnapshot.Change> allowed) {
        failures.addAll(probe.finish(allowed));
    }

    private void assertNoFailures() {
        assertThat(failures).as("hostile inputs that were neither refused with a message nor stored as typed")
                .isEmpty();
    }

    /** Runs every text case through a field that is written with the value shown before (expected). */
    private void field(String path, Supplier<String> current, Function<String, Object> write,
            Predicate<DatabaseSnapshot.Change> allowed) {
        field(path, TEXTS, current, write, allowed);
    }

    private void field(String path, List<HostileCorpus.Case> cases, Supplier<String> current,
            Function<String, Object> write, Predicate<DatabaseSnapshot.Change> allowed) {
        Probe probe = probe(path);
        for (var c : cases) {
            probe.run(c, write, r -> current.get(), current);
        }
        check(probe, allowed);
    }

    // --- profiles ---

    @Test
    void profileMasterData() {
        var revisionsOnly = tables("revision");
        for (ProfileField field : ProfileField.values()) {
            Supplier<String> current = () -> field.text(profiles.find(profileId).orElseThrow().data());
            var cases = new ArrayList<>(TEXTS);
            if (field == ProfileField.PERIOD_FROM || field == ProfileField.PERIOD_TO) {
                cases.addAll(HostileCorpus.years());
            }
            field("profile field " + field.key(), cases, current,
                    s -> profiles.updateField(profileId, field, current.get(), s),
                    row("profile", profileId).or(revisionsOnly));
        }
        // the whole form at once (desk form, import)
        Probe probe = probe("profile data (title)");
        Supplier<String> title = () -> profiles.find(profileId).orElseThrow().data().title();
        for (var c : TEXTS) {
            probe.run(c, s -> {
                var current = profiles.find(profileId).orElseThrow();
                var d = current.data();
                return profiles.updateData(profileId, current.version(), new ProfileData(s, s, d.kind(),
                        d.planningLevel(), new Period(null, null, null, null, s)));
            }, r -> title.get(), title);
        }
        check(probe, row("profile", profileId).or(revisionsOnly));
        // a new profile
        Set<Long> created = new HashSet<>();
        Probe create = probe("profile create (title)");
        for (var c : TEXTS) {
            create.run(c, s -> {
                long id = profiles.create(roundId, unitId, new ProfileData(s, null, ProfileKind.BERICHT,
                        PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), List.of());
                created.add(id);
                return id;
            }, id -> profiles.find(id).orElseThrow().data().title(), count("profile"));
        }
        check(create, rows("profile", created).or(revisionsOnly));
        assertNoFailures();
    }

    // --- sections of a profile and of the instruments without a plan ---

    @Test
    void sectionTextsAndItems() {
        for (SectionOwner owner : List.of(new SectionOwner.OfProfile(profileId),
                new SectionOwner.OfInstruments(roundId, units.findByCode("E 42").orElseThrow().id()))) {
            String who = owner instanceof SectionOwner.OfProfile ? "profile" : "instruments";
            SectionKind kind = owner instanceof SectionOwner.OfProfile ? SectionKind.GRUNDLAGE : SectionKind.STEUERUNG;
            var allowed = tables("section", "section_item", "revision", "item_term");
            for (SectionText part : SectionText.values()) {
                Supplier<String> current = () -> section(owner, kind).map(s -> part == SectionText.INTRO ? s.intro()
                        : s.note()).orElse(null);
                field(who + " section " + part.name().toLowerCase(java.util.Locale.ROOT), current,
                        s -> sections.updateText(owner, kind, part, current.get(), s), allowed);
            }
            Probe add = probe(who + " section item add");
            Supplier<Integer> count = count("section_item");
            for (var c : TEXTS) {
                add.run(c, s -> sections.addItem(owner, kind, null, 0, s), id -> item(owner, kind, id).text(), count);
            }
            check(add, allowed);
            long itemId = sections.addItem(owner, kind, null, 0, "Eintrag");
            Supplier<String> text = () -> item(owner, kind, itemId).text();
            field(who + " section item update", text, s -> sections.updateItem(itemId, text.get(), s), allowed);
        }
        assertNoFailures();
    }

    private java.util.Optional<Section> section(SectionOwner owner, SectionKind kind) {
        return sections.sections(owner).stream().filter(s -> s.kind() == kind).findFirst();
    }

    private SectionItem item(SectionOwner owner, SectionKind kind, long id) {
        return section(owner, kind).orElseThrow().items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    // --- interview ---

    @Test
    void interviewFieldsParticipantsInterfacesAndNeeds() {
        long unit = units.findByCode("FB 56").orElseThrow().id();
        long interviewId = interviews.start(roundId, unit);
        var interview = row("interview", interviewId).or(tables("revision"));
        for (InterviewField f : InterviewField.values()) {
            Supplier<String> current = () -> interviews.find(interviewId).orElseThrow().text(f);
            field("interview field " + f.key(), current, s -> interviews.updateField(interviewId, f, current.get(), s),
                    interview);
        }
        var people = tables("interview_participant", "revision");
        Probe add = probe("interview participant add (name, function)");
        for (var c : TEXTS) {
            add.run(c, s -> interviews.addParticipant(interviewId, s, null),
                    id -> participant(interviewId, id).name(), count("interview_participant"));
            add.run(c, s -> interviews.addParticipant(interviewId, "Frau Beispiel", s),
                    id -> participant(interviewId, id).function(), count("interview_participant"));
        }
        check(add, people);
        long participantId = interviews.addParticipant(interviewId, "Herr Beispiel", null);
        for (Person.Field f : Person.Field.values()) {
            Supplier<String> current = () -> f.of(participant(interviewId, participantId));
            field("interview participant update " + f.key(), current,
                    s -> interviews.updateParticipant(participantId, f, current.get(), s), people);
        }
        long partner = units.findByCode("FB 45").orElseThrow().id();
        long interfaceId = interviews.addInterface(interviewId, partner);
        Supplier<String> note = () -> interviews.interfaces(interviewId).stream().filter(i -> i.id() == interfaceId)
                .findFirst().orElseThrow().note();
        field("interview Schnittstelle note", note, s -> interviews.updateInterfaceNote(interfaceId, note.get(), s),
                tables("interview_interface", "revision"));
        var needs = tables("interview_need", "revision");
        Probe need = probe("interview Bedarf add");
        for (var c : TEXTS) {
            need.run(c, s -> interviews.addNeed(interviewId, null, 0, s), id -> need(interviewId, id).text(),
                    count("interview_need"));
        }
        check(need, needs);
        long needId = interviews.addNeed(interviewId, null, 0, "Bedarf");
        Supplier<String> needText = () -> need(interviewId, needId).text();
        field("interview Bedarf update", needText, s -> interviews.updateNeed(needId, needText.get(), s), needs);
        assertNoFailures();
    }

    private Person participant(long interviewId, long id) {
        return interviews.participants(interviewId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private SectionItem need(long interviewId, long id) {
        return interviews.needs(interviewId).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    // --- units and contacts ---

    @Test
    void unitsAndContacts() {
        long unit = units.create(new UnitData("HX 1", "Feindliche Einheit", UnitKind.FACHBEREICH, null));
        var target = row("org_unit", unit).or(tables("revision"));
        for (UnitField f : UnitField.values()) {
            Supplier<String> current = () -> {
                Unit u = units.find(unit).orElseThrow();
                return switch (f) {
                    case CODE -> u.code();
                    case NAME -> u.name();
                    case KIND -> u.kind().name();
                };
            };
            field("unit field " + f.key(), current, s -> units.updateField(unit, f, current.get(), s), target);
        }
        Set<Long> created = new HashSet<>();
        Probe create = probe("unit create (code, name, description)");
        int[] n = {0};
        for (var c : TEXTS) {
            Consumer<UnitData> make = d -> created.add(units.create(d));
            create.run(c, s -> {
                long id = units.create(new UnitData(s, "Name", UnitKind.FACHBEREICH, null));
                created.add(id);
                return id;
            }, id -> units.find(id).orElseThrow().code(), count("org_unit"));
            create.run(c, s -> {
                long id = units.create(new UnitData("HY " + n[0]++, s, UnitKind.EIGENBETRIEB, null));
                created.add(id);
                return id;
            }, id -> units.find(id).orElseThrow().name(), count("org_unit"));
            create.run(c, s -> {
                long id = units.create(new UnitData("HZ " + n[0]++, "Name", UnitKind.FACHBEREICH, s));
                created.add(id);
                return id;
            }, id -> units.find(id).orElseThrow().description(), count("org_unit"));
        }
        check(create, rows("org_unit", created).or(tables("revision")));
        var contacts = tables("unit_contact", "revision");
        Probe add = probe("unit contact add (name, function)");
        for (var c : TEXTS) {
            add.run(c, s -> units.addContact(unit, s, null), id -> contact(unit, id).name(),
                    count("unit_contact"));
            add.run(c, s -> units.addContact(unit, "Frau Beispiel", s), id -> contact(unit, id).function(),
                    count("unit_contact"));
        }
        check(add, contacts);
        long contactId = units.addContact(unit, "Herr Beispiel", null);
        for (Person.Field f : Person.Field.values()) {
            Supplier<String> current = () -> f.of(contact(unit, contactId));
            field("unit contact update " + f.key(), current,
                    s -> units.updateContact(contactId, f, current.get(), s), contacts);
        }
        Probe search = probe("unit search by code");
        for (var c : TEXTS) {
            search.run(c, s -> units.findByCode(s).map(Unit::code).orElse(null), null, () -> null);
        }
        check(search, c -> false);
        assertNoFailures();
    }

    private Person contact(long unit, long id) {
        return units.contacts(unit).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    // --- comments, answers and send-back questions ---

    @Test
    void commentsAnswersAndSendBackQuestions() {
        CommentOwner owner = CommentOwner.profile(profileId);
        var allowed = tables("comment_thread", "comment", "revision", "profile", "review_snapshot",
                "review_baseline");
        Probe open = probe("comment open (text)");
        for (var c : TEXTS) {
            open.run(c, s -> comments.open(owner, CommentService.MASTER, s), id -> thread(owner, id).comments()
                    .getFirst().text(), count("comment"));
        }
        check(open, allowed);
        Probe key = probe("comment open (box key)");
        for (var c : TEXTS) {
            key.run(c, s -> comments.open(owner, s, "Frage"), null, count("comment"));
        }
        check(key, allowed);
        long threadId = comments.open(owner, CommentService.MASTER, "Frage");
        Probe answer = probe("comment answer");
        for (var c : TEXTS) {
            answer.run(c, s -> {
                comments.answer(threadId, s);
                return null;
            }, r -> thread(owner, threadId).comments().getLast().text(), count("comment"));
        }
        check(answer, allowed);
        SectionOwner target = new SectionOwner.OfProfile(profileId);
        reviews.sendToReview(target);
        Probe question = probe("review send-back question");
        for (var c : TEXTS) {
            question.run(c, s -> {
                reviews.sendBack(target, s);
                return null;
            }, r -> comments.threads(owner).stream().max(java.util.Comparator.comparing(CommentThread::id))
                    .orElseThrow().comments().getFirst().text(), count("comment"));
        }
        check(question, allowed);
        assertNoFailures();
    }

    private CommentThread thread(CommentOwner owner, long id) {
        return comments.threads(owner).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    // --- vocabulary ---

    @Test
    void vocabularyTermsAndProposals() {
        var terms = tables("term", "term_synonym", "revision");
        Probe create = probe("term create (name, description, synonym)");
        Supplier<Integer> count = count("term");
        for (var c : TEXTS) {
            create.run(c, s -> vocabulary.create(new TermData(Vocabulary.THEME, s, null, List.of())),
                    id -> term(id).name(), count);
            create.run(c, s -> vocabulary.create(new TermData(Vocabulary.THEME, "Begriff " + c.hashCode(), s,
                    List.of())), id -> term(id).description(), count);
            create.run(c, s -> vocabulary.create(new TermData(Vocabulary.THEME, "Synonym " + c.hashCode(), null,
                    List.of(s))), id -> term(id).synonyms().getFirst(), count);
        }
        check(create, terms);
        Probe propose = probe("term proposal");
        for (var c : TEXTS) {
            // a proposal that matches a term regardless of case is that term: the stored name is the first spelling
            propose.run(c, s -> {
                String name = term(vocabulary.propose(Vocabulary.SPACE, s)).name();
                return name.equalsIgnoreCase(s.strip()) ? s : name;
            }, typed -> typed, count("term"));
        }
        check(propose, terms);
        long termId = vocabulary.create(new TermData(Vocabulary.THEME, "Zu bearbeiten", null, List.of()));
        Probe edit = probe("term edit (name, description, synonym)");
        Supplier<String> state = () -> term(termId).toString();
        int[] version = {managed(termId).version()};
        for (var c : TEXTS) {
            edit.run(c, s -> version[0] = vocabulary.update(termId, version[0], new TermEdit(s, null, List.of())),
                    v -> term(termId).name(), state);
            edit.run(c, s -> version[0] = vocabulary.update(termId, version[0], new TermEdit("Name", s, List.of())),
                    v -> term(termId).description(), state);
            edit.run(c, s -> version[0] = vocabulary.update(termId, version[0], new TermEdit("Name", null,
                    List.of(s))), v -> term(termId).synonyms().isEmpty() ? null : term(termId).synonyms().getFirst(),
                    state);
        }
        check(edit, terms);
        assertNoFailures();
    }

    /** A term of the themes, or of the spatial terms (where the proposals of this test go). */
    private Term term(long id) {
        return managed(id).term();
    }

    private ManagedTerm managed(long id) {
        for (Vocabulary v : List.of(Vocabulary.THEME, Vocabulary.SPACE)) {
            var found = vocabulary.findManaged(v).stream().filter(t -> t.id() == id).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new java.util.NoSuchElementException("term " + id);
    }

    // --- accounts, invitations, survey rounds ---

    @Test
    void accountsInvitationsAndRounds() {
        var allowed = tables("account", "invitation", "revision");
        Supplier<Integer> count = count("account");
        Probe create = probe("account create (username, display name)");
        int[] n = {0};
        for (var c : TEXTS) {
            create.run(c, s -> accounts.create(new AccountData(s, "Name", Role.INTERVIEWER, null), null),
                    id -> account(id).username(), count);
            create.run(c, s -> accounts.create(new AccountData("feind" + n[0]++, s, Role.INTERVIEWER, null), null),
                    id -> account(id).displayName(), count);
        }
        check(create, allowed);
        Probe invite = probe("invitation (username, display name)");
        for (var c : TEXTS) {
            invite.run(c, s -> invitations.invite(new AccountData(s, "Name", Role.READER, null)).accountId(),
                    id -> account(id).username(), count);
            invite.run(c, s -> invitations.invite(new AccountData("gast" + n[0]++, s, Role.READER, null)).accountId(),
                    id -> account(id).displayName(), count);
        }
        check(invite, allowed);
        Probe suggest = probe("username suggestion from a display name");
        for (var c : TEXTS) {
            suggest.run(c, s -> {
                String name = accounts.suggestUsername(s);
                if (!name.matches("[\\p{L}\\p{N}._-]*")) {
                    throw new AssertionError("suggested username is not valid: " + name);
                }
                return name;
            }, null, () -> null);
        }
        check(suggest, c -> false);
        Probe token = probe("invitation token (check, redeem)");
        for (var c : TEXTS) {
            token.run(c, s -> invitations.check(s), null, count);
            token.run(c, s -> invitations.redeem(s, s, s), null, count);
        }
        check(token, c -> false);
        Probe round = probe("survey round create (name, description)");
        Supplier<Integer> roundCount = count("survey_round");
        for (var c : TEXTS) {
            round.run(c, s -> rounds.create(new SurveyRoundData(s, 2027, null, null)),
                    id -> rounds.find(id).orElseThrow().name(), roundCount);
            round.run(c, s -> rounds.create(new SurveyRoundData("Runde", 2027, s, null)),
                    id -> rounds.find(id).orElseThrow().description(), roundCount);
        }
        for (int year : new int[] {Integer.MIN_VALUE, -1, 0, 1899, 1900, 2200, 2201, Integer.MAX_VALUE}) {
            round.run(Integer.toString(year), "year " + year,
                    s -> rounds.create(new SurveyRoundData("Runde " + s, Integer.parseInt(s), null, null)),
                    id -> Integer.toString(rounds.find(id).orElseThrow().year()), roundCount);
        }
        check(round, tables("survey_round", "revision"));
        assertNoFailures();
    }

    @Test
    void ownPasswordChange() {
        // the planner's own password, typed twice as the new one; the current one is whatever was stored last
        String[] current = {"demo"};
        Supplier<String> hash = () -> {
            var connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                    "SELECT password_hash FROM account WHERE username = 'planung'")) {
                rs.next();
                return rs.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
            }
        };
        Probe change = probe("own password change (new password, repeated)");
        for (var c : TEXTS) {
            change.run(c, s -> {
                accounts.changePassword(current[0], s, s);
                current[0] = s;
                return s;
            }, s -> passwordEncoder.matches(s, hash.get()) ? s : "(the stored hash does not match what was typed)",
                    hash);
        }
        check(change, tables("account"));
        assertNoFailures();
        // a login (or a current password) longer than bcrypt takes is a wrong password, not an exception
        assertThat(passwordEncoder.matches("ä".repeat(40), hash.get())).isFalse();
    }

    private Account account(long id) {
        return accounts.findAll().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    // --- ids and numbers from forms and links ---

    /**
     * Ids as they can reach a service: views hold ids the services gave them, and the URL's ids pass
     * {@code RouteIds.parse}, which turns everything outside 1..Integer.MAX_VALUE into "no id" (see
     * {@link HostileUrlTest}); larger longs would overflow in the repositories' {@code Math.toIntExact}.
     */
    static final long[] IDS = {Integer.MIN_VALUE, -1, 0, 999_999, Integer.MAX_VALUE};
    static final int[] SMALL = {Integer.MIN_VALUE, -2, -1, 0, 1, 2, 3, 4, 99, Integer.MAX_VALUE};

    @Test
    void hostileIdsAndNumbers() {
        SectionOwner owner = new SectionOwner.OfProfile(profileId);
        long itemId = sections.addItem(owner, SectionKind.INHALT, null, 0, "Eintrag");
        long interviewId = interviews.start(roundId, units.findByCode("FB 56").orElseThrow().id());
        long needId = interviews.addNeed(interviewId, null, 0, "Bedarf");
        Probe ids = probe("ids (read, write, remove with hostile ids)");
        List<Function<Long, Object>> calls = List.of(
                id -> profiles.find(id).isPresent(), id -> profiles.findCard(id).isPresent(),
                id -> profiles.findByUnit(id, id), id -> profiles.findByRound(id), id -> profiles.history(id),
                id -> profiles.updateField(id, ProfileField.TITLE, null, "x"),
                id -> sections.sections(new SectionOwner.OfProfile(id)),
                id -> sections.sections(new SectionOwner.OfInstruments(id, id)),
                id -> sections.addItem(new SectionOwner.OfProfile(id), SectionKind.INHALT, null, 0, "x"),
                id -> sections.addItem(owner, SectionKind.INHALT, id, 0, "x"),
                id -> sections.updateItem(id, null, "x"), id -> run(() -> sections.removeItem(id)),
                id -> run(() -> sections.moveItem(id, 1)),
                id -> run(() -> sections.addTerm(owner, SectionKind.THEMEN, id)),
                id -> run(() -> sections.removeTerm(owner, SectionKind.THEMEN, id)),
                id -> interviews.find(id).isPresent(), id -> interviews.list(id), id -> interviews.start(roundId, id),
                id -> interviews.start(id, unitId), id -> interviews.participants(id),
                id -> interviews.addParticipant(id, "x", null), id -> run(() -> interviews.removeParticipant(id)),
                id -> interviews.addInterface(interviewId, id), id -> interviews.addInterface(id, unitId),
                id -> run(() -> interviews.setInterfaceTerms(id, Set.of(id))), id -> interviews.updateNeed(id, null, "x"),
                id -> interviews.addNeed(interviewId, id, 0, "x"), id -> run(() -> interviews.removeNeed(id)),
                id -> units.find(id).isPresent(), id -> units.contacts(id), id -> units.addContact(id, "x", null),
                id -> units.updateField(id, UnitField.NAME, null, "x"), id -> run(() -> units.removeContact(id)),
                id -> units.overview(id), id -> accounts.overview(id),
                id -> comments.threads(CommentOwner.profile(id)), id -> run(() -> comments.answer(id, "x")),
                id -> run(() -> comments.resolve(id)), id -> run(() -> comments.reopen(id)),
                id -> comments.open(CommentOwner.instruments(id, id), "STEUERUNG", "x"),
                id -> reviews.state(new SectionOwner.OfProfile(id)), id -> reviews.entries(id, id),
                id -> reviews.board(id), id -> run(() -> reviews.sendToReview(new SectionOwner.OfProfile(id))),
                id -> vocabulary.history(id), id -> run(() -> vocabulary.accept(id, 0)),
                id -> vocabulary.merge(id, 0, id, 0), id -> vocabulary.update(id, 0, new TermEdit("x", null, List.of())),
                id -> matrix.matrix(id, Vocabulary.THEME, 3), id -> matrix.coreThemes(id),
                id -> run(() -> matrix.removeCoreTheme(id, id)), id -> rounds.find(id).isPresent(),
                id -> invitations.renew(id), id -> invitations.create(id));
        Supplier<Object> nothing = () -> null;
        for (long id : IDS) {
            for (int i = 0; i < calls.size(); i++) {
                var call = calls.get(i);
                ids.run(Long.toString(id), "call " + i + " with id " + id, s -> call.apply(Long.parseLong(s)), null,
                        nothing);
            }
        }
        // unknown "after" ids append at the end of the test's own lists
        check(ids, tables("section_item", "interview_need", "revision", "section"));
        Probe numbers = probe("numbers (depth, direction, threshold, version)");
        for (int n : SMALL) {
            String v = Integer.toString(n);
            numbers.run(v, "item depth " + n, s -> run(() -> sections.setItemDepth(itemId, Integer.parseInt(s))), null,
                    nothing);
            numbers.run(v, "item move " + n, s -> run(() -> sections.moveItem(itemId, Integer.parseInt(s))), null,
                    nothing);
            numbers.run(v, "new item depth " + n, s -> sections.addItem(owner, SectionKind.INHALT, null,
                    Integer.parseInt(s), "x"), null, nothing);
            numbers.run(v, "need depth " + n, s -> run(() -> interviews.setNeedDepth(needId, Integer.parseInt(s))),
                    null, nothing);
            numbers.run(v, "need move " + n, s -> run(() -> interviews.moveNeed(needId, Integer.parseInt(s))), null,
                    nothing);
            numbers.run(v, "matrix threshold " + n, s -> matrix.matrix(roundId, Vocabulary.THEME, Integer.parseInt(s),
                    MatrixFilter.NONE), null, nothing);
            numbers.run(v, "profile version " + n, s -> profiles.updateData(profileId, Integer.parseInt(s),
                    profiles.find(profileId).orElseThrow().data()), null, nothing);
        }
        check(numbers, tables("section_item", "interview_need", "profile", "revision", "section"));
        assertNoFailures();
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
