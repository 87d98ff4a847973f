package de.querschnitt.organisation.repository;

import static de.querschnitt.db.Tables.UNIT_CONTACT;

import de.querschnitt.common.Person;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Contact persons of units. Callers check that the person may see the unit. */
@Repository
public class ContactRepository {

    public record Head(Person person, long unitId) {
    }

    private final DSLContext dsl;

    ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Person> findByUnit(long unitId) {
        return dsl.selectFrom(UNIT_CONTACT)
                .where(UNIT_CONTACT.UNIT_ID.eq(Math.toIntExact(unitId)))
                .orderBy(UNIT_CONTACT.POSITION, UNIT_CONTACT.ID)
                .fetch(r -> new Person(r.getId(), r.getName(), r.getFunction()));
    }

    public Optional<Head> findById(long id) {
        return dsl.selectFrom(UNIT_CONTACT).where(UNIT_CONTACT.ID.eq(Math.toIntExact(id)))
                .fetchOptional(r -> new Head(new Person(r.getId(), r.getName(), r.getFunction()), r.getUnitId()));
    }

    public long insert(long unitId, String name, @Nullable String function) {
        int position = dsl.fetchCount(UNIT_CONTACT, UNIT_CONTACT.UNIT_ID.eq(Math.toIntExact(unitId)));
        return dsl.insertInto(UNIT_CONTACT)
                .set(UNIT_CONTACT.UNIT_ID, Math.toIntExact(unitId))
                .set(UNIT_CONTACT.NAME, name)
                .set(UNIT_CONTACT.FUNCTION, function)
                .set(UNIT_CONTACT.POSITION, position)
                .returning(UNIT_CONTACT.ID)
                .fetchSingle(UNIT_CONTACT.ID)
                .longValue();
    }

    public void update(long id, Person.Field field, @Nullable String value) {
        var column = field == Person.Field.NAME ? UNIT_CONTACT.NAME : UNIT_CONTACT.FUNCTION;
        dsl.update(UNIT_CONTACT).set(column, value).where(UNIT_CONTACT.ID.eq(Math.toIntExact(id))).execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(UNIT_CONTACT).where(UNIT_CONTACT.ID.eq(Math.toIntExact(id))).execute();
    }
}
