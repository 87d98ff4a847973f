package de.querschnitt.vocabulary;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.vocabulary.repository.TermRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The theme and Raumbezug vocabularies, kept by the planner. */
@Service
public class VocabularyService {

    private final TermRepository terms;
    private final Validation validation;

    VocabularyService(TermRepository terms, Validation validation) {
        this.terms = terms;
        this.validation = validation;
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
}
