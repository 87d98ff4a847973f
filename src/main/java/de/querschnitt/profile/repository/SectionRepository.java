package de.querschnitt.profile.repository;

import static de.querschnitt.db.Tables.ITEM_TERM;
import static de.querschnitt.db.Tables.SECTION;
import static de.querschnitt.db.Tables.SECTION_ITEM;
import static de.querschnitt.db.Tables.TERM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

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
