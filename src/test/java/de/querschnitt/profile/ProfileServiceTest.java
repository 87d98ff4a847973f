package de.querschnitt.profile;

import de.querschnitt.audit.Revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;

    private long round() {
        return rounds.current().orElseThrow().id();
    }

    private long unit(String code) {
        return de.querschnitt.security.SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private static ProfileData data(String title) {
        return new ProfileData(title, null, ProfileKind.PLAN, PlanningLevel.FACHPLANUNG,
                new Period(2020, 2025, UpdateCycle.MEHRJAEHRIG, PeriodState.AKTUELL, null));
    }

    @Test
    @WithUserDetails("planung")
    void aNewProfileKeepsItsSectionsInGridOrderWithSubItems() {
        long id = profiles.create(round(), unit("FB 32"), data("Sicherheitskonzept"), List.of(
                new SectionData(SectionKind.THEMEN, null, List.of(SectionData.Item.of("Prävention")), null),
                new SectionData(SectionKind.EINORDNUNG, "Leitlinie:", List.of(
                        SectionData.Item.of("Handlungsfelder:"),
                        new SectionData.Item(1, "Ordnung", List.of()),
                        new SectionData.Item(1, "Sicherheit", List.of())), "Stand 2020")));

        ProfileCard card = profiles.findCard(id).orElseThrow();
        assertThat(card.sections()).extracting(Section::kind).containsExactly(SectionKind.EINORDNUNG, SectionKind.THEMEN);
        Section einordnung = card.section(SectionKind.EINORDNUNG).orElseThrow();
        assertThat(einordnung.intro()).isEqualTo("Leitlinie:");
        assertThat(einordnung.note()).isEqualTo("Stand 2020");
        assertThat(einordnung.items()).extracting(SectionItem::text, SectionItem::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Handlungsfelder:", 0),
                        org.assertj.core.groups.Tuple.tuple("Ordnung", 1),
                        org.assertj.core.groups.Tuple.tuple("Sicherheit", 1));
        assertThat(card.unit().code()).isEqualTo("FB 32");
    }

    @Test
    @WithUserDetails("planung")
    void everyChangedFieldWritesARevisionWithWhoAndRole() {
        long id = profiles.create(round(), unit("FB 32"), data("Sicherheitskonzept"), List.of());
        ProfileData changed = new ProfileData("Sicherheits- und Ordnungskonzept", "Konzept 2021", ProfileKind.KONZEPT,
                PlanningLevel.FACHPLANUNG, new Period(2021, 2025, UpdateCycle.MEHRJAEHRIG, PeriodState.AKTUELL, null));

        int version = profiles.updateData(id, 0, changed);

        assertThat(version).isEqualTo(1);
        assertThat(profiles.findCard(id).orElseThrow().profile().data()).isEqualTo(changed);
        List<Revision> history = profiles.history(id);
        assertThat(history).extracting(Revision::field)
                .containsExactlyInAnyOrder("title", "documentTitle", "kind", "period.from", "created");
        Revision title = history.stream().filter(r -> r.field().equals("title")).findFirst().orElseThrow();
        assertThat(title.oldValue()).isEqualTo("Sicherheitskonzept");
        assertThat(title.newValue()).isEqualTo("Sicherheits- und Ordnungskonzept");
        assertThat(title.username()).isEqualTo("planung");
        assertThat(title.role()).isEqualTo("PLANNER");
    }

    @Test
    @WithUserDetails("planung")
    void aStaleVersionIsRefusedAndTheOtherWritersTextSurvives() {
        long id = profiles.create(round(), unit("FB 32"), data("Original"), List.of());
        profiles.updateData(id, 0, data("Erste Änderung"));

        assertThatThrownBy(() -> profiles.updateData(id, 0, data("Zweite Änderung")))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("profile.error.conflict");
        assertThat(profiles.findCard(id).orElseThrow().profile().data().title()).isEqualTo("Erste Änderung");
    }

    @Test
    @WithUserDetails("planung")
    void anEmptyTitleIsRefusedWithAMessageAndNothingIsStored() {
        int before = profiles.findByRound(round()).size();
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 32"), data("   "), List.of()))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("validation.NotBlank");
        assertThat(profiles.findByRound(round())).hasSize(before);
    }

    @Test
    @WithUserDetails("planung")
    void aFiftyThousandCharacterPasteIsRefused() {
        String paste = "x".repeat(50_000);
        var section = new SectionData(SectionKind.INHALT, null, List.of(SectionData.Item.of(paste)), null);
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 32"), data("Plan"), List.of(section)))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("validation.Size");
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 32"), data(paste), List.of()))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("validation.Size");
    }

    @Test
    @WithUserDetails("planung")
    void htmlAndScriptAreStoredAsPlainText() {
        String hostile = "<script>alert('x')</script><b>fett</b>";
        long id = profiles.create(round(), unit("FB 32"), data(hostile), List.of(
                new SectionData(SectionKind.INHALT, null, List.of(SectionData.Item.of(hostile)), null)));
        ProfileCard card = profiles.findCard(id).orElseThrow();
        assertThat(card.profile().data().title()).isEqualTo(hostile);
        assertThat(card.section(SectionKind.INHALT).orElseThrow().items().getFirst().text()).isEqualTo(hostile);
    }

    @Test
    @WithUserDetails("planung")
    void aSubItemCannotOpenASection() {
        var section = new SectionData(SectionKind.INHALT, null, List.of(new SectionData.Item(1, "lose", List.of())),
                null);
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 32"), data("Plan"), List.of(section)))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("section.items.first-level");
    }

    @Test
    @WithUserDetails("planung")
    void anEndYearBeforeTheStartYearIsRefused() {
        var data = new ProfileData("Plan", null, ProfileKind.PLAN, PlanningLevel.FACHPLANUNG,
                new Period(2020, 2010, null, null, null));
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 32"), data, List.of()))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("profile.period.order");
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentSeesItsOwnProfilesAndNothingOfAnotherUnit() {
        List<ProfileSummary> visible = profiles.findByRound(round());
        long fb45 = unit("FB 45");
        assertThat(visible).isNotEmpty().allSatisfy(p -> assertThat(p.unitId()).isEqualTo(fb45));
        assertThat(profiles.findByUnit(round(), unit("FB 56"))).isEmpty();
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentGetsNothingForTheIdOfAnotherUnitsProfile() {
        long foreignId = foreignProfileId();
        assertThat(profiles.findCard(foreignId)).isEmpty();
        assertThat(profiles.history(foreignId)).isEmpty();
        assertThatThrownBy(() -> profiles.updateData(foreignId, 0, data("gekapert")))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("profile.error.not-found");
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentCannotCreateProfiles() {
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 45"), data("Neu"), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("gast")
    void aReaderSeesOnlyClosedProfiles() {
        // the demo round has no closed profile yet
        assertThat(profiles.findByRound(round())).isEmpty();
        assertThatThrownBy(() -> profiles.create(round(), unit("FB 45"), data("Neu"), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long foreignProfileId() {
        // look the id up with planner rights, as an attacker would guess it
        return de.querschnitt.security.SystemAuthentication.call(
                () -> profiles.findByUnit(round(), unit("FB 56")).getFirst().id());
    }
}
