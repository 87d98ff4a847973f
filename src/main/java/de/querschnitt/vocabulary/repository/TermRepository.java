package de.querschnitt.vocabulary.repository;

import static de.querschnitt.db.Tables.TERM;
import static de.querschnitt.db.Tables.TERM_SYNONYM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.TermStatus;
import de.querschnitt.vocabulary.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class TermRepository {

    private final DSLContext dsl;

    TermRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(TermData data, int sortOrder) {
        int id = dsl.insertInto(TERM)
                .set(TERM.VOCABULARY, data.vocabulary().name())
                .set(TERM.NAME, data.name().trim())
                .set(TERM.DESCRIPTION, data.description())
                .set(TERM.SORT_ORDER, sortOrder)
                .returning(TERM.ID)
                .fetchSingle(TERM.ID);
        for (String synonym : data.synonyms().stream().map(String::trim).distinct().toList()) {
            dsl.insertInto(TERM_SYNONYM).set(TERM_SYNONYM.TERM_ID, id).set(TERM_SYNONYM.SYNONYM, synonym).execute();
        }
        return id;
    }

    /** Whether the name is taken as a name or a synonym of an accepted term of that vocabulary. */
    public boolean nameTaken(Vocabulary vocabulary, String name) {
        String trimmed = name.trim();
        return dsl.fetchExists(TERM, TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.NAME.eq(trimmed)))
                || dsl.fetchExists(dsl.select().from(TERM_SYNONYM).join(TERM).on(TERM.ID.eq(TERM_SYNONYM.TERM_ID))
                        .where(TERM.VOCABULARY.eq(vocabulary.name()).and(TERM_SYNONYM.SYNONYM.eq(trimmed))));
    }

    public List<Term> findAccepted(Vocabulary vocabulary) {
        return findTerms(vocabulary, TERM.STATUS.eq(TermStatus.ACCEPTED.name()));
    }

    /**
     * Accepted terms, then proposed ones; {@code proposedBy} limits the proposals to one account's
     * ({@code null}: all proposals).
     */
    public List<Term> findSelectable(Vocabulary vocabulary, @Nullable Long proposedBy) {
        Condition proposals = TERM.STATUS.eq(TermStatus.PROPOSED.name());
        if (proposedBy != null) {
            proposals = proposals.and(TERM.PROPOSED_BY_ID.eq(proposedBy.intValue()));
        }
        return findTerms(vocabulary, TERM.STATUS.eq(TermStatus.ACCEPTED.name()).or(proposals));
    }

    private List<Term> findTerms(Vocabulary vocabulary, Condition condition) {
        var synonyms = multiset(select(TERM_SYNONYM.SYNONYM).from(TERM_SYNONYM)
                .where(TERM_SYNONYM.TERM_ID.eq(TERM.ID)).orderBy(TERM_SYNONYM.SYNONYM))
                .convertFrom(r -> r.map(s -> s.value1()));
        return dsl.select(TERM.ID, TERM.NAME, TERM.DESCRIPTION, synonyms, TERM.STATUS)
                .from(TERM)
                .where(TERM.VOCABULARY.eq(vocabulary.name()).and(condition))
                // proposals after the accepted terms, in the order they came in
                .orderBy(TERM.STATUS.eq(TermStatus.PROPOSED.name()), TERM.SORT_ORDER, TERM.NAME)
                .fetch(r -> new Term(r.value1(), vocabulary, r.value2(), r.value3(), r.value4(),
                        TermStatus.valueOf(r.value5())));
    }

    /** The id of a term still proposed under exactly that name (ignoring case), if any. */
    public Optional<Long> findProposed(Vocabulary vocabulary, String name) {
        return dsl.select(TERM.ID).from(TERM)
                .where(TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.NAME.eq(name.trim()))
                        .and(TERM.STATUS.eq(TermStatus.PROPOSED.name())))
                .fetchOptional(r -> r.value1().longValue());
    }

    public long insertProposal(Vocabulary vocabulary, String name, @Nullable Long proposedBy, int sortOrder) {
        return dsl.insertInto(TERM)
                .set(TERM.VOCABULARY, vocabulary.name())
                .set(TERM.NAME, name.trim())
                .set(TERM.STATUS, TermStatus.PROPOSED.name())
                .set(TERM.PROPOSED_BY_ID, proposedBy == null ? null : proposedBy.intValue())
                .set(TERM.SORT_ORDER, sortOrder)
                .returning(TERM.ID)
                .fetchSingle(TERM.ID);
    }

    public int count(Vocabulary vocabulary) {
        return dsl.fetchCount(TERM, TERM.VOCABULARY.eq(vocabulary.name()));
    }
}
