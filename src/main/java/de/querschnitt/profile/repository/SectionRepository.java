package de.querschnitt.profile.repository;

import static de.querschnitt.db.Tables.ITEM_TERM;
import static de.querschnitt.db.Tables.SECTION;
import static de.querschnitt.db.Tables.SECTION_ITEM;
import static de.querschnitt.db.Tables.TERM;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import de.querschnitt.common.BulletOrder;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.TermRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** The grid sections and their bullet items, shared by profiles and unit instrument sets. */
@Repository
public class SectionRepository {

    /** Whose sections: a profile or an instrument set. */
    public sealed interface Owner {
        long id();
    }

    public record ProfileOwner(long id) implements Owner {
    }

    public record InstrumentSetOwner(long id) implements Owner {
    }

    private final DSLContext dsl;

    SectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Owner owner, SectionData data) {
        var insert = dsl.insertInto(SECTION)
                .set(SECTION.KIND, data.kind().name())
                .set(SECTION.INTRO, data.intro())
                .set(SECTION.NOTE, data.note());
        int sectionId = switch (owner) {
            case ProfileOwner p -> insert.set(SECTION.PROFILE_ID, Math.toIntExact(p.id()))
                    .returning(SECTION.ID).fetchSingle(SECTION.ID);
            case InstrumentSetOwner s -> insert.set(SECTION.INSTRUMENT_SET_ID, Math.toIntExact(s.id()))
                    .returning(SECTION.ID).fetchSingle(SECTION.ID);
        };
        int position = 0;
        for (SectionData.Item item : data.items()) {
            int itemId = dsl.insertInto(SECTION_ITEM)
                    .set(SECTION_ITEM.SECTION_ID, sectionId)
                    .set(SECTION_ITEM.POSITION, position++)
                    .set(SECTION_ITEM.DEPTH, item.level())
                    .set(SECTION_ITEM.TEXT, item.text())
                    .returning(SECTION_ITEM.ID)
                    .fetchSingle(SECTION_ITEM.ID);
            for (Long termId : item.termIds().stream().distinct().toList()) {
                dsl.insertInto(ITEM_TERM).set(ITEM_TERM.ITEM_ID, itemId).set(ITEM_TERM.TERM_ID, Math.toIntExact(termId))
                        .execute();
            }
        }
    }

    /** The owner's sections in grid order, each with its items in order and their terms. */
    public List<Section> find(Owner owner) {
        var terms = multiset(select(TERM.ID, TERM.NAME).from(ITEM_TERM).join(TERM).on(TERM.ID.eq(ITEM_TERM.TERM_ID))
                .where(ITEM_TERM.ITEM_ID.eq(SECTION_ITEM.ID)).orderBy(TERM.SORT_ORDER, TERM.NAME))
                .convertFrom(r -> r.map(t -> new TermRef(t.value1(), t.value2())));
        var rows = dsl.select(SECTION.ID, SECTION.KIND, SECTION.INTRO, SECTION.NOTE,
                        SECTION_ITEM.ID, SECTION_ITEM.DEPTH, SECTION_ITEM.TEXT, terms)
                .from(SECTION)
                .leftJoin(SECTION_ITEM).on(SECTION_ITEM.SECTION_ID.eq(SECTION.ID))
                .where(ownedBy(owner))
                .orderBy(SECTION.ID, SECTION_ITEM.POSITION, SECTION_ITEM.ID)
                .fetch();
        Map<Integer, Section> sections = new LinkedHashMap<>();
        Map<Integer, List<SectionItem>> items = new LinkedHashMap<>();
        for (var r : rows) {
            int sectionId = r.get(SECTION.ID);
            sections.computeIfAbsent(sectionId, id -> new Section(SectionKind.valueOf(r.get(SECTION.KIND)),
                    r.get(SECTION.INTRO), List.of(), r.get(SECTION.NOTE)));
            var list = items.computeIfAbsent(sectionId, id -> new ArrayList<>());
            if (r.get(SECTION_ITEM.ID) != null) {
                list.add(new SectionItem(r.get(SECTION_ITEM.ID), r.get(SECTION_ITEM.DEPTH), r.get(SECTION_ITEM.TEXT),
                        r.get(terms)));
            }
        }
        return sections.entrySet().stream()
                .map(e -> new Section(e.getValue().kind(), e.getValue().intro(), List.copyOf(items.get(e.getKey())),
                        e.getValue().note()))
                .sorted(Comparator.comparing(Section::kind))
                .toList();
    }

    /** A section's own texts and id. */
    public record SectionHead(int id, @Nullable String intro, @Nullable String note) {
    }

    /** An item with where it lives: its section, and the profile or instrument set owning that. */
    public record ItemHead(long id, int sectionId, SectionKind kind, Owner owner, int depth, String text) {
    }

    public Optional<SectionHead> findSection(Owner owner, SectionKind kind) {
        return dsl.select(SECTION.ID, SECTION.INTRO, SECTION.NOTE).from(SECTION)
                .where(ownedBy(owner).and(SECTION.KIND.eq(kind.name())))
                .fetchOptional(r -> new SectionHead(r.value1(), r.value2(), r.value3()));
    }

    /** The section's id, creating the (empty) section first if the owner has none of that kind yet. */
    public int ensureSection(Owner owner, SectionKind kind) {
        return findSection(owner, kind).map(SectionHead::id).orElseGet(() -> {
            insert(owner, new SectionData(kind, null, List.of(), null));
            return findSection(owner, kind).orElseThrow().id();
        });
    }

    public void updateIntro(int sectionId, @Nullable String intro) {
        dsl.update(SECTION).set(SECTION.INTRO, intro).where(SECTION.ID.eq(sectionId)).execute();
    }

    public void updateNote(int sectionId, @Nullable String note) {
        dsl.update(SECTION).set(SECTION.NOTE, note).where(SECTION.ID.eq(sectionId)).execute();
    }

    /** The section's items in order, as rows of the bullet list. */
    public List<BulletOrder.Row> rows(int sectionId) {
        return dsl.select(SECTION_ITEM.ID, SECTION_ITEM.DEPTH).from(SECTION_ITEM)
                .where(SECTION_ITEM.SECTION_ID.eq(sectionId))
                .orderBy(SECTION_ITEM.POSITION, SECTION_ITEM.ID)
                .fetch(r -> new BulletOrder.Row(r.value1(), r.value2()));
    }

    public Optional<ItemHead> findItem(long itemId) {
        return dsl.select(SECTION_ITEM.ID, SECTION.ID, SECTION.KIND, SECTION.PROFILE_ID, SECTION.INSTRUMENT_SET_ID,
                        SECTION_ITEM.DEPTH, SECTION_ITEM.TEXT)
                .from(SECTION_ITEM).join(SECTION).on(SECTION.ID.eq(SECTION_ITEM.SECTION_ID))
                .where(SECTION_ITEM.ID.eq(Math.toIntExact(itemId)))
                .fetchOptional(r -> new ItemHead(r.value1(), r.value2(), SectionKind.valueOf(r.value3()),
                        r.value4() != null ? new ProfileOwner(r.value4()) : new InstrumentSetOwner(r.value5()),
                        r.value6(), r.value7()));
    }

    /** Inserts an item at {@code index} of the section's order (later items move down). */
    public long insertItem(int sectionId, int index, int depth, String text, List<Long> termIds) {
        List<BulletOrder.Row> rows = new ArrayList<>(rows(sectionId));
        int id = dsl.insertInto(SECTION_ITEM)
                .set(SECTION_ITEM.SECTION_ID, sectionId)
                .set(SECTION_ITEM.POSITION, index)
                .set(SECTION_ITEM.DEPTH, depth)
                .set(SECTION_ITEM.TEXT, text)
                .returning(SECTION_ITEM.ID)
                .fetchSingle(SECTION_ITEM.ID);
        for (Long termId : termIds.stream().distinct().toList()) {
            linkTerm(id, termId);
        }
        rows.add(index, new BulletOrder.Row(id, depth));
        writeOrder(rows);
        return id;
    }

    public void updateItemText(long itemId, String text) {
        dsl.update(SECTION_ITEM).set(SECTION_ITEM.TEXT, text).where(SECTION_ITEM.ID.eq(Math.toIntExact(itemId)))
                .execute();
    }

    /** Stores the order and depths of a section's items as given. */
    public void writeOrder(List<BulletOrder.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            dsl.update(SECTION_ITEM).set(SECTION_ITEM.POSITION, i).set(SECTION_ITEM.DEPTH, rows.get(i).depth())
                    .where(SECTION_ITEM.ID.eq(Math.toIntExact(rows.get(i).id())))
                    .execute();
        }
    }

    public void deleteItem(long itemId) {
        dsl.deleteFrom(SECTION_ITEM).where(SECTION_ITEM.ID.eq(Math.toIntExact(itemId))).execute();
    }

    public void linkTerm(long itemId, long termId) {
        dsl.insertInto(ITEM_TERM).set(ITEM_TERM.ITEM_ID, Math.toIntExact(itemId))
                .set(ITEM_TERM.TERM_ID, Math.toIntExact(termId)).onConflictDoNothing().execute();
    }

    public void unlinkTerm(long itemId, long termId) {
        dsl.deleteFrom(ITEM_TERM).where(ITEM_TERM.ITEM_ID.eq(Math.toIntExact(itemId))
                .and(ITEM_TERM.TERM_ID.eq(Math.toIntExact(termId)))).execute();
    }

    /** The section's items that link the term, with the number of terms each links. */
    public List<LinkedItem> itemsLinking(int sectionId, long termId) {
        var other = ITEM_TERM.as("other");
        var links = field(selectCount().from(other).where(other.ITEM_ID.eq(SECTION_ITEM.ID)));
        return dsl.select(SECTION_ITEM.ID, SECTION_ITEM.TEXT, links)
                .from(SECTION_ITEM).join(ITEM_TERM).on(ITEM_TERM.ITEM_ID.eq(SECTION_ITEM.ID))
                .where(SECTION_ITEM.SECTION_ID.eq(sectionId).and(ITEM_TERM.TERM_ID.eq(Math.toIntExact(termId))))
                .fetch(r -> new LinkedItem(r.value1(), r.value2(), r.value3()));
    }

    public record LinkedItem(long id, String text, int termCount) {
    }

    /** Removes all sections of the owner with their items and term links. */
    public void deleteAll(Owner owner) {
        dsl.deleteFrom(SECTION).where(ownedBy(owner)).execute();
    }

    private static Condition ownedBy(Owner owner) {
        Field<Integer> column = switch (owner) {
            case ProfileOwner p -> SECTION.PROFILE_ID;
            case InstrumentSetOwner s -> SECTION.INSTRUMENT_SET_ID;
        };
        return column.eq(Math.toIntExact(owner.id()));
    }
}
