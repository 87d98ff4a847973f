package de.querschnitt.matrix;

import de.querschnitt.organisation.Unit;
import de.querschnitt.vocabulary.Term;
import java.util.List;

/**
 * Units (rows) against vocabulary terms (columns); each cell holds the profiles and instrument sets that
 * connect them.
 *
 * @param coreThreshold a term shared by at least this many units is a Kernthema/Schnittstelle
 */
public record ThemeMatrix(List<Unit> units, List<Term> terms, List<MatrixEntry> entries, int coreThreshold) {

    public ThemeMatrix {
        units = List.copyOf(units);
        terms = List.copyOf(terms);
        entries = List.copyOf(entries);
    }

    public List<MatrixEntry> cell(long unitId, long termId) {
        return entries.stream().filter(e -> e.unitId() == unitId && e.termId() == termId).toList();
    }

    /** How many terms of the vocabulary the unit covers. */
    public int termsCoveredBy(long unitId) {
        return (int) entries.stream().filter(e -> e.unitId() == unitId).map(MatrixEntry::termId).distinct().count();
    }

    /** How many units cover the term. */
    public int unitsCovering(long termId) {
        return (int) entries.stream().filter(e -> e.termId() == termId).map(MatrixEntry::unitId).distinct().count();
    }

    public boolean isCore(long termId) {
        return unitsCovering(termId) >= coreThreshold;
    }

    /** Covered by no unit or by one only. */
    public boolean isGap(long termId) {
        return unitsCovering(termId) <= 1;
    }

    /** The units that cover the term, in the order of the rows. */
    public List<Unit> unitsCovering(Term term) {
        return units.stream().filter(u -> !cell(u.id(), term.id()).isEmpty()).toList();
    }

    /** The Kernthemen/Schnittstellen of this matrix: terms shared by at least {@link #coreThreshold()} units. */
    public List<Term> coreTerms() {
        return terms.stream().filter(t -> isCore(t.id())).toList();
    }
}
