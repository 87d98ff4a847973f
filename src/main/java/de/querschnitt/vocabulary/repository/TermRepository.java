package de.querschnitt.vocabulary.repository;

import static de.querschnitt.db.Tables.TERM;
import static de.querschnitt.db.Tables.TERM_SYNONYM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.Vocabulary;
import java.util.List;
import org.jooq.DSLContext;
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
        var synonyms = multiset(select(TERM_SYNONYM.SYNONYM).from(TERM_SYNONYM)
                .where(TERM_SYNONYM.TERM_ID.eq(TERM.ID)).orderBy(TERM_SYNONYM.SYNONYM))
                .convertFrom(r -> r.map(s -> s.value1()));
        return dsl.select(TERM.ID, TERM.NAME, TERM.DESCRIPTION, synonyms)
                .from(TERM)
                .where(TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.STATUS.eq("ACCEPTED")))
                .orderBy(TERM.SORT_ORDER, TERM.NAME)
                .fetch(r -> new Term(r.value1(), vocabulary, r.value2(), r.value3(), r.value4()));
    }

    public int count(Vocabulary vocabulary) {
        return dsl.fetchCount(TERM, TERM.VOCABULARY.eq(vocabulary.name()));
    }
}
