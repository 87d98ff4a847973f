package de.querschnitt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import de.querschnitt.IntegrationTest;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.UpdateCycle;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.Account;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo data is the complete Anlage 1 of the seed paper. The expected values come from an independent
 * count of the paper ({@code seed/annex-expectations.csv}), not from our own data file. One judgment call:
 * on the Theater page "Breites Publikum – Zielgruppendifersität" and "Diversität der Stadtgesellschaft
 * auffangen" are two statements (8 blocks, not 7).
 */
@IntegrationTest
@WithUserDetails("planung")
class DemoDataTest {

    record Expectation(String document, String section, int topLevelItems, int subItems, String firstItemPrefix) {
    }

    @Autowired
    SurveyRoundService rounds;
    @Autowired
    UnitService units;
    @Autowired
    ProfileService profiles;
    @Autowired
    InstrumentSetService instruments;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    MatrixService matrix;
    @Autowired
    AccountService accounts;

    SurveyRound round;
    List<Expectation> expectations;

    @BeforeEach
    void load() throws Exception {
        round = rounds.current().orElseThrow();
        try (var reader = new CSVReader(new InputStreamReader(
                getClass().getResourceAsStream("/seed/annex-expectations.csv"), StandardCharsets.UTF_8))) {
            expectations = reader.readAll().stream().skip(1)
                    .map(r -> new Expectation(r[0], r[1], Integer.parseInt(r[2]), Integer.parseInt(r[3]), r[4]))
                    .toList();
        }
    }

    private int total(String name) {
        return expectations.stream().filter(e -> e.document().equals(name) && e.section().equals("TOTAL"))
                .findFirst().orElseThrow().topLevelItems();
    }

    @Test
    void theRoundIsTheSozialPlattform2017() {
        assertThat(round.name()).isEqualTo("Sozial-Plattform 2017");
        assertThat(round.year()).isEqualTo(2017);
    }

    @Test
    void everyUnitTheSeedNamesExists() {
        List<Unit> all = units.findAll();
        assertThat(all).hasSize(total("UNITS"));
        assertThat(all).extracting(Unit::code).contains("FB 56", "FB 45", "E 42", "FB 32", "FB 52", "FB 61", "FB 02",
                "FB 01", "Kultur", "Theater");
        assertThat(all).filteredOn(u -> u.kind() == UnitKind.EXTERNER_PARTNER).extracting(Unit::name)
                .anySatisfy(n -> assertThat(n).contains("Freien Wohlfahrtspflege"))
                .anySatisfy(n -> assertThat(n).contains("Gesundheitsamt"))
                .anySatisfy(n -> assertThat(n).contains("Polizei"));
    }

    @Test
    void everyPlanningDocumentOfTheOverviewTableHasAProfile() {
        List<ProfileSummary> all = profiles.findByRound(round.id());
        assertThat(all).hasSize(total("OVERVIEW"));
        var expectedDocuments = expectations.stream().map(Expectation::document)
                .filter(d -> !List.of("OVERVIEW", "UNITS", "Volkshochschule", "Kultur", "Theater").contains(d))
                .distinct().toList();
        assertThat(all).extracting(ProfileSummary::title).containsExactlyInAnyOrderElementsOf(expectedDocuments);
    }

