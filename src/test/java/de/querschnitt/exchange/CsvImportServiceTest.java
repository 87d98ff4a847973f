package de.querschnitt.exchange;

import static de.querschnitt.exchange.Csv.profile;
import static de.querschnitt.exchange.Csv.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.AccountService;
import de.querschnitt.survey.SurveyRoundService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("planung")
class CsvImportServiceTest {

    @Autowired
    CsvImportService imports;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    AccountService accounts;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    Translations translations;

    long roundId;
    long fb45;

    @BeforeEach
    void ids() {
        roundId = rounds.current().orElseThrow().id();
        fb45 = units.findAll().stream().filter(u -> u.code().equals("FB 45")).findFirst().orElseThrow().id();
    }

    // --- the file as a whole ---

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThat(messages(imports.preview(ImportKind.PROFILES, new byte[0])))
                .containsExactly("0 - Die Datei ist leer.");
        assertThat(messages(imports.preview(ImportKind.PROFILES, "\uFEFF \r\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("0 - Die Datei ist leer.");
    }

    @Test
    void aFileWithOnlyTheHeaderSaysItHasNoRows() {
        assertThat(messages(imports.preview(ImportKind.UNITS, Csv.file(ImportKind.UNITS, List.of()))))
                .containsExactly("0 - Die Datei enthält nur die Kopfzeile, aber keine Datenzeilen.");
    }

    @Test
    void aTwentyMegabyteFileIsRefusedWithTheLimitBeforeItIsParsed() {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 0xFF); // not even UTF-8: the size is what counts
        assertThat(messages(imports.preview(ImportKind.PROFILES, big))).containsExactly(
                "0 - Die Datei ist 20,0 MB groß; erlaubt sind höchstens 10 MB. Bitte teilen Sie sie in mehrere "
                        + "Dateien auf.");
        // the upload's declared size is enough: the content need not have been read
        assertThat(messages(imports.preview(ImportKind.PROFILES, new byte[0], 20L * 1024 * 1024)))
                .singleElement().asString().contains("20,0 MB");
    }

    @Test
    void aFileSavedAsWindowsLatin1IsRefusedWithWhatToDo() {
        byte[] latin1 = "Kürzel;Name;Art;Beschreibung\r\nFB 99;Bürgerdienste;FACHBEREICH;\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(messages(imports.preview(ImportKind.UNITS, latin1))).singleElement().asString()
                .startsWith("0 - Die Datei ist nicht UTF-8-kodiert (das erste ungültige Zeichen steht in Zeile 1)")
                .contains("„CSV UTF-8“");
    }

    @Test
    void aMissingAndAnExtraColumnAreNamed() {
        byte[] file = Csv.write(List.of(new String[] {"Kürzel", "Name", "Farbe"},
                new String[] {"FB 99", "Bürgerdienste", "blau"}), ';');
        assertThat(messages(imports.preview(ImportKind.UNITS, file))).containsExactly(
                "1 C Farbe Die Spalte „Farbe“ gehört nicht zu diesem Format. Erwartet werden: Kürzel; Name; Art; "
                        + "Beschreibung.",
                "1 - Die Spalte „Art“ fehlt in der Kopfzeile.",
                "1 - Die Spalte „Beschreibung“ fehlt in der Kopfzeile.");
    }

    @Test
    void aRowWithTooFewCellsIsReportedWithItsRow() {
        byte[] file = Csv.write(List.of(ImportKind.UNITS.header().toArray(String[]::new),
                new String[] {"FB 98", "Eins", "FACHBEREICH", ""}, new String[] {"FB 99", "Zwei"}), ';');
        assertThat(messages(imports.preview(ImportKind.UNITS, file)))
                .containsExactly("3 - Die Zeile hat 2 Zellen, die Kopfzeile aber 4.");
    }

    // --- rows ---

    @Test
    void anUnknownUnitRoundAndValueAreReportedAtTheirCells() {
        var preview = imports.preview(ImportKind.PROFILES, Csv.file(ImportKind.PROFILES, List.of(
                profile("Einheit", "FB 77", "Erhebung", "Erhebung 1999", "Art", "Roman", "Von", "zwanzig"))));
        assertThat(messages(preview)).containsExactly(
                "2 A Erhebung Die Erhebung „Erhebung 1999“ gibt es nicht.",
                "2 B Einheit Die Einheit „FB 77“ gibt es nicht. Legen Sie sie zuerst an oder importieren Sie sie "
                        + "mit einer Einheiten-Datei.",
                "2 E Art „Roman“ ist hier nicht zulässig. Erlaubt sind: PLAN, BERICHT, KONZEPT, MONITORING, PROGRAMM.",
                "2 G Von „zwanzig“ ist keine Jahreszahl.");
    }

    @Test
    void anUnknownThemeIsReportedWithItsRowAndColumn() {
        var preview = imports.preview(ImportKind.PROFILES, Csv.file(ImportKind.PROFILES, List.of(
                profile("Übergeordnete Themen", "• Partizipation\n• Weltraumfahrt"))));
        assertThat(messages(preview)).singleElement().asString().startsWith(
                "2 S Übergeordnete Themen „Weltraumfahrt“ ist kein Begriff (und kein Synonym) im Vokabular "
                        + "„Übergeordnete Themen“.");
    }

    @Test
    void aDuplicateRowNamesTheFirstOne() {
        var preview = imports.preview(ImportKind.PROFILES, Csv.file(ImportKind.PROFILES, List.of(
                profile(), profile("Titel", "Anderer Plan"), profile("Titel", "neuer plan"))));
        assertThat(messages(preview)).containsExactly(
                "4 C Titel „neuer plan“ steht doppelt in der Datei (zuerst in Zeile 2).");
    }

    @Test
    void theFormsValidationAppliesWithTheColumnOfTheField() {
        var preview = imports.preview(ImportKind.PROFILES, Csv.file(ImportKind.PROFILES, List.of(
                profile("Titel", ""), profile("Titel", "x".repeat(301)), profile("Titel", "Zeitreise", "Von", "2020",
                        "Bis", "2010"))));
        assertThat(messages(preview)).containsExactly(
                "2 C Titel Bitte füllen Sie das Feld „Titel“ aus.",
                "3 C Titel Das Feld „Titel“ ist zu lang (höchstens 300 Zeichen bzw. Einträge).",
                "4 G Von Das Anfangsjahr darf nicht nach dem Endjahr liegen.");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAtAll() {
        int before = profiles.findByRound(roundId).size();
        byte[] file = Csv.file(ImportKind.PROFILES, List.of(profile(), profile("Titel", "Zweiter", "Einheit", "FB 0")));

        var result = imports.execute(ImportKind.PROFILES, file);

        assertThat(result.succeeded()).isFalse();
        assertThat(messages(result.problems())).singleElement().asString().startsWith("3 B Einheit");
        assertThat(profiles.findByRound(roundId)).hasSize(before);
    }

    @Test
    void aUnitThatExistsWithOtherDataIsRefusedAndAnIdenticalOneLeftAlone() {
        var preview = imports.preview(ImportKind.UNITS, Csv.file(ImportKind.UNITS, List.of(
                row("Kürzel", "FB 45", "Name", "Kinder, Jugend und Schule", "Art", "Fachbereich", "Beschreibung",
                        "Zur verwaltungsinternen Auftaktveranstaltung der Sozial-Plattform am 12.01.2017 eingeladen."),
                row("Kürzel", "FB 56", "Name", "Soziales", "Art", "FACHBEREICH"))));
        assertThat(messages(preview)).singleElement().asString().isEqualTo("3 A Kürzel Die Einheit „FB 56“ gibt es "
                + "bereits mit anderen Angaben. Der Import legt Einheiten nur an und ändert keine bestehenden.");
    }

    @Test
    void departmentAccountsNeedAUnitAndOthersMustNotHaveOne() {
        var preview = imports.preview(ImportKind.ACCOUNTS, Csv.file(ImportKind.ACCOUNTS, List.of(
                row("Benutzername", "a", "Anzeigename", "A", "Rolle", "DEPARTMENT"),
                row("Benutzername", "b", "Anzeigename", "B", "Rolle", "READER", "Einheit", "FB 45"),
                row("Benutzername", "c d", "Anzeigename", "C", "Rolle", "Chef"))));
        assertThat(messages(preview)).containsExactly(
                "2 D Einheit Ein Konto mit der Rolle DEPARTMENT (Fachbereich) braucht das Kürzel seiner Einheit.",
                "3 D Einheit Nur Konten mit der Rolle DEPARTMENT (Fachbereich) gehören zu einer Einheit; lassen Sie "
                        + "die Spalte leer.",
                "4 C Rolle „Chef“ ist hier nicht zulässig. Erlaubt sind: PLANNER, INTERVIEWER, DEPARTMENT, READER.",
                "4 A Benutzername Der Benutzername darf nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich "
                        + "enthalten.");
    }

    // --- what a good file does ---

    @Test
    void aGoodFileIsPreviewedWithoutWritingAndImportedOnExecute() {
        int before = profiles.findByRound(roundId).size();
        byte[] file = Csv.file(ImportKind.PROFILES, List.of(profile("Titel", "Spielplatzbedarfsplan",
                "Von", "2018", "Bis", "2022", "Fortschreibung", "jährlich", "Stand", "aktuell",
                "Inhalt", "Einleitung\n• Bestand\n  ◦ Spielplätze „neu“\nAnmerkung: vorläufig",
                "Übergeordnete Themen", "• Partizipation\n• Spiel und Sport [Freizeitgestaltung]")));

        var preview = imports.preview(ImportKind.PROFILES, file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(c -> c.line() + " " + c.action() + " " + c.subject())
                .containsExactly("2 CREATE FB 45: Spielplatzbedarfsplan");
        assertThat(profiles.findByRound(roundId)).hasSize(before);

        var result = imports.execute(ImportKind.PROFILES, file);
        assertThat(result.succeeded()).isTrue();
        ProfileSummary created = profiles.findByUnit(roundId, fb45).stream()
                .filter(p -> p.title().equals("Spielplatzbedarfsplan")).findFirst().orElseThrow();
        var card = profiles.findCard(created.id()).orElseThrow();
        assertThat(card.profile().data().period().from()).isEqualTo(2018);
        var inhalt = card.section(SectionKind.INHALT).orElseThrow();
        assertThat(inhalt.intro()).isEqualTo("Einleitung");
        assertThat(inhalt.note()).isEqualTo("vorläufig");
        assertThat(inhalt.items()).extracting(i -> i.level() + ":" + i.text())
                .containsExactly("0:Bestand", "1:Spielplätze „neu“");
        assertThat(card.section(SectionKind.THEMEN).orElseThrow().items())
                .extracting(i -> i.terms().getFirst().name()).containsExactly("Partizipation", "Freizeitgestaltung");
        assertThat(profiles.history(created.id())).extracting(r -> r.field()).contains("created");
    }

    @Test
    void aChangedProfileIsUpdatedWithRevisionsAndAnUnchangedOneLeftAlone() {
        var kjfp = profiles.findByUnit(roundId, fb45).stream()
                .filter(p -> p.title().equals("Kinder- und Jugendförderplan")).findFirst().orElseThrow();
        CsvFile exported = filtered(kjfp.id());
        List<String[]> rows = Csv.read(exported, ';');
        String[] header = rows.getFirst();
        String[] changed = rows.get(1).clone();
        int note = List.of(header).indexOf("Anmerkung zum Zeitraum");
        int steering = List.of(header).indexOf("Steuerungsinstrumente");
        changed[note] = "fortgeschrieben 2026";
        changed[steering] = changed[steering] + "\n• Neues Instrument";

        var preview = imports.preview(ImportKind.PROFILES, Csv.write(List.of(header, changed), ';'));
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ImportAction.UPDATE);
            assertThat(c.changedColumns()).containsExactly("Anmerkung zum Zeitraum", "Steuerungsinstrumente");
        });
        assertThat(imports.execute(ImportKind.PROFILES, Csv.write(List.of(header, changed), ';')).succeeded()).isTrue();

        var card = profiles.findCard(kjfp.id()).orElseThrow();
        assertThat(card.profile().data().period().note()).isEqualTo("fortgeschrieben 2026");
        assertThat(card.section(SectionKind.STEUERUNG).orElseThrow().items().getLast().text())
                .isEqualTo("Neues Instrument");
        assertThat(profiles.history(kjfp.id())).extracting(r -> r.field() + "=" + r.newValue())
                .contains("period.note=fortgeschrieben 2026")
                .anySatisfy(s -> assertThat(s).matches("section\\.STEUERUNG\\.item\\d+=Neues Instrument"));
        // the same file again changes nothing
        assertThat(imports.preview(ImportKind.PROFILES, Csv.write(List.of(header, changed), ';')).changes())
                .extracting(ImportChange::action).containsExactly(ImportAction.UNCHANGED);
    }

