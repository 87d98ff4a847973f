package de.querschnitt.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.annex.AnnexModel.Card;
import de.querschnitt.annex.AnnexModel.UnitPlans;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AnnexServiceTest {

    @Autowired
    AnnexService annex;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    UnitService units;
    @Autowired
    DSLContext db;

    private long round() {
        return rounds.current().orElseThrow().id();
    }

    private AnnexRequest everything() {
        return new AnnexRequest(round(), Set.of(), false);
    }

    private static List<String> titles(AnnexModel model) {
        return model.units().stream().flatMap(u -> u.cards().stream()).map(Card::title).toList();
    }

    @Test
    @WithUserDetails("planung")
    void theWholeRoundHoldsTheSeedsThirteenPlansItsInstrumentsAndTheMatrixOfAllUnits() {
        AnnexModel model = annex.model(everything());

        assertThat(model.roundName()).isEqualTo("Sozial-Plattform 2017");
        assertThat(model.city()).isEqualTo("Stadt Aachen");
        assertThat(model.draft()).isTrue();
        assertThat(titles(model)).hasSize(13).contains("Kinder- und Jugendförderplan", "Masterplan Aachen*2030",
                "Demographiemonitoring");
        assertThat(model.units()).extracting(UnitPlans::code).containsExactly("FB 56", "FB 45", "FB 52", "FB 61",
                "FB 02");
        assertThat(model.instruments()).extracting(AnnexModel.UnitInstruments::label)
                .containsExactly("E 42 Volkshochschule", "Kulturbetrieb", "Theater");
        assertThat(model.matrix().units()).hasSize(units.findAll().size());
        assertThat(model.matrix().themes()).contains("Partizipation", "Sozialraumbezug/Quartiersarbeit");
        assertThat(model.coreThemes().recorded()).containsExactly("Sozialraumbezug/Quartiersarbeit");
        assertThat(model.coreThemes().shared()).extracting(AnnexModel.SharedTheme::theme)
                .contains("Sozialraumbezug/Quartiersarbeit");
    }

    @Test
    @WithUserDetails("planung")
    void theCardCarriesEveryBoxOfTheProfileInTheGridOfThePaper() {
        Card card = annex.model(everything()).units().stream().flatMap(u -> u.cards().stream())
                .filter(c -> c.title().equals("Kinder- und Jugendförderplan")).findFirst().orElseThrow();
        assertThat(card.documentTitle()).isEqualTo("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020");
        assertThat(card.period()).startsWith("2015–2020");
        assertThat(card.rows()).hasSize(3);
        assertThat(card.rows().get(0).left().getFirst().heading()).isEqualTo("Einordnung");
        assertThat(card.rows().get(0).right().getFirst().intro()).isEqualTo("SGB VIII – Handlungsfelder:");
        assertThat(card.rows().get(1).right().getFirst().heading()).isEqualTo("Inhalt");
        assertThat(card.rows().get(2).left().getFirst().heading()).isEqualTo("Steuerungsinstrumente");
        assertThat(card.rows().get(2).right().getFirst().items()).extracting(AnnexModel.Item::text)
                .contains("Partizipation");
    }

    @Test
    @WithUserDetails("planung")
    void selectedUnitsLimitCardsAndMatrixRows() {
        long fb45 = units.findByCode("FB 45").orElseThrow().id();
        AnnexModel model = annex.model(new AnnexRequest(round(), Set.of(fb45), false));

        assertThat(model.units()).extracting(UnitPlans::code).containsExactly("FB 45");
        assertThat(titles(model)).containsExactlyInAnyOrder("Schulentwicklungsplanung",
                "Kindertagesstättenbedarfsplan", "Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
        assertThat(model.instruments()).isEmpty();
        assertThat(model.matrix().units()).containsExactly("FB 45 Kinder, Jugend und Schule");
        assertThat(model.selection()).isEqualTo("ausgewählte Einheiten: FB 45; alle Profile");
    }

    @Test
    @WithUserDetails("planung")
    void closedOnlyTakesTheClosedProfilesAndIsThenTheFinalVersion() {
        db.execute("update profile set review_status = 'ABGESCHLOSSEN' where title = ?", "Sozialentwicklungsplan");

        AnnexModel closed = annex.model(new AnnexRequest(round(), Set.of(), true));
        assertThat(titles(closed)).containsExactly("Sozialentwicklungsplan");
        assertThat(closed.instruments()).isEmpty();
        assertThat(closed.draft()).isFalse();
        int fb56 = closed.matrix().units().indexOf("FB 56 Wohnen, Soziales und Integration");
        int total = 0;
        for (int count : closed.matrix().counts()[fb56]) {
            total += count;
        }
        assertThat(total).as("themes of the one closed plan").isPositive();
        assertThat(closed.matrix().themesCoveredBy(closed.matrix().units().indexOf("FB 45 Kinder, Jugend und Schule")))
                .isZero();

        assertThat(annex.model(everything()).draft()).as("the other profiles are still drafts").isTrue();
    }

    @Test
    @WithUserDetails("planung")
    void aRoundThatDoesNotExistIsAClearError() {
        assertThatThrownBy(() -> annex.model(new AnnexRequest(9999, Set.of(), false)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("annex.error.round"));
    }

    @Test
    @WithUserDetails("planung")
    void theRenderedAnnexNamesEveryPlanAndTheBackgroundGenerationReportsProgress() throws Exception {
        byte[] pdf = annex.render(everything());
        String text = PdfChecks.normalized(PdfChecks.pdftotext(pdf));
        for (String title : titles(annex.model(everything()))) {
            assertThat(text).contains(title);
        }

        List<Integer> progress = new CopyOnWriteArrayList<>();
        byte[] background = annex.generate(everything(), (done, total) -> progress.add(100 * done / total))
                .get(2, TimeUnit.MINUTES);
        assertThat(PdfChecks.pageTexts(background)).hasSameSizeAs(PdfChecks.pageTexts(pdf));
        assertThat(progress).isSorted().last().isEqualTo(100);
        assertThat(progress.size()).isGreaterThan(10);
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotCreateTheAnnex() {
        assertThatThrownBy(() -> annex.model(everything())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annex.generate(everything(), (d, t) -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("interview")
    void interviewersCannotCreateTheAnnex() {
        assertThatThrownBy(() -> annex.render(everything())).isInstanceOf(AccessDeniedException.class);
    }
}
