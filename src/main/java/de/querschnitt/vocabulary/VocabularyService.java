package de.querschnitt.vocabulary;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.repository.TermRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The theme and Raumbezug vocabularies, kept by the planner. */
@Service
public class VocabularyService {

    private final TermRepository terms;
    private final Validation validation;

    private final CurrentUser currentUser;

    VocabularyService(TermRepository terms, Validation validation, CurrentUser currentUser) {
        this.terms = terms;
        this.validation = validation;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(TermData data) {
        validation.check(data);
        if (terms.nameTaken(data.vocabulary(), data.name())) {
            throw new UserError("term.error.name-taken", data.name().trim());
        }
        for (String synonym : data.synonyms()) {
            if (terms.nameTaken(data.vocabulary(), synonym) || synonym.trim().equalsIgnoreCase(data.name().trim())) {
                throw new UserError("term.error.synonym-taken", synonym.trim());
            }
        }
        return terms.insert(data, terms.count(data.vocabulary()));
    }

    /** The accepted terms in the planner's order; every logged-in role may read the vocabulary. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Term> findAll(Vocabulary vocabulary) {
        return terms.findAccepted(vocabulary);
    }

    /**
     * Suggests a new term ("neuen Begriff vorschlagen" in the interview): it waits as PROPOSED until the planner
     * accepts it or merges it into an existing term. Proposing a name that is already proposed returns that
     * proposal, so two people suggesting the same word get one term.
     *
     * @return the id of the proposed term
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public long propose(Vocabulary vocabulary, String name) {
        validation.check(new Proposal(vocabulary, name));
        String trimmed = name.trim();
        Optional<Long> proposed = terms.findProposed(vocabulary, trimmed);
        if (proposed.isPresent()) {
            return proposed.get();
        }
        if (terms.nameTaken(vocabulary, trimmed)) {
            throw new UserError("term.error.name-taken", trimmed);
        }
        Actor actor = currentUser.require();
        // the system identity is no account row
        Long proposedBy = actor.equals(Actor.SYSTEM) ? null : actor.accountId();
        return terms.insertProposal(vocabulary, trimmed, proposedBy, terms.count(vocabulary));
    }

    /** What {@link #propose} checks with Bean Validation. */
    record Proposal(@NotNull Vocabulary vocabulary, @NotBlank @Size(max = 200) String name) {
    }

    /**
     * The terms a picker offers: every accepted term, then the proposals still waiting ({@link Term#isProposed()}),
     * for the planner all of them, for everyone else their own.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Term> findSelectable(Vocabulary vocabulary) {
        Actor actor = currentUser.require();
        return terms.findSelectable(vocabulary, actor.role() == Role.PLANNER ? null : actor.accountId());
    }
}
