package de.querschnitt.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.ViewTest;
import java.nio.charset.StandardCharsets;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
class ExchangeViewTest extends SpringBrowserlessTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;

    static final String UNITS_HEADER = "Kürzel;Name;Art;Beschreibung\r\n";

    @Test
    @WithUserDetails("planung")
    void thePlannerSeesEveryExportWithItsRowCountAndTheNeutralisationNote() {
        ExchangeView view = navigate(ExchangeView.class);
        assertThat($(Anchor.class).from(view.export.files).all()).extracting(a -> a.getElement().getTextRecursively()).containsExactly(
                "Profile", "Instrumente der Einheiten", "Matrix Einheiten × Themen", "Matrix Einheiten × Raumbezug",
                "Änderungsverlauf", "Einheiten", "Konten (ohne Passwörter)");
        assertThat(view.export.files.getElement().getTextRecursively())
                .contains("profile-sozial-plattform-2017.csv · 13 Zeilen")
                .doesNotContain("als Text gesichert");

        test(view.export.dialect).selectItem("Komma");
        assertThat(view.export.offered.get("exchange.export.units").content()).startsWith(
                "\uFEFFKürzel,Name".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithUserDetails("planung")
    @Transactional
    void theExportSaysHowManyCellsItNeutralised() {
        long roundId = rounds.current().orElseThrow().id();
        long unitId = units.findAll().getFirst().id();
        profiles.create(roundId, unitId, new ProfileData("=1+2", null, ProfileKind.PLAN, PlanningLevel.FACHPLANUNG,
                new Period(null, null, null, null, null)), List.of());

        ExchangeView view = navigate(ExchangeView.class);

        assertThat(view.export.files.getElement().getTextRecursively()).contains("Eine Zelle begann mit =, +, -, @ "
                + "oder einem Steuerzeichen und wurde mit einem vorangestellten Apostroph (') als Text gesichert");
    }

    @Test
    @WithUserDetails("planung")
    @Transactional
    void aFileWithErrorsShowsEachProblemWithRowAndColumnAndOffersNoImport() {
        ExchangeView view = navigate(ExchangeView.class);
        test(view.importPanel.kind).selectItem("Einheiten");

        view.importPanel.received("einheiten.csv", bytes(UNITS_HEADER + "FB 99;Bürgerdienste;Amt;\r\nFB 99;;FACHBEREICH;\r\n"), -1);

        assertThat(view.importPanel.summary.getText()).isEqualTo("Datei: einheiten.csv – Die Datei hat 3 Fehler. "
                + "Es wurde nichts importiert. Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch.");
        var problems = test(view.importPanel.problems);
        assertThat(problems.size()).isEqualTo(3);
        assertThat(problems.getCellText(0, 0)).isEqualTo("2");
        assertThat(problems.getCellText(0, 1)).isEqualTo("C Art");
        assertThat(problems.getCellText(0, 2)).startsWith("„Amt“ ist hier nicht zulässig.");
        assertThat(problems.getCellText(1, 1)).isEqualTo("B Name");
        assertThat(problems.getCellText(2, 2)).isEqualTo("„FB 99“ steht doppelt in der Datei (zuerst in Zeile 2).");
        assertThat(view.importPanel.confirm.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    @Transactional
    void aGoodFileIsPreviewedAndImportedOnlyOnConfirmationWithInvitationLinks() {
        ExchangeView view = navigate(ExchangeView.class);
        test(view.importPanel.kind).selectItem("Konten");

        view.importPanel.received("konten.csv", bytes("Benutzername;Anzeigename;Rolle;Einheit\r\n"
                + "eva.neu;Eva Neu;READER;\r\ngast;Gast (Demo);READER;\r\n"), -1);

        assertThat(view.importPanel.summary.getText())
                .isEqualTo("Datei: konten.csv – Die Datei ist in Ordnung: 1 neu, 0 geändert, 1 unverändert.");
        var changes = test(view.importPanel.changes);
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.getCellText(0, 1)).isEqualTo("neu");
        assertThat(changes.getCellText(0, 2)).isEqualTo("eva.neu (Eva Neu)");
        assertThat(changes.getCellText(1, 1)).isEqualTo("unverändert");
        assertThat(view.importPanel.result.getChildren()).isEmpty();

        test(view.importPanel.confirm).click();

        assertThat(view.importPanel.summary.getText()).isEqualTo("Import abgeschlossen: 1 neu, 0 geändert, 1 unverändert.");
        assertThat($(TextField.class).from(view.importPanel.result).single().getValue()).contains("einladung/");
        assertThat(view.importPanel.confirm.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    void aTooLargeFileIsRefusedWithTheLimit() {
        ExchangeView view = navigate(ExchangeView.class);
        view.importPanel.received("gross.csv", new byte[0], 20L * 1024 * 1024);
        assertThat(test(view.importPanel.problems).getCellText(0, 2)).isEqualTo(
                "Die Datei ist 20,0 MB groß; erlaubt sind höchstens 10 MB. Bitte teilen Sie sie in mehrere Dateien auf.");
        assertThat(test(view.importPanel.problems).getCellText(0, 0)).isEqualTo("ganze Datei");
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerOpensTheExchange() {
        navigate("austausch", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ExchangeView.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
