package de.querschnitt.organisation;

import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Target;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.Person;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.organisation.repository.ContactRepository;
import de.querschnitt.security.Actor;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.repository.UnitRepository;
import de.querschnitt.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units. A department user sees only their own unit: other ids answer "not found", exactly as ids that
 * do not exist.
 */
@Service
public class UnitService {

    private final UnitRepository units;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final LiveEdits live;
    private final Clock clock;

    UnitService(UnitRepository units, CurrentUser currentUser, Validation validation, ContactRepository contacts,
            AuditTrail audit, LiveEdits live, Clock clock) {
        this.units = units;
        this.contacts = contacts;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
        this.currentUser = currentUser;
        this.validation = validation;
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(UnitData data) {
        validation.check(data);
        if (units.existsByCode(data.code())) {
            throw new UserError("unit.error.code-taken", data.code().trim());
        }
        Actor actor = currentUser.require();
        long id = units.insert(data, units.findAll(actor).size());
        audit.record(actor, clock.instant(), new Target("UNIT", id, null, id), "created", null,
                data.code().strip() + " " + data.name().strip());
        return id;
    }

    /**
     * Saves one master data field of a unit if its stored value is still {@code expected}.
     *
     * @return the saved value
     * @throws EditConflict if somebody else changed the field meanwhile
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public String updateField(long unitId, UnitField field, @Nullable String expected, @Nullable String value) {
        Actor actor = currentUser.require();
        Unit unit = units.findById(unitId, actor).orElseThrow(() -> new UserError("unit.error.not-found"));
        String stored = switch (field) {
            case CODE -> unit.code();
            case NAME -> unit.name();
            case KIND -> unit.kind().name();
        };
        String wanted = value == null ? "" : value.strip();
        if (stored.equals(wanted)) {
            return stored;
        }
        if (!stored.equals(expected == null ? "" : expected.strip())) {
            throw new EditConflict(stored, audit.lastChangedBy("UNIT", unitId, field.key()));
        }
        UnitKind kind = unit.kind();
        if (field == UnitField.KIND) {
            try {
                kind = UnitKind.valueOf(wanted);
            } catch (IllegalArgumentException e) {
                throw new UserError("validation.choice");
            }
        }
        var data = new UnitData(field == UnitField.CODE ? wanted : unit.code(),
                field == UnitField.NAME ? wanted : unit.name(), kind, unit.description());
        validation.check(data);
        if (field == UnitField.CODE && units.findByCode(wanted).filter(u -> u.id() != unitId).isPresent()) {
            throw new UserError("unit.error.code-taken", wanted);
        }
        if (!units.update(unitId, unit.version(), data.code(), data.name(), data.kind())) {
            throw new EditConflict(stored, audit.lastChangedBy("UNIT", unitId, null));
        }
        Instant now = clock.instant();
        audit.record(actor, now, new Target("UNIT", unitId, null, unitId), field.key(), stored, wanted);
        live.publish(LiveEdits.unitTopic(unitId), actor.username(), actor.displayName());
        return wanted;
    }

    /** The unit's contact persons; empty for a unit the person may not see. */
    @Transactional(readOnly = true)
    public List<Person> contacts(long unitId) {
        return units.findById(unitId, currentUser.require()).map(u -> contacts.findByUnit(unitId)).orElse(List.of());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public long addContact(long unitId, String name, @Nullable String function) {
        Actor actor = currentUser.require();
        units.findById(unitId, actor).orElseThrow(() -> new UserError("unit.error.not-found"));
        String checkedName = Person.checked(Person.Field.NAME, name);
        String checkedFunction = Person.checked(Person.Field.FUNCTION, function);
        long id = contacts.insert(unitId, checkedName, checkedFunction);
        audit.record(actor, clock.instant(), new Target("UNIT_CONTACT", id, null, unitId), "contact", null,
                checkedFunction == null ? checkedName : checkedName + " (" + checkedFunction + ")");
        live.publish(LiveEdits.unitTopic(unitId), actor.username(), actor.displayName());
        return id;
    }

    /** Saves a contact's name or function if the stored value is still {@code expected}. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public @Nullable String updateContact(long contactId, Person.Field field, @Nullable String expected,
            @Nullable String value) {
        Actor actor = currentUser.require();
        var contact = contactOf(contactId, actor);
        String wanted = Person.checked(field, value);
        String stored = field.of(contact.person());
        if (java.util.Objects.equals(stored, wanted)) {
            return stored;
        }
        String expectedValue = expected == null || expected.isBlank() ? null : expected.strip();
        if (!java.util.Objects.equals(stored, expectedValue)) {
            throw new EditConflict(stored, audit.lastChangedBy("UNIT_CONTACT", contactId, "contact." + field.key()));
        }
        contacts.update(contactId, field, wanted);
        audit.record(actor, clock.instant(), new Target("UNIT_CONTACT", contactId, null, contact.unitId()),
                "contact." + field.key(), stored, wanted);
        live.publish(LiveEdits.unitTopic(contact.unitId()), actor.username(), actor.displayName());
        return wanted;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public void removeContact(long contactId) {
        Actor actor = currentUser.require();
        var contact = contactOf(contactId, actor);
        contacts.delete(contactId);
        audit.record(actor, clock.instant(), new Target("UNIT_CONTACT", contactId, null, contact.unitId()), "contact",
                contact.person().name(), null);
        live.publish(LiveEdits.unitTopic(contact.unitId()), actor.username(), actor.displayName());
    }

    private ContactRepository.Head contactOf(long contactId, Actor actor) {
        return contacts.findById(contactId)
                .filter(c -> units.findById(c.unitId(), actor).isPresent())
                .orElseThrow(() -> new UserError("person.error.removed"));
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(long id) {
        return units.findById(id, currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<Unit> findAll() {
        return units.findAll(currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<UnitOverview> overview(long roundId) {
        return units.findOverview(roundId, currentUser.require());
    }

    /** Looks a unit up by its code (imports and demo data); planning staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }
}
