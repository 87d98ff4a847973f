package de.querschnitt.matrix;

import static de.querschnitt.db.Tables.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.organisation.Unit;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The counts a planner takes to the council, checked against the seed paper by hand. */
@IntegrationTest
class MatrixConsolidationTest {

    @Autowired
    MatrixService matrixService;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    DSLContext dsl;

    private long round() {
        return rounds.current().orElseThrow().id();
    }

    private ThemeMatrix themes(MatrixFilter filter) {
        return matrixService.matrix(round(), Vocabulary.THEME, 3, filter);
    }

    private static Term term(ThemeMatrix matrix, String name) {
        return matrix.terms().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static long fb45(ThemeMatrix matrix) {
        return matrix.units().stream().filter(u -> u.code().equals("FB 45")).findFirst().orElseThrow().id();
    }

    @Test
    @WithUserDetails("planung")
    void partizipationConnectsThreeUnitsThroughFourEntriesAsCountedInTheSeed() {
        // Counted by hand in /work/shared/seed/000_b8a23b6d11421ba3.txt, "ÜBERGEORDNETE THEMEN" boxes:
        // line 93 Kinder- und Jugendförderplan (FB 45) "• Partizipation", line 98 Freizeitstättenbedarfsplan (FB 45)
        // "• Partizipation", line 122 Sozialentwicklungsplan (FB 56) "• Partizipation", and line 202 Volkshochschule
        // (E 42, instruments without a plan) "... / Bürgerbeteiligung" (a synonym of Partizipation).
        // That is 4 entries from 3 units: FB 45 (2), FB 56 (1), E 42 (1) - a core theme at the default N = 3.
        ThemeMatrix matrix = themes(MatrixFilter.NONE);
        Term partizipation = term(matrix, "Partizipation");

        assertThat(matrix.entries()).filteredOn(e -> e.termId() == partizipation.id()).hasSize(4);
        assertThat(matrix.unitsCovering(partizipation)).extracting(Unit::code)
                .containsExactlyInAnyOrder("FB 45", "FB 56", "E 42");
        assertThat(matrix.unitsCovering(partizipation.id())).isEqualTo(3);
        assertThat(matrix.isCore(partizipation.id())).isTrue();
        assertThat(matrix.isGap(partizipation.id())).isFalse();
    }

    @Test
    @WithUserDetails("planung")
    void sozialraumbezugTheCoreThemeThatEndsTheSeedsAnnexIsSharedBySixUnits() {
        // The annex ends with "Schnittstellen und Kernthemen: Sozialraumbezug/Quartiersarbeit" (line 249). Counted
        // in the Übergeordnete Themen of the seed: FB 45 (lines 93, 98: "(Sozialraumbezug)"), FB 52 (line 110),
        // FB 56 (line 122 "Quartiersentwicklung"), E 42 (line 202 "Stärkere sozialräumliche Orientierung"),
        // Kultur (line 206 "Sozial-/Quartiersarbeit") and Theater (line 234 "Viertelarbeit"): 6 units, 7 entries.
        ThemeMatrix matrix = themes(MatrixFilter.NONE);
        Term sozialraum = term(matrix, "Sozialraumbezug/Quartiersarbeit");

        assertThat(matrix.unitsCovering(sozialraum)).extracting(Unit::code)
                .containsExactlyInAnyOrder("FB 45", "FB 52", "FB 56", "E 42", "Kultur", "Theater");
        assertThat(matrix.entries()).filteredOn(e -> e.termId() == sozialraum.id()).hasSize(7);
        assertThat(matrix.coreTerms()).contains(sozialraum);
        assertThat(matrixService.coreThemes(round())).extracting(Term::name)
                .containsExactly("Sozialraumbezug/Quartiersarbeit");
    }

    @Test
    @WithUserDetails("planung")
    void rowTotalsCountThemesAndColumnTotalsCountUnits() {
        ThemeMatrix matrix = themes(MatrixFilter.NONE);
        long fb45 = matrix.units().stream().filter(u -> u.code().equals("FB 45")).findFirst().orElseThrow().id();
        long distinctTermsOfFb45 = matrix.entries().stream().filter(e -> e.unitId() == fb45)
                .map(MatrixEntry::termId).distinct().count();
        assertThat(matrix.termsCoveredBy(fb45)).isEqualTo(distinctTermsOfFb45).isGreaterThan(3);
        for (Term t : matrix.terms()) {
            assertThat(matrix.unitsCovering(t.id())).isEqualTo(matrix.unitsCovering(t).size());
        }
    }

    @Test
    @WithUserDetails("planung")
    void kindAndPlanningLevelFiltersKeepOnlyMatchingProfilesAndDropInstruments() {
        ThemeMatrix konzepte = themes(new MatrixFilter(null, ProfileKind.KONZEPT, null));
        assertThat(konzepte.entries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(ProfileKind.KONZEPT));
        Term partizipation = term(konzepte, "Partizipation");
        // the three profiles and the VHS instruments of the hand count above are no Konzept
        assertThat(konzepte.unitsCovering(partizipation.id())).isZero();

        ThemeMatrix gesamtstaedtisch = themes(new MatrixFilter(null, null, PlanningLevel.GESAMTSTAEDTISCH));
        // the other gesamtstädtisch plan, Masterplan Aachen*2030, names no Übergeordnete Themen in the seed
        assertThat(gesamtstaedtisch.entries()).extracting(MatrixEntry::title).containsOnly("Sozialentwicklungsplan");
        Term sozialraum = term(gesamtstaedtisch, "Sozialraumbezug/Quartiersarbeit");
        assertThat(gesamtstaedtisch.unitsCovering(sozialraum)).extracting(Unit::code).containsExactly("FB 56");
        assertThat(gesamtstaedtisch.isGap(sozialraum.id())).isTrue();
    }

    @Test
    @WithUserDetails("planung")
    void theReviewStateFilterCountsOnlyEntriesInThatState() {
        // the review workflow is another feature; here one profile is simply put into review by hand
        dsl.update(PROFILE).set(PROFILE.REVIEW_STATUS, ReviewStatus.FREIGEGEBEN.name())
                .where(PROFILE.TITLE.eq("Kinder- und Jugendförderplan")).execute();
        ThemeMatrix all = themes(MatrixFilter.NONE);
        ThemeMatrix released = themes(new MatrixFilter(ReviewStatus.FREIGEGEBEN, null, null));
        assertThat(released.entries()).extracting(MatrixEntry::title).containsOnly("Kinder- und Jugendförderplan");
        Term partizipation = term(released, "Partizipation");
        assertThat(released.cell(fb45(released), partizipation.id())).hasSize(1);
        assertThat(themes(new MatrixFilter(ReviewStatus.ENTWURF, null, null)).cell(fb45(released),
                partizipation.id())).extracting(MatrixEntry::title).containsExactly("Freizeitstättenbedarfsplan");
        for (ReviewStatus status : ReviewStatus.values()) {
            ThemeMatrix filtered = themes(new MatrixFilter(status, null, null));
            assertThat(filtered.entries()).allSatisfy(e -> assertThat(e.reviewStatus()).isEqualTo(status));
            assertThat(filtered.entries()).containsExactlyInAnyOrderElementsOf(
                    all.entries().stream().filter(e -> e.reviewStatus() == status).toList());
        }
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerRecordsAndRemovesCoreThemes() {
        ThemeMatrix matrix = themes(MatrixFilter.NONE);
        Term partizipation = term(matrix, "Partizipation");
        Term sozialraum = term(matrix, "Sozialraumbezug/Quartiersarbeit");

        matrixService.recordCoreTheme(round(), partizipation.id());
        matrixService.recordCoreTheme(round(), partizipation.id());
        assertThat(matrixService.coreThemes(round())).containsExactly(sozialraum, partizipation);

        matrixService.removeCoreTheme(round(), sozialraum.id());
        assertThat(matrixService.coreThemes(round())).containsExactly(partizipation);
        matrixService.recordCoreTheme(round(), sozialraum.id());
        assertThat(matrixService.coreThemes(round())).containsExactly(partizipation, sozialraum);
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerDecidesTheCoreThemes() {
        Term partizipation = term(themes(MatrixFilter.NONE), "Partizipation");
        assertThatThrownBy(() -> matrixService.recordCoreTheme(round(), partizipation.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrixService.removeCoreTheme(round(), partizipation.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
