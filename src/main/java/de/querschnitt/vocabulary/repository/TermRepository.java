package de.querschnitt.vocabulary.repository;

import static de.querschnitt.db.Tables.ACCOUNT;
import static de.querschnitt.db.Tables.CORE_THEME;
import static de.querschnitt.db.Tables.ITEM_TERM;
import static de.querschnitt.db.Tables.TERM;
import static de.querschnitt.db.Tables.TERM_SYNONYM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.TermEdit;
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

    /** Accepted terms, then the proposals still waiting. */
    public List<Term> findSelectable(Vocabulary vocabulary) {
        return findTerms(vocabulary, TERM.STATUS.in(TermStatus.ACCEPTED.name(), TermStatus.PROPOSED.name()));
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

    private static org.jooq.Field<List<String>> synonymsOf(org.jooq.Field<Integer> termId) {
        return multiset(select(TERM_SYNONYM.SYNONYM).from(TERM_SYNONYM)
                .where(TERM_SYNONYM.TERM_ID.eq(termId)).orderBy(TERM_SYNONYM.SYNONYM))
                .convertFrom(r -> r.map(s -> s.value1()));
    }

    /** Accepted and proposed terms with version, proposer and number of linked items. */
    public List<ManagedTerm> findManaged(Vocabulary vocabulary) {
        return managed(TERM.VOCABULARY.eq(vocabulary.name())
                .and(TERM.STATUS.in(TermStatus.ACCEPTED.name(), TermStatus.PROPOSED.name())));
    }

    public Optional<ManagedTerm> find(long id) {
        return managed(TERM.ID.eq(Math.toIntExact(id))).stream().findFirst();
    }

    private List<ManagedTerm> managed(Condition condition) {
        var links = field(selectCount().from(ITEM_TERM).where(ITEM_TERM.TERM_ID.eq(TERM.ID)));
        return dsl.select(TERM.ID, TERM.VOCABULARY, TERM.NAME, TERM.DESCRIPTION, synonymsOf(TERM.ID), TERM.STATUS,
                        TERM.VERSION, ACCOUNT.DISPLAY_NAME, links)
                .from(TERM)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(TERM.PROPOSED_BY_ID))
                .where(condition)
                .orderBy(TERM.STATUS.eq(TermStatus.PROPOSED.name()), TERM.SORT_ORDER, TERM.NAME)
                .fetch(r -> new ManagedTerm(new Term(r.value1(), Vocabulary.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), TermStatus.valueOf(r.value6())), r.value7(), r.value8(), r.value9()));
    }

    /**
     * Whether another term of the vocabulary (whatever its status: names are unique in the table) has the name, or
     * another term has it as synonym.
     */
    public boolean nameTakenByOther(Vocabulary vocabulary, String name, long exceptId) {
        return takenByOther(vocabulary, name, exceptId, true);
    }

    /**
     * Whether another live term has the synonym as name or synonym. A merged term's name is not counted: it lives
     * on as a synonym of the term it was merged into, which is exactly where it may stay.
     */
    public boolean synonymTakenByOther(Vocabulary vocabulary, String synonym, long exceptId) {
        return takenByOther(vocabulary, synonym, exceptId, false);
    }

    private boolean takenByOther(Vocabulary vocabulary, String name, long exceptId, boolean countMergedNames) {
        String trimmed = name.trim();
        int except = Math.toIntExact(exceptId);
        Condition names = TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.NAME.eq(trimmed)).and(TERM.ID.ne(except));
        if (!countMergedNames) {
            names = names.and(TERM.STATUS.ne(TermStatus.MERGED.name()));
        }
        return dsl.fetchExists(TERM, names)
                || dsl.fetchExists(dsl.select().from(TERM_SYNONYM).join(TERM).on(TERM.ID.eq(TERM_SYNONYM.TERM_ID))
                        .where(TERM.VOCABULARY.eq(vocabulary.name()).and(TERM_SYNONYM.SYNONYM.eq(trimmed))
                                .and(TERM.ID.ne(except))));
    }

    /** Writes name, description and synonyms if the version still matches; false if someone was faster. */
    public boolean update(long id, int version, TermEdit edit) {
        int termId = Math.toIntExact(id);
        int updated = dsl.update(TERM)
                .set(TERM.NAME, edit.name().trim())
                .set(TERM.DESCRIPTION, edit.description())
                .set(TERM.VERSION, TERM.VERSION.plus(1))
                .where(TERM.ID.eq(termId).and(TERM.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(TERM_SYNONYM).where(TERM_SYNONYM.TERM_ID.eq(termId)).execute();
        addSynonyms(id, edit.synonyms());
        return true;
    }

    public void addSynonyms(long id, List<String> synonyms) {
        for (String synonym : synonyms) {
            dsl.insertInto(TERM_SYNONYM).set(TERM_SYNONYM.TERM_ID, Math.toIntExact(id))
                    .set(TERM_SYNONYM.SYNONYM, synonym.trim()).onConflictDoNothing().execute();
        }
    }

    public boolean setStatus(long id, int version, TermStatus from, TermStatus to, @Nullable Long mergedInto) {
        return dsl.update(TERM)
                .set(TERM.STATUS, to.name())
                .set(TERM.MERGED_INTO_ID, mergedInto == null ? null : Math.toIntExact(mergedInto))
                .set(TERM.VERSION, TERM.VERSION.plus(1))
                .where(TERM.ID.eq(Math.toIntExact(id)).and(TERM.VERSION.eq(version)).and(TERM.STATUS.eq(from.name())))
                .execute() == 1;
    }

    /** Counts a change of the term (e.g. a merge into it) against concurrent edits. */
    public boolean bumpVersion(long id, int version) {
        return dsl.update(TERM).set(TERM.VERSION, TERM.VERSION.plus(1))
                .where(TERM.ID.eq(Math.toIntExact(id)).and(TERM.VERSION.eq(version))).execute() == 1;
    }

    /**
     * Moves every reference to {@code from} onto {@code into}: the items' links (an item linked to both keeps one
     * link), the recorded core themes, and the synonyms. Returns the number of items whose link moved.
     */
    public int moveReferences(long from, long into) {
        int source = Math.toIntExact(from);
        int target = Math.toIntExact(into);
        int moved = dsl.fetchCount(ITEM_TERM, ITEM_TERM.TERM_ID.eq(source));
        dsl.insertInto(ITEM_TERM, ITEM_TERM.ITEM_ID, ITEM_TERM.TERM_ID)
                .select(select(ITEM_TERM.ITEM_ID, inline(target)).from(ITEM_TERM).where(ITEM_TERM.TERM_ID.eq(source)))
                .onConflictDoNothing()
                .execute();
        dsl.deleteFrom(ITEM_TERM).where(ITEM_TERM.TERM_ID.eq(source)).execute();
        // the planner's recorded Kernthemen refer to terms too; a merged theme stays recorded under its new name
        dsl.insertInto(CORE_THEME, CORE_THEME.ROUND_ID, CORE_THEME.TERM_ID, CORE_THEME.POSITION, CORE_THEME.NOTE)
                .select(select(CORE_THEME.ROUND_ID, inline(target), CORE_THEME.POSITION, CORE_THEME.NOTE)
                        .from(CORE_THEME).where(CORE_THEME.TERM_ID.eq(source)))
                .onConflictDoNothing()
                .execute();
        dsl.deleteFrom(CORE_THEME).where(CORE_THEME.TERM_ID.eq(source)).execute();
        dsl.insertInto(TERM_SYNONYM, TERM_SYNONYM.TERM_ID, TERM_SYNONYM.SYNONYM)
                .select(select(inline(target), TERM_SYNONYM.SYNONYM).from(TERM_SYNONYM)
                        .where(TERM_SYNONYM.TERM_ID.eq(source)))
                .onConflictDoNothing()
                .execute();
        dsl.deleteFrom(TERM_SYNONYM).where(TERM_SYNONYM.TERM_ID.eq(source)).execute();
        return moved;
    }

    public int countProposed(Vocabulary vocabulary) {
        return dsl.fetchCount(TERM, TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.STATUS.eq(TermStatus.PROPOSED.name())));
    }
}
