package de.querschnitt.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.ViewTest;
import de.querschnitt.organisation.UnitService;
import com.vaadin.flow.component.grid.Grid;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.UpdateCycle;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    de.querschnitt.profile.SectionService sections;

    private long profileId(String unitCode, String title) {
        return SystemAuthentication.call(() -> profiles.findByUnit(rounds.current().orElseThrow().id(),
                        units.findByCode(unitCode).orElseThrow().id()).stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow().id());
    }

    @Test
    @WithUserDetails("planung")
    void theCardShowsTitleDocumentPeriodAndEverySectionOfThePaper() {
        navigate("profile/" + profileId("FB 45", "Kinder- und Jugendförderplan"), ProfileView.class);

        assertThat($(H2.class).withClassName("qs-card-title").single().getText()).isEqualTo("Kinder- und Jugendförderplan");
        assertThat($(Paragraph.class).withClassName("qs-card-document").single().getText())
                .isEqualTo("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("2015–2020");
        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Einordnung", "Grundlage", "Raumbezug",
                "Inhalt", "Steuerungsinstrumente", "Übergeordnete Themen");
        assertThat($(Paragraph.class).withClassName("qs-section-intro").single().getText())
                .isEqualTo("SGB VIII – Handlungsfelder:");
        assertThat($(ListItem.class).all()).extracting(li -> li.getChildren().findFirst().map(c -> ((Span) c).getText())
                .orElse("")).contains("Jugendarbeit", "erzieherischer Kinder- und Jugendschutz", "Partizipation");
    }

    @Test
    @WithUserDetails("planung")
    void subItemsAreNestedUnderTheirItem() {
        navigate("profile/" + profileId("FB 56", "Integrationskonzept"), ProfileView.class);
        var subItems = $(ListItem.class).all().stream()
                .filter(li -> li.getParent().map(p -> p.hasClassName("qs-sub-items")).orElse(false)).toList();
        assertThat(subItems).hasSize(9);
        assertThat(subItems.getFirst().getParent().flatMap(p -> p.getParent()).map(p -> ((ListItem) p).getChildren()
                .findFirst().map(c -> ((Span) c).getText()).orElse(""))).contains("Handlungsfelder:");
    }

    @Test
    @WithUserDetails("planung")
    void theCardLinksBackToItsUnit() {
        navigate("profile/" + profileId("FB 52", "Sportentwicklungsplan"), ProfileView.class);
        Anchor unit = $(Anchor.class).withText("FB 52 Sport").single();
        assertThat(unit.getHref()).startsWith("einheiten/");
    }

    @Test
    @WithUserDetails("planung")
    void anUnknownIdShowsANeutralNotFound() {
        navigate("profile/999999", ProfileView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Nicht gefunden");
        navigate("profile/abc", ProfileView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Nicht gefunden");
        assertThat($(H2.class).withClassName("qs-card-title").exists()).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    @org.springframework.transaction.annotation.Transactional
    void theHistoryNamesEveryChangedFieldAndValueInTheUsersLanguage() {
        long round = rounds.current().orElseThrow().id();
        long fb32 = units.findByCode("FB 32").orElseThrow().id();
        var before = new ProfileData("Ordnungskonzept", null, ProfileKind.PLAN, PlanningLevel.FACHPLANUNG,
                new Period(2020, 2022, UpdateCycle.EINMALIG, PeriodState.AKTUELL, null));
        long id = profiles.create(round, fb32, before, java.util.List.of());
        profiles.updateData(id, 0, new ProfileData("Sicherheitskonzept", "Konzept 2021", ProfileKind.KONZEPT,
                PlanningLevel.STADTTEILBEZOGEN, new Period(2021, 2025, UpdateCycle.JAEHRLICH,
                PeriodState.IN_BEARBEITUNG, "Fortschreibung läuft")));

        navigate("profile/" + id, ProfileView.class);

        var history = test($(Grid.class).single());
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < history.size(); row++) {
            rows.add(history.getCellText(row, 2) + ": " + history.getCellText(row, 3) + " → "
                    + history.getCellText(row, 4));
        }
        assertThat(rows).contains("Titel: Ordnungskonzept → Sicherheitskonzept",
                "Titel des Dokuments:  → Konzept 2021",
                "Art: Plan → Konzept",
                "Planungsebene: Fachplanung → stadtteilbezogen übergreifend",
                "Zeitraum von: 2020 → 2021",
                "Zeitraum bis: 2022 → 2025",
                "Fortschreibung: einmalig → jährlich",
                "Stand: aktuell → in Bearbeitung",
                "Anmerkung zum Zeitraum:  → Fortschreibung läuft",
                "Angelegt:  → Ordnungskonzept");
        assertThat(history.getCellText(0, 1)).isEqualTo("planung (Sozialplanung)");
    }

    @Test
    @WithUserDetails("interview")
    @org.springframework.transaction.annotation.Transactional
    void theHistoryShowsEveryItemChangeOfTheQuestionnaire() {
        long round = rounds.current().orElseThrow().id();
        long fb32 = SystemAuthentication.call(() -> units.findByCode("FB 32").orElseThrow().id());
        long id = profiles.create(round, fb32, new ProfileData("Ordnungskonzept", null, ProfileKind.PLAN,
                PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), java.util.List.of());
        var owner = new de.querschnitt.profile.SectionOwner.OfProfile(id);
        long first = sections.addItem(owner, de.querschnitt.profile.SectionKind.INHALT, null, 0, "Lagebild");
        long second = sections.addItem(owner, de.querschnitt.profile.SectionKind.INHALT, first, 0, "Präsenz");
        sections.setItemDepth(second, 1);
        sections.updateItem(first, "Lagebild", "Lagebild Innenstadt");
        sections.updateText(owner, de.querschnitt.profile.SectionKind.GRUNDLAGE, de.querschnitt.profile.SectionText.NOTE,
                null, "Ratsbeschluss folgt");

        navigate("profile/" + id, ProfileView.class);

        var history = test($(Grid.class).single());
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < history.size(); row++) {
            rows.add(history.getCellText(row, 2) + ": " + history.getCellText(row, 3) + " → "
                    + history.getCellText(row, 4));
        }
        assertThat(rows).containsSubsequence(
                "Grundlage: Anmerkung:  → Ratsbeschluss folgt",
                "Inhalt: Punkt: Lagebild → Lagebild Innenstadt",
                "Inhalt: Ebene: Punkt → Unterpunkt",
                "Inhalt: Punkt:  → Präsenz",
                "Inhalt: Punkt:  → Lagebild");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("profile-edit").single().getHref())
                .isEqualTo("profile/" + id + "/bearbeiten");
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentOpeningAnotherUnitsProfileSeesOnlyNotFound() {
        long foreign = profileId("FB 56", "Sozialentwicklungsplan");
        navigate("profile/" + foreign, ProfileView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Nicht gefunden");
        assertThat($(H2.class).withClassName("qs-card-title").exists()).isFalse();
        assertThat($(ListItem.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentOpensItsOwnProfile() {
        navigate("profile/" + profileId("FB 45", "Freizeitstättenbedarfsplan"), ProfileView.class);
        assertThat($(H2.class).withClassName("qs-card-title").single().getText()).isEqualTo("Freizeitstättenbedarfsplan");
    }
}
