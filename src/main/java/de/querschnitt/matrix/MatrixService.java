package de.querschnitt.matrix;

import de.querschnitt.common.UserError;
import de.querschnitt.matrix.repository.CoreThemeRepository;
import de.querschnitt.matrix.repository.MatrixRepository;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consolidation across units. Department users have no matrix: it would show other units' drafts.
 */
@Service
public class MatrixService {

    public static final int DEFAULT_CORE_THRESHOLD = 3;

    private final MatrixRepository matrix;
    private final CoreThemeRepository coreThemes;
    private final UnitService units;
    private final VocabularyService vocabulary;
    private final CurrentUser currentUser;

    MatrixService(MatrixRepository matrix, CoreThemeRepository coreThemes, UnitService units,
            VocabularyService vocabulary, CurrentUser currentUser) {
        this.matrix = matrix;
        this.coreThemes = coreThemes;
        this.units = units;
        this.vocabulary = vocabulary;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'READER')")
    public ThemeMatrix matrix(long roundId, Vocabulary terms, int coreThreshold) {
        return matrix(roundId, terms, coreThreshold, MatrixFilter.NONE);
    }

    /** The matrix of the round, narrowed by review state, kind and planning level. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'READER')")
    public ThemeMatrix matrix(long roundId, Vocabulary terms, int coreThreshold, MatrixFilter filter) {
        if (coreThreshold < 1) {
            throw new UserError("matrix.error.threshold");
        }
        return new ThemeMatrix(units.findAll(), vocabulary.findAll(terms),
                matrix.findEntries(roundId, terms, filter, currentUser.require()), coreThreshold);
    }

    /** Records a theme as a Kernthema/Schnittstelle of the round (the planner's conclusion). */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void recordCoreTheme(long roundId, long termId) {
        boolean known = vocabulary.findAll(Vocabulary.THEME).stream().anyMatch(t -> t.id() == termId);
        if (!known) {
            throw new UserError("term.error.not-found");
        }
        coreThemes.insert(roundId, termId);
    }

    /** Takes a theme off the round's recorded Kernthemen. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void removeCoreTheme(long roundId, long termId) {
        coreThemes.delete(roundId, termId);
    }

    /** The round's recorded Kernthemen in the order they were recorded. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'READER')")
    public List<Term> coreThemes(long roundId) {
        Map<Long, Term> themes = vocabulary.findAll(Vocabulary.THEME).stream()
                .collect(Collectors.toMap(Term::id, Function.identity()));
        // a theme that is no longer accepted is not shown (merges move the record to the kept term)
        return coreThemes.findTermIds(roundId).stream().map(themes::get).filter(java.util.Objects::nonNull).toList();
    }
}