    @Test
    void importedAccountsHaveNoPasswordButAnInvitationLink() {
        byte[] file = Csv.file(ImportKind.ACCOUNTS, List.of(
                row("Benutzername", "fb45.meier", "Anzeigename", "Eva Meier", "Rolle", "Fachbereich", "Einheit", "fb 45"),
                row("Benutzername", "planung", "Anzeigename", "Sozialplanung (Demo)", "Rolle", "PLANNER")));

        var result = imports.execute(ImportKind.ACCOUNTS, file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.changes()).extracting(ImportChange::action)
                .containsExactly(ImportAction.CREATE, ImportAction.UNCHANGED);
        assertThat(result.invitations()).singleElement().satisfies(link -> {
            assertThat(link.username()).isEqualTo("fb45.meier");
            assertThat(link.path()).matches("einladung/[A-Za-z0-9_-]{43}");
        });
        var account = accounts.findAll().stream().filter(a -> a.username().equals("fb45.meier")).findFirst()
                .orElseThrow();
        assertThat(account.unitId()).isEqualTo(fb45);
        assertThat(accounts.loadUserByUsername("fb45.meier").getPassword()).isNull();
    }

    @Test
    void commaSeparatedFilesAndNeutralisedCellsAreRead() {
        byte[] file = Csv.write(List.of(ImportKind.UNITS.header().toArray(String[]::new),
                new String[] {"FB 99", "'-Bürgerdienste-", "Eigenbetrieb", "'=kein Formel"}), ',');
        var result = imports.execute(ImportKind.UNITS, file);
        assertThat(result.problems()).isEmpty();
        var unit = units.findByCode("FB 99").orElseThrow();
        assertThat(unit.name()).isEqualTo("-Bürgerdienste-");
        assertThat(unit.description()).isEqualTo("=kein Formel");
        // like every import, the new unit is in the audit trail
        assertThat(profiles.allRevisions()).anySatisfy(r -> {
            assertThat(r.entity()).isEqualTo("UNIT");
            assertThat(r.entityId()).isEqualTo(unit.id());
            assertThat(r.field()).isEqualTo("created");
            assertThat(r.newValue()).isEqualTo("FB 99 -Bürgerdienste-");
        });
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerImports() {
        assertThatThrownBy(() -> imports.preview(ImportKind.UNITS, new byte[0]))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    CsvExportService exports;

    /** The export with only the profile's row. */
    private CsvFile filtered(long profileId) {
        CsvFile all = exports.profiles(roundId, CsvDialect.SEMICOLON);
        String title = profiles.findCard(profileId).orElseThrow().profile().data().title();
        List<String[]> rows = Csv.read(all, ';');
        List<String[]> kept = List.of(rows.getFirst(), rows.stream().filter(r -> r[2].equals(title)
                && r[1].equals("FB 45")).findFirst().orElseThrow());
        byte[] content = Csv.write(kept, ';');
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        return new CsvFile("x.csv", withBom, 1, 0);
    }

    private List<String> messages(ImportPreview preview) {
        return messages(preview.problems());
    }

    private List<String> messages(List<ImportProblem> problems) {
        return problems.stream().map(p -> p.line() + " " + (p.column() == null ? "-" : p.column()) + " "
                + text(p)).toList();
    }

    private String text(ImportProblem problem) {
        Object[] args = Arrays.stream(problem.error().arguments())
                .map(a -> a instanceof de.querschnitt.common.UserError.MessageKey k
                        ? translations.getTranslation(k.key(), Translations.GERMAN) : a)
                .toArray();
        return translations.getTranslation(problem.error().messageKey(), Translations.GERMAN, args);
    }

}
