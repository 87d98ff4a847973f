package de.querschnitt.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class VocabularyProposalTest {

    @Autowired
    VocabularyService vocabulary;

    @Test
    @WithUserDetails("interview")
    void anInterviewerProposesATermThatWaitsForThePlannerAndIsOfferedToHimMarked() {
        long id = vocabulary.propose(Vocabulary.THEME, "  Digitale Teilhabe ");

        assertThat(vocabulary.findAll(Vocabulary.THEME)).extracting(Term::id).doesNotContain(id);
        Term proposed = vocabulary.findSelectable(Vocabulary.THEME).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow();
        assertThat(proposed.name()).isEqualTo("Digitale Teilhabe");
        assertThat(proposed.isProposed()).isTrue();
        assertThat(vocabulary.findSelectable(Vocabulary.THEME)).filteredOn(t -> !t.isProposed())
                .hasSameSizeAs(vocabulary.findAll(Vocabulary.THEME));
    }

    @Test
    @WithUserDetails("fb45")
    void proposingTheSameNameTwiceGivesTheSameTerm() {
        long first = vocabulary.propose(Vocabulary.SPACE, "Wohnquartiere");
        assertThat(vocabulary.propose(Vocabulary.SPACE, "wohnquartiere ")).isEqualTo(first);
    }

    @Test
    @WithUserDetails("fb45")
    void blankTooLongAndExistingNamesOrSynonymsAreRefused() {
        assertThatThrownBy(() -> vocabulary.propose(Vocabulary.THEME, "  ")).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("validation.NotBlank");
        assertThatThrownBy(() -> vocabulary.propose(Vocabulary.THEME, "x".repeat(201)))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> vocabulary.propose(Vocabulary.THEME, "bildung")).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("term.error.name-taken");
        assertThatThrownBy(() -> vocabulary.propose(Vocabulary.THEME, "Schulische Bildung"))
                .isInstanceOf(UserError.class);
    }

    @Test
    @WithUserDetails("gast")
    void readersCannotProposeAndAreOfferedAcceptedTermsOnly() {
        assertThatThrownBy(() -> vocabulary.propose(Vocabulary.THEME, "Neu")).isInstanceOf(AccessDeniedException.class);
        assertThat(vocabulary.findSelectable(Vocabulary.THEME)).noneMatch(Term::isProposed)
                .hasSameSizeAs(vocabulary.findAll(Vocabulary.THEME));
    }

    @Test
    @WithUserDetails("fb56")
    void aSecondPersonProposingTheSameWordGetsTheSameTermOfferedInThePicker() {
        long first = proposeAsInterviewer("Nachbarschaftshilfe");
        long second = vocabulary.propose(Vocabulary.THEME, "Nachbarschaftshilfe");
        assertThat(second).isEqualTo(first);
        assertThat(vocabulary.findSelectable(Vocabulary.THEME)).filteredOn(Term::isProposed).extracting(Term::id)
                .containsExactly(first);
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private long proposeAsInterviewer(String name) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            var user = userDetails.loadUserByUsername("interview");
            context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                    user, null, user.getAuthorities()));
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
            return vocabulary.propose(Vocabulary.THEME, name);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
