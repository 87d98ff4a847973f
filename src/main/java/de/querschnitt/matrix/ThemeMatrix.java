package de.querschnitt.matrix;

import de.querschnitt.organisation.Unit;
import de.querschnitt.vocabulary.Term;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units (rows) against vocabulary terms (columns); each cell holds the profiles and instrument sets that
 * connect them.
 *
 * @param coreThreshold a term shared by at least this many units is a Kernthema/Schnittstelle
 * @param index the entries by cell, built once: the view asks for every cell, and a scan of all entries per
 *              cell made the matrix cost grow with the square of the data (docs/benchmarks.md)
 */
public record ThemeMatrix(List<Unit> units, List<Term> terms, List<MatrixEntry> entries, int coreThreshold,
        Index index) {

    public ThemeMatrix {
        units = List.copyOf(units);
        terms = List.copyOf(terms);
        entries = List.copyOf(entries);
    }

    public ThemeMatrix(List<Unit> units, List<Term> terms, List<MatrixEntry> entries, int coreThreshold) {
        this(units, terms, entries, coreThreshold, Index.of(entries));
    }

    public List<MatrixEntry> cell(long unitId, long termId) {
        return index.cells().getOrDefault(new CellKey(unitId, termId), List.of());
    }

    /** How many terms of the vocabulary the unit covers. */
    public int termsCoveredBy(long unitId) {
        return index.termsByUnit().getOrDefault(unitId, Set.of()).size();
    }

    /** How many units cover the term. */
    public int unitsCovering(long termId) {
        return index.unitsByTerm().getOrDefault(termId, Set.of()).size();
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
        Set<Long> covering = index.unitsByTerm().getOrDefault(term.id(), Set.of());
        return units.stream().filter(u -> covering.contains(u.id())).toList();
    }

    /** The Kernthemen/Schnittstellen of this matrix: terms shared by at least {@link #coreThreshold()} units. */
    public List<Term> coreTerms() {
        return terms.stream().filter(t -> isCore(t.id())).toList();
    }

    public record CellKey(long unitId, long termId) {
    }

    /** The entries grouped by cell, and the distinct terms per unit and units per term. */
    public record Index(Map<CellKey, List<MatrixEntry>> cells, Map<Long, Set<Long>> termsByUnit,
            Map<Long, Set<Long>> unitsByTerm) {

        static Index of(List<MatrixEntry> entries) {
            Map<CellKey, List<MatrixEntry>> cells = new HashMap<>();
            Map<Long, Set<Long>> termsByUnit = new HashMap<>();
            Map<Long, Set<Long>> unitsByTerm = new HashMap<>();
            for (MatrixEntry entry : entries) {
                cells.computeIfAbsent(new CellKey(entry.unitId(), entry.termId()), k -> new java.util.ArrayList<>())
                        .add(entry);
                termsByUnit.computeIfAbsent(entry.unitId(), k -> new HashSet<>()).add(entry.termId());
                unitsByTerm.computeIfAbsent(entry.termId(), k -> new HashSet<>()).add(entry.unitId());
            }
            cells.replaceAll((key, list) -> List.copyOf(list));
            return new Index(Map.copyOf(cells), Map.copyOf(termsByUnit), Map.copyOf(unitsByTerm));
        }
    }
}
