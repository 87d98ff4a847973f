package de.querschnitt.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.matrix.MatrixService;
import de.querschnitt.matrix.ThemeMatrix;
import de.querschnitt.organisation.Unit;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.TermRef;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The planner keeps the vocabulary: rename, describe, synonyms, merge, proposals. */
@IntegrationTest
class VocabularyMaintenanceTest {

    @Autowired
    VocabularyService vocabulary;
    @Autowired
    MatrixService matrix;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    ProfileService profiles;

    private ManagedTerm managed(Vocabulary v, String name) {
        return vocabulary.findManaged(v).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    private ThemeMatrix themes() {
        return matrix.matrix(rounds.current().orElseThrow().id(), Vocabulary.THEME, 3);
    }

    private static long termId(ThemeMatrix m, String name) {
        return m.terms().stream().filter(t -> t.name().equals(name)).map(Term::id).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("planung")
    void mergingMovesEveryLinkRecordsTheHistoryAndUpdatesTheCounts() {
        // Partizipation (FB 45, FB 56, E 42) merged into Teilhabe und Diversität
        ManagedTerm partizipation = managed(Vocabulary.THEME, "Partizipation");
        ManagedTerm teilhabe = managed(Vocabulary.THEME, "Teilhabe und Diversität");
        ThemeMatrix before = themes();
        List<String> unitsBefore = before.unitsCovering(before.terms().stream()
                .filter(t -> t.id() == teilhabe.id()).findFirst().orElseThrow()).stream().map(Unit::code).toList();
        assertThat(partizipation.links()).isEqualTo(4);

        int moved = vocabulary.merge(partizipation.id(), partizipation.version(), teilhabe.id(), teilhabe.version());

        assertThat(moved).isEqualTo(4);
        ThemeMatrix after = themes();
        assertThat(after.terms()).extracting(Term::name).doesNotContain("Partizipation");
        long kept = termId(after, "Teilhabe und Diversität");
        assertThat(after.unitsCovering(after.terms().stream().filter(t -> t.id() == kept).findFirst().orElseThrow()))
                .extracting(Unit::code).containsAll(unitsBefore).contains("FB 45", "FB 56", "E 42");
        assertThat(managed(Vocabulary.THEME, "Teilhabe und Diversität").links())
                .isEqualTo(teilhabe.links() + 4);
        assertThat(managed(Vocabulary.THEME, "Teilhabe und Diversität").term().synonyms())
                .contains("Partizipation", "Bürgerbeteiligung", "Beteiligung");
        // no longer offered anywhere
        assertThat(vocabulary.findAll(Vocabulary.THEME)).extracting(Term::name).doesNotContain("Partizipation");
        assertThat(vocabulary.findSelectable(Vocabulary.THEME)).extracting(Term::name).doesNotContain("Partizipation");
        assertThat(vocabulary.findManaged(Vocabulary.THEME)).extracting(ManagedTerm::name).doesNotContain("Partizipation");
        // the profile card shows the item under the kept term
        ProfileSummary plan = profiles.findByRound(rounds.current().orElseThrow().id()).stream()
                .filter(p -> p.title().equals("Sozialentwicklungsplan")).findFirst().orElseThrow();
        ProfileCard card = profiles.findCard(plan.id()).orElseThrow();
        assertThat(card.section(SectionKind.THEMEN).orElseThrow().items().stream()
                .flatMap(i -> i.terms().stream()).map(TermRef::name)).contains("Teilhabe und Diversität")
                .doesNotContain("Partizipation");
        // history on both sides
        assertThat(vocabulary.history(teilhabe.id())).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("merged");
            assertThat(r.newValue()).isEqualTo("Partizipation");
            assertThat(r.username()).isEqualTo("planung");
        });
        assertThat(vocabulary.history(partizipation.id())).extracting(TermRevision::field, TermRevision::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mergedInto", "Teilhabe und Diversität"));
        // the kept term can still be edited with the merged name among its synonyms
        ManagedTerm afterMerge = managed(Vocabulary.THEME, "Teilhabe und Diversität");
        vocabulary.update(afterMerge.id(), afterMerge.version(), new TermEdit(afterMerge.name(), "Teilhabe, Vielfalt",
                afterMerge.term().synonyms()));
        assertThat(managed(Vocabulary.THEME, "Teilhabe und Diversität").term().synonyms()).contains("Partizipation");
        // but no other term may take the merged name as a synonym or a name
        ManagedTerm bildung = managed(Vocabulary.THEME, "Bildung");
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(), new TermEdit("Bildung", null,
                List.of("Partizipation")))).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(), new TermEdit("Partizipation",
                null, List.of()))).isInstanceOf(UserError.class);
    }

    @Test
    @WithUserDetails("planung")
    void aMergedCoreThemeStaysRecordedUnderTheKeptTerm() {
        long round = rounds.current().orElseThrow().id();
        ManagedTerm sozialraum = managed(Vocabulary.THEME, "Sozialraumbezug/Quartiersarbeit");
        ManagedTerm teilhabe = managed(Vocabulary.THEME, "Teilhabe und Diversität");
        vocabulary.merge(sozialraum.id(), sozialraum.version(), teilhabe.id(), teilhabe.version());
        assertThat(matrix.coreThemes(round)).extracting(Term::name).containsExactly("Teilhabe und Diversität");
    }

    @Test
    @WithUserDetails("planung")
    void aMergeWithAStaleVersionOrIntoItselfChangesNothing() {
        ManagedTerm partizipation = managed(Vocabulary.THEME, "Partizipation");
        ManagedTerm teilhabe = managed(Vocabulary.THEME, "Teilhabe und Diversität");
        ManagedTerm gesamtstadt = managed(Vocabulary.SPACE, "Gesamtstadt");

        assertThatThrownBy(() -> vocabulary.merge(partizipation.id(), partizipation.version(), teilhabe.id(),
                teilhabe.version() + 1)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.conflict");
        assertThatThrownBy(() -> vocabulary.merge(partizipation.id(), partizipation.version(), partizipation.id(),
                partizipation.version())).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.merge-self");
        assertThatThrownBy(() -> vocabulary.merge(partizipation.id(), partizipation.version(), gesamtstadt.id(),
                gesamtstadt.version())).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.merge-vocabulary");

        assertThat(managed(Vocabulary.THEME, "Partizipation")).isEqualTo(partizipation);
        assertThat(managed(Vocabulary.THEME, "Teilhabe und Diversität")).isEqualTo(teilhabe);
        assertThat(vocabulary.history(partizipation.id())).isEmpty();
    }

    @Test
    @WithUserDetails("planung")
    void renamingKeepsTheLinksAndRecordsEachChangedField() {
        ManagedTerm bildung = managed(Vocabulary.THEME, "Bildung");

        int version = vocabulary.update(bildung.id(), bildung.version(), new TermEdit(" Bildung und Weiterbildung ",
                "Schule, Weiterbildung, VHS.", List.of("Schulische Bildung", "Bildung für alle", "bildung für alle",
                        "Lernen")));

        assertThat(version).isEqualTo(bildung.version() + 1);
        ManagedTerm renamed = managed(Vocabulary.THEME, "Bildung und Weiterbildung");
        assertThat(renamed.id()).isEqualTo(bildung.id());
        assertThat(renamed.links()).isEqualTo(bildung.links());
        assertThat(renamed.term().synonyms()).containsExactlyInAnyOrder("Schulische Bildung", "Bildung für alle",
                "Lernen");
        assertThat(themes().terms()).extracting(Term::name).contains("Bildung und Weiterbildung")
                .doesNotContain("Bildung");
        assertThat(vocabulary.history(bildung.id())).extracting(TermRevision::field)
                .containsExactlyInAnyOrder("name", "description", "synonyms");
        TermRevision name = vocabulary.history(bildung.id()).stream().filter(r -> r.field().equals("name"))
                .findFirst().orElseThrow();
        assertThat(name.oldValue()).isEqualTo("Bildung");
        assertThat(name.newValue()).isEqualTo("Bildung und Weiterbildung");
    }

    @Test
    @WithUserDetails("planung")
    void aRenameToAnotherTermsNameOrSynonymOrWithAStaleVersionIsRefused() {
        ManagedTerm bildung = managed(Vocabulary.THEME, "Bildung");
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(),
                new TermEdit("partizipation", null, List.of()))).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.name-taken");
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(),
                new TermEdit("Bildung", null, List.of("Bürgerbeteiligung")))).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.synonym-taken");
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(),
                new TermEdit(" ", null, List.of()))).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(),
                new TermEdit("B".repeat(201), null, List.of()))).isInstanceOf(UserError.class);
        vocabulary.update(bildung.id(), bildung.version(), new TermEdit("BILDUNG", bildung.term().description(),
                bildung.term().synonyms()));
        // a second planner still holding the old version
        assertThatThrownBy(() -> vocabulary.update(bildung.id(), bildung.version(),
                new TermEdit("Lernen", null, List.of()))).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.conflict");
        assertThat(managed(Vocabulary.THEME, "BILDUNG").term().synonyms()).isEqualTo(bildung.term().synonyms());
    }

    @Test
    @WithUserDetails("planung")
    void thePlannerSeesWhoProposedATermAndAcceptsIt() {
        long id = proposeAs("interview", "Digitale Teilhabe");
        ManagedTerm proposed = managed(Vocabulary.THEME, "Digitale Teilhabe");
        assertThat(proposed.term().isProposed()).isTrue();
        assertThat(proposed.proposedBy()).isEqualTo("Interviewer (Demo)");
        assertThat(vocabulary.countProposed(Vocabulary.THEME)).isEqualTo(1);

        vocabulary.accept(id, proposed.version());

        assertThat(vocabulary.findAll(Vocabulary.THEME)).extracting(Term::name).contains("Digitale Teilhabe");
        assertThat(themes().terms()).extracting(Term::name).contains("Digitale Teilhabe");
        assertThat(vocabulary.countProposed(Vocabulary.THEME)).isZero();
        assertThat(vocabulary.history(id)).extracting(TermRevision::field, TermRevision::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "ACCEPTED"));
        assertThatThrownBy(() -> vocabulary.accept(id, proposed.version() + 1)).isInstanceOf(UserError.class);
    }

    @Test
    @WithUserDetails("planung")
    void aProposalMergedIntoAnExistingTermBecomesItsSynonym() {
        long id = proposeAs("fb45", "Mitbestimmung");
        ManagedTerm proposed = managed(Vocabulary.THEME, "Mitbestimmung");
        ManagedTerm partizipation = managed(Vocabulary.THEME, "Partizipation");

        vocabulary.merge(id, proposed.version(), partizipation.id(), partizipation.version());

        assertThat(vocabulary.countProposed(Vocabulary.THEME)).isZero();
        assertThat(managed(Vocabulary.THEME, "Partizipation").term().synonyms()).contains("Mitbestimmung");
        assertThat(vocabulary.history(partizipation.id())).extracting(TermRevision::newValue)
                .containsExactly("Mitbestimmung");
        // proposing it again now meets the synonym
        assertThatThrownBy(() -> proposeAs("fb45", "Mitbestimmung")).isInstanceOf(UserError.class);
        // and nothing can be merged into a proposal
        long other = proposeAs("interview", "Ehrenamt");
        ManagedTerm ehrenamt = managed(Vocabulary.THEME, "Ehrenamt");
        assertThatThrownBy(() -> vocabulary.merge(partizipation.id(), partizipation.version() + 1, other,
                ehrenamt.version())).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.merge-into-proposed");
    }

    private long proposeAs(String username, String name) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            var user = userDetails.loadUserByUsername(username);
            context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                    user, null, user.getAuthorities()));
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            return vocabulary.propose(Vocabulary.THEME, name);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @Test
    @WithUserDetails("interview")
    void interviewersCannotRenameMergeOrAccept() {
        assertRefused();
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsCannotRenameMergeOrAccept() {
        assertRefused();
    }

    @Test
    @WithUserDetails("gast")
    void readersCannotRenameMergeOrAccept() {
        assertRefused();
    }

    private void assertRefused() {
        assertThatThrownBy(() -> vocabulary.update(1, 0, new TermEdit("X", null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.merge(1, 0, 2, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.accept(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.findManaged(Vocabulary.THEME)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.history(1)).isInstanceOf(AccessDeniedException.class);
    }
}