    @Test
    void everySectionOfEveryCardHasTheItemsOfThePaper() {
        Map<String, ProfileCard> cards = profiles.findByRound(round.id()).stream()
                .map(s -> profiles.findCard(s.id()).orElseThrow())
                .collect(Collectors.toMap(c -> c.profile().data().title(), Function.identity()));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Expectation expected : expectations) {
            ProfileCard card = cards.get(expected.document());
            if (card == null) {
                continue;
            }
            checked++;
            List<SectionItem> items = card.section(SectionKind.valueOf(expected.section())).map(Section::items)
                    .orElse(List.of());
            long top = items.stream().filter(i -> i.level() == 0).count();
            long sub = items.stream().filter(i -> i.level() == 1).count();
            String first = items.isEmpty() ? "" : items.getFirst().text();
            if (top != expected.topLevelItems() || sub != expected.subItems()
                    || !first.startsWith(expected.firstItemPrefix())) {
                mismatches.add(expected + " but found " + top + "/" + sub + " first=" + first);
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(mismatches).isEmpty();
        // and no section carries items the paper does not have
        int expectedItems = expectations.stream().filter(e -> cards.containsKey(e.document()))
                .mapToInt(e -> e.topLevelItems() + e.subItems()).sum();
        int storedItems = cards.values().stream().flatMap(c -> c.sections().stream())
                .mapToInt(s -> s.items().size()).sum();
        assertThat(storedItems).isEqualTo(expectedItems);
    }

    /** The Zeitraum/Zeitbezug column of the paper's overview table, document by document. */
    @Test
    void everyPlanningDocumentKeepsItsZeitraumFromTheOverviewTable() {
        Map<String, Period> periods = profiles.findByRound(round.id()).stream()
                .collect(Collectors.toMap(ProfileSummary::title, ProfileSummary::period));
        // "Sportentwicklungsplan | 2010 erstellt 2014 Handlungsempfehlungen überarbeitet"
        assertThat(periods.get("Sportentwicklungsplan").from()).isEqualTo(2010);
        assertThat(periods.get("Sportentwicklungsplan").note()).contains("2014 Handlungsempfehlungen überarbeitet");
        // "Schulentwicklungsplan | Primarstufe 2013-2018 / weiterführende Schulen 2010-2015 / Förderschulen 2012-2016"
        assertThat(periods.get("Schulentwicklungsplanung").note()).contains("Primarstufe 2013-2018",
                "weiterführende Schulen 2010-2015", "Förderschulen 2012-2016");
        // "Kindertagesstättenbedarfsplan | jährlich"
        assertThat(periods.get("Kindertagesstättenbedarfsplan").cycle()).isEqualTo(UpdateCycle.JAEHRLICH);
        // "Kinder- und Jugendförderplan | 2015-2020", "Freizeitstättenbedarfsplan | 2015-2020"
        assertThat(periods.get("Kinder- und Jugendförderplan").years()).isEqualTo("2015–2020");
        assertThat(periods.get("Freizeitstättenbedarfsplan").years()).isEqualTo("2015–2020");
        // "Sozialentwicklungsplan | 2009 2015"
        assertThat(periods.get("Sozialentwicklungsplan").years()).isEqualTo("2009–2015");
        // "Integrationskonzept | 2006 wird aktuell bearbeitet"
        assertThat(periods.get("Integrationskonzept").from()).isEqualTo(2006);
        assertThat(periods.get("Integrationskonzept").state()).isEqualTo(PeriodState.IN_BEARBEITUNG);
        // "Wohnungsmarktbericht | 2017 jährlich"
        assertThat(periods.get("Wohnungsmarktbericht").from()).isEqualTo(2017);
        assertThat(periods.get("Wohnungsmarktbericht").cycle()).isEqualTo(UpdateCycle.JAEHRLICH);
        // "Handlungskonzept Wohnen | 2010 derzeit in Vorbereitung"
        assertThat(periods.get("Handlungskonzept Wohnen").from()).isEqualTo(2010);
        assertThat(periods.get("Handlungskonzept Wohnen").state()).isEqualTo(PeriodState.IN_VORBEREITUNG);
        // "Masterplan Aachen*2030 | 2012", "Integrierte Handlungskonzepte | Bei Bedarf"
        assertThat(periods.get("Masterplan Aachen*2030").from()).isEqualTo(2012);
        assertThat(periods.get("Integrierte Handlungskonzepte").cycle()).isEqualTo(UpdateCycle.BEI_BEDARF);
        // "Statistisches Jahrbuch | 2010/2011 2012/2013 2014 2015", "Demographiemonitoring | 2013 2014 2015"
        assertThat(periods.get("Statistisches Jahrbuch").note()).contains("2010/2011", "2012/2013", "2014", "2015");
        assertThat(periods.get("Demographiemonitoring").years()).isEqualTo("2013–2015");
    }

    @Test
    void theLeadUnitsAreThoseOfTheOverviewTable() {
        Map<String, String> leadUnit = profiles.findByRound(round.id()).stream().collect(Collectors.toMap(
                ProfileSummary::title, p -> units.find(p.unitId()).orElseThrow().code()));
        assertThat(leadUnit).containsEntry("Sportentwicklungsplan", "FB 52")
                .containsEntry("Freizeitstättenbedarfsplan", "FB 45")
                .containsEntry("Handlungskonzept Wohnen", "FB 56")
                .containsEntry("Integrierte Handlungskonzepte", "FB 61")
                .containsEntry("Demographiemonitoring", "FB 02");
    }

    @Test
    void startingAgainOnAFilledDatabaseLoadsNothingTwice() throws Exception {
        int before = profiles.findByRound(round.id()).size();
        loader.run(null);
        assertThat(profiles.findByRound(round.id())).hasSize(before);
        assertThat(rounds.findAll()).hasSize(1);
    }

    @Autowired
    DemoDataLoader loader;

    @Test
    void theIntegrationskonzeptKeepsItsHandlungsfelderAsSubItems() {
        var card = cards("Integrationskonzept");
        var inhalt = card.section(SectionKind.INHALT).orElseThrow().items();
        int handlungsfelder = indexOf(inhalt, "Handlungsfelder:");
        assertThat(inhalt.get(handlungsfelder).level()).isZero();
        assertThat(inhalt.subList(handlungsfelder + 1, inhalt.size())).hasSize(9)
                .allSatisfy(i -> assertThat(i.level()).isEqualTo(1))
                .extracting(SectionItem::text).contains("Sprache / Bildung", "Öffentlichkeitsarbeit / Presse");
    }

    @Test
    void scanTyposOfTheSteeringHeadingAllBecomeSteuerungsinstrumente() {
        assertThat(cards("Sportentwicklungsplan").section(SectionKind.STEUERUNG)).isPresent();      // STEUERUNGSMASCHINEN
        assertThat(cards("Kinder- und Jugendförderplan").section(SectionKind.STEUERUNG)).isPresent(); // STEUERUNGSMASSEN
        assertThat(cards("Sozialentwicklungsplan").section(SectionKind.STEUERUNG)).isPresent();     // STEUERUNGSTRUMENTE
    }

    @Test
    void theUnitInstrumentsOfVhsKulturAndTheaterAreComplete() {
        for (String unitName : List.of("Volkshochschule", "Kultur", "Theater")) {
            String code = switch (unitName) {
                case "Volkshochschule" -> "E 42";
                default -> unitName;
            };
            Unit unit = units.findByCode(code).orElseThrow();
            var set = instruments.find(round.id(), unit.id()).orElseThrow();
            int blocks = set.sections().stream().mapToInt(s -> s.items().size()).sum();
            var expected = expectations.stream().filter(e -> e.document().equals(unitName)).findFirst().orElseThrow();
            assertThat(blocks).as(unitName).isEqualTo(expected.topLevelItems());
            String first = set.sections().stream().flatMap(s -> s.items().stream()).map(SectionItem::text)
                    .filter(t -> t.startsWith(expected.firstItemPrefix())).findAny().orElse(null);
            assertThat(first).as(unitName + " keeps its first block").isNotNull();
        }
    }

    @Test
    void theVocabulariesHoldTheRaumbezugTermsAndTheMergedThemes() {
        assertThat(vocabulary.findAll(Vocabulary.SPACE)).extracting(Term::name).containsExactly("Gesamtstadt",
                "Stadtbezirke", "Sozialräume", "Lebensräume", "Statistische Bezirke", "Quartiere", "Schwerpunkträume",
                "Region");
        List<Term> themes = vocabulary.findAll(Vocabulary.THEME);
        assertThat(themes).extracting(Term::name).contains("Sozialraumbezug/Quartiersarbeit", "Partizipation");
        // synonyms merged: the wordings of the cards are synonyms, not separate terms
        Term sozialraum = themes.stream().filter(t -> t.name().equals("Sozialraumbezug/Quartiersarbeit")).findFirst()
                .orElseThrow();
        assertThat(sozialraum.synonyms()).contains("Sozialraumbezug", "Quartiersentwicklung");
    }

    @Test
    void theSchnittstellenResultIsRecordedAndIsTheWidestSharedTheme() {
        assertThat(matrix.coreThemes(round.id())).extracting(Term::name)
                .containsExactly("Sozialraumbezug/Quartiersarbeit");
        var themeMatrix = matrix.matrix(round.id(), Vocabulary.THEME, MatrixService.DEFAULT_CORE_THRESHOLD);
        long core = themeMatrix.terms().stream().filter(t -> t.name().equals("Sozialraumbezug/Quartiersarbeit"))
                .findFirst().orElseThrow().id();
        int widest = themeMatrix.terms().stream().mapToInt(t -> themeMatrix.unitsCovering(t.id())).max().orElseThrow();
        assertThat(themeMatrix.unitsCovering(core)).isEqualTo(widest);
        assertThat(themeMatrix.isCore(core)).isTrue();
    }

    @Test
    void theDemoAccountsHaveTheirRolesAndUnits() {
        Map<String, Account> byName = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("planung", "interview", "fb45", "fb56", "gast");
        assertThat(byName.get("planung").role()).isEqualTo(Role.PLANNER);
        assertThat(byName.get("interview").role()).isEqualTo(Role.INTERVIEWER);
        assertThat(byName.get("gast").role()).isEqualTo(Role.READER);
        assertThat(byName.get("fb45").unitId()).isEqualTo(units.findByCode("FB 45").orElseThrow().id());
        assertThat(byName.get("fb56").unitId()).isEqualTo(units.findByCode("FB 56").orElseThrow().id());
    }

    private ProfileCard cards(String title) {
        return profiles.findByRound(round.id()).stream().filter(s -> s.title().equals(title))
                .map(s -> profiles.findCard(s.id()).orElseThrow()).findFirst().orElseThrow();
    }

    private static int indexOf(List<SectionItem> items, String text) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("No item " + text);
    }
}
