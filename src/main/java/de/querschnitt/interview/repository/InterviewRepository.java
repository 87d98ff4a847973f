package de.querschnitt.interview.repository;

import static de.querschnitt.db.Tables.ACCOUNT;
import static de.querschnitt.db.Tables.INTERVIEW;
import static de.querschnitt.db.Tables.INTERVIEW_INTERFACE;
import static de.querschnitt.db.Tables.INTERVIEW_INTERFACE_TERM;
import static de.querschnitt.db.Tables.INTERVIEW_NEED;
import static de.querschnitt.db.Tables.INTERVIEW_PARTICIPANT;
import static de.querschnitt.db.Tables.INTERVIEW_STEP_EMPTY;
import static de.querschnitt.db.Tables.ORG_UNIT;
import static de.querschnitt.db.Tables.TERM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import de.querschnitt.common.BulletOrder;
import de.querschnitt.common.Person;
import de.querschnitt.interview.InterfaceLink;
import de.querschnitt.interview.Interview;
import de.querschnitt.interview.InterviewField;
import de.querschnitt.interview.InterviewStatus;
import de.querschnitt.interview.InterviewStep;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.TermRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Interviews and what the questionnaire captures besides profiles. Callers check roles. */
@Repository
public class InterviewRepository {

    /** A row that belongs to an interview (participant, Schnittstelle, need), with the interview's unit. */
    public record Owned(long interviewId, long unitId) {
    }

    private final DSLContext dsl;

    InterviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long roundId, long unitId, @Nullable Long interviewerId) {
        return dsl.insertInto(INTERVIEW)
                .set(INTERVIEW.ROUND_ID, Math.toIntExact(roundId))
                .set(INTERVIEW.UNIT_ID, Math.toIntExact(unitId))
                .set(INTERVIEW.INTERVIEWER_ID, interviewerId == null ? null : Math.toIntExact(interviewerId))
                .returning(INTERVIEW.ID)
                .fetchSingle(INTERVIEW.ID)
                .longValue();
    }

    public Optional<Interview> findById(long id) {
        return dsl.select(INTERVIEW.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(INTERVIEW).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(INTERVIEW.INTERVIEWER_ID))
                .where(INTERVIEW.ID.eq(Math.toIntExact(id)))
                .fetchOptional(InterviewRepository::toInterview);
    }

    public Optional<Interview> find(long roundId, long unitId) {
        return dsl.select(INTERVIEW.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(INTERVIEW).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(INTERVIEW.INTERVIEWER_ID))
                .where(INTERVIEW.ROUND_ID.eq(Math.toIntExact(roundId)).and(INTERVIEW.UNIT_ID.eq(Math.toIntExact(unitId))))
                .fetchOptional(InterviewRepository::toInterview);
    }

    /** The round's interviews with their unit's label, in the order of the units. */
    public List<Interview> findByRound(long roundId) {
        return dsl.select(INTERVIEW.asterisk(), ACCOUNT.DISPLAY_NAME)
                .from(INTERVIEW)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(INTERVIEW.UNIT_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(INTERVIEW.INTERVIEWER_ID))
                .where(INTERVIEW.ROUND_ID.eq(Math.toIntExact(roundId)))
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.CODE)
                .fetch(InterviewRepository::toInterview);
    }

    public void updateField(long id, InterviewField field, @Nullable String value) {
        var update = switch (field) {
            case DATE -> dsl.update(INTERVIEW).set(INTERVIEW.INTERVIEW_DATE, value);
            case PLACE -> dsl.update(INTERVIEW).set(INTERVIEW.PLACE, value);
            case NOTES -> dsl.update(INTERVIEW).set(INTERVIEW.NOTES, value);
        };
        update.set(INTERVIEW.VERSION, INTERVIEW.VERSION.plus(1)).where(INTERVIEW.ID.eq(Math.toIntExact(id))).execute();
    }

    public void updateStatus(long id, InterviewStatus status) {
        dsl.update(INTERVIEW).set(INTERVIEW.STATUS, status.name()).set(INTERVIEW.VERSION, INTERVIEW.VERSION.plus(1))
                .where(INTERVIEW.ID.eq(Math.toIntExact(id))).execute();
    }

    public void updatePosition(long id, InterviewStep step, @Nullable Long profileId) {
        dsl.update(INTERVIEW).set(INTERVIEW.CURRENT_STEP, step.name())
                .set(INTERVIEW.CURRENT_PROFILE_ID, profileId == null ? null : Math.toIntExact(profileId))
                .where(INTERVIEW.ID.eq(Math.toIntExact(id))).execute();
    }

    public Set<InterviewStep> emptySteps(long id) {
        var steps = EnumSet.noneOf(InterviewStep.class);
        dsl.select(INTERVIEW_STEP_EMPTY.STEP).from(INTERVIEW_STEP_EMPTY)
                .where(INTERVIEW_STEP_EMPTY.INTERVIEW_ID.eq(Math.toIntExact(id)))
                .fetch(r -> steps.add(InterviewStep.valueOf(r.value1())));
        return steps;
    }

    public void setStepEmpty(long id, InterviewStep step, boolean empty) {
        if (empty) {
            dsl.insertInto(INTERVIEW_STEP_EMPTY).set(INTERVIEW_STEP_EMPTY.INTERVIEW_ID, Math.toIntExact(id))
                    .set(INTERVIEW_STEP_EMPTY.STEP, step.name()).onConflictDoNothing().execute();
        } else {
            dsl.deleteFrom(INTERVIEW_STEP_EMPTY).where(INTERVIEW_STEP_EMPTY.INTERVIEW_ID.eq(Math.toIntExact(id))
                    .and(INTERVIEW_STEP_EMPTY.STEP.eq(step.name()))).execute();
        }
    }

    // --- participants

    public List<Person> participants(long interviewId) {
        return dsl.selectFrom(INTERVIEW_PARTICIPANT)
                .where(INTERVIEW_PARTICIPANT.INTERVIEW_ID.eq(Math.toIntExact(interviewId)))
                .orderBy(INTERVIEW_PARTICIPANT.POSITION, INTERVIEW_PARTICIPANT.ID)
                .fetch(r -> new Person(r.getId(), r.getName(), r.getFunction()));
    }

    public Optional<Person> participant(long participantId) {
        return dsl.selectFrom(INTERVIEW_PARTICIPANT).where(INTERVIEW_PARTICIPANT.ID.eq(Math.toIntExact(participantId)))
                .fetchOptional(r -> new Person(r.getId(), r.getName(), r.getFunction()));
    }

    public Optional<Owned> participantOwner(long participantId) {
        return dsl.select(INTERVIEW.ID, INTERVIEW.UNIT_ID).from(INTERVIEW_PARTICIPANT)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(INTERVIEW_PARTICIPANT.INTERVIEW_ID))
                .where(INTERVIEW_PARTICIPANT.ID.eq(Math.toIntExact(participantId)))
                .fetchOptional(r -> new Owned(r.value1(), r.value2()));
    }

    public long insertParticipant(long interviewId, String name, @Nullable String function) {
        int position = dsl.fetchCount(INTERVIEW_PARTICIPANT,
                INTERVIEW_PARTICIPANT.INTERVIEW_ID.eq(Math.toIntExact(interviewId)));
        return dsl.insertInto(INTERVIEW_PARTICIPANT)
                .set(INTERVIEW_PARTICIPANT.INTERVIEW_ID, Math.toIntExact(interviewId))
                .set(INTERVIEW_PARTICIPANT.NAME, name)
                .set(INTERVIEW_PARTICIPANT.FUNCTION, function)
                .set(INTERVIEW_PARTICIPANT.POSITION, position)
                .returning(INTERVIEW_PARTICIPANT.ID)
                .fetchSingle(INTERVIEW_PARTICIPANT.ID)
                .longValue();
    }

    public void updateParticipant(long participantId, Person.Field field, @Nullable String value) {
        var column = field == Person.Field.NAME ? INTERVIEW_PARTICIPANT.NAME : INTERVIEW_PARTICIPANT.FUNCTION;
        dsl.update(INTERVIEW_PARTICIPANT).set(column, value)
                .where(INTERVIEW_PARTICIPANT.ID.eq(Math.toIntExact(participantId))).execute();
    }

    public void deleteParticipant(long participantId) {
        dsl.deleteFrom(INTERVIEW_PARTICIPANT).where(INTERVIEW_PARTICIPANT.ID.eq(Math.toIntExact(participantId)))
                .execute();
    }

    // --- Schnittstellen

    public List<InterfaceLink> interfaces(long interviewId) {
        var terms = multiset(select(TERM.ID, TERM.NAME).from(INTERVIEW_INTERFACE_TERM)
                .join(TERM).on(TERM.ID.eq(INTERVIEW_INTERFACE_TERM.TERM_ID))
                .where(INTERVIEW_INTERFACE_TERM.INTERFACE_ID.eq(INTERVIEW_INTERFACE.ID))
                .orderBy(TERM.SORT_ORDER, TERM.NAME))
                .convertFrom(r -> r.map(t -> new TermRef(t.value1(), t.value2())));
        return dsl.select(INTERVIEW_INTERFACE.ID, INTERVIEW_INTERFACE.PARTNER_UNIT_ID, ORG_UNIT.CODE, ORG_UNIT.NAME,
                        terms, INTERVIEW_INTERFACE.NOTE)
                .from(INTERVIEW_INTERFACE).join(ORG_UNIT).on(ORG_UNIT.ID.eq(INTERVIEW_INTERFACE.PARTNER_UNIT_ID))
                .where(INTERVIEW_INTERFACE.INTERVIEW_ID.eq(Math.toIntExact(interviewId)))
                .orderBy(INTERVIEW_INTERFACE.POSITION, INTERVIEW_INTERFACE.ID)
                .fetch(r -> new InterfaceLink(r.value1(), r.value2(), r.value3() + " " + r.value4(), r.value5(),
                        r.value6()));
    }

    public Optional<Owned> interfaceOwner(long interfaceId) {
        return dsl.select(INTERVIEW.ID, INTERVIEW.UNIT_ID).from(INTERVIEW_INTERFACE)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(INTERVIEW_INTERFACE.INTERVIEW_ID))
                .where(INTERVIEW_INTERFACE.ID.eq(Math.toIntExact(interfaceId)))
                .fetchOptional(r -> new Owned(r.value1(), r.value2()));
    }

    public boolean hasInterface(long interviewId, long partnerUnitId) {
        return dsl.fetchExists(INTERVIEW_INTERFACE, INTERVIEW_INTERFACE.INTERVIEW_ID.eq(Math.toIntExact(interviewId))
                .and(INTERVIEW_INTERFACE.PARTNER_UNIT_ID.eq(Math.toIntExact(partnerUnitId))));
    }

    public long insertInterface(long interviewId, long partnerUnitId) {
        int position = dsl.fetchCount(INTERVIEW_INTERFACE,
                INTERVIEW_INTERFACE.INTERVIEW_ID.eq(Math.toIntExact(interviewId)));
        return dsl.insertInto(INTERVIEW_INTERFACE)
                .set(INTERVIEW_INTERFACE.INTERVIEW_ID, Math.toIntExact(interviewId))
                .set(INTERVIEW_INTERFACE.PARTNER_UNIT_ID, Math.toIntExact(partnerUnitId))
                .set(INTERVIEW_INTERFACE.POSITION, position)
                .returning(INTERVIEW_INTERFACE.ID)
                .fetchSingle(INTERVIEW_INTERFACE.ID)
                .longValue();
    }

    public void replaceInterfaceTerms(long interfaceId, Set<Long> termIds) {
        dsl.deleteFrom(INTERVIEW_INTERFACE_TERM)
                .where(INTERVIEW_INTERFACE_TERM.INTERFACE_ID.eq(Math.toIntExact(interfaceId))).execute();
        for (Long termId : termIds) {
            dsl.insertInto(INTERVIEW_INTERFACE_TERM)
                    .set(INTERVIEW_INTERFACE_TERM.INTERFACE_ID, Math.toIntExact(interfaceId))
                    .set(INTERVIEW_INTERFACE_TERM.TERM_ID, Math.toIntExact(termId))
                    .execute();
        }
    }

    public void updateInterfaceNote(long interfaceId, @Nullable String note) {
        dsl.update(INTERVIEW_INTERFACE).set(INTERVIEW_INTERFACE.NOTE, note)
                .where(INTERVIEW_INTERFACE.ID.eq(Math.toIntExact(interfaceId))).execute();
    }

    public void deleteInterface(long interfaceId) {
        dsl.deleteFrom(INTERVIEW_INTERFACE).where(INTERVIEW_INTERFACE.ID.eq(Math.toIntExact(interfaceId))).execute();
    }

    // --- Bedarfe und Anregungen

    public List<SectionItem> needs(long interviewId) {
        return dsl.selectFrom(INTERVIEW_NEED)
                .where(INTERVIEW_NEED.INTERVIEW_ID.eq(Math.toIntExact(interviewId)))
                .orderBy(INTERVIEW_NEED.POSITION, INTERVIEW_NEED.ID)
                .fetch(r -> new SectionItem(r.getId(), r.getDepth(), r.getText(), List.of()));
    }

    public List<BulletOrder.Row> needRows(long interviewId) {
        return needs(interviewId).stream().map(i -> new BulletOrder.Row(i.id(), i.level())).toList();
    }

    public Optional<Owned> needOwner(long needId) {
        return dsl.select(INTERVIEW.ID, INTERVIEW.UNIT_ID).from(INTERVIEW_NEED)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(INTERVIEW_NEED.INTERVIEW_ID))
                .where(INTERVIEW_NEED.ID.eq(Math.toIntExact(needId)))
                .fetchOptional(r -> new Owned(r.value1(), r.value2()));
    }

    public Optional<SectionItem> need(long needId) {
        return dsl.selectFrom(INTERVIEW_NEED).where(INTERVIEW_NEED.ID.eq(Math.toIntExact(needId)))
                .fetchOptional(r -> new SectionItem(r.getId(), r.getDepth(), r.getText(), List.of()));
    }

    public long insertNeed(long interviewId, int index, int depth, String text) {
        List<BulletOrder.Row> rows = new ArrayList<>(needRows(interviewId));
        long id = dsl.insertInto(INTERVIEW_NEED)
                .set(INTERVIEW_NEED.INTERVIEW_ID, Math.toIntExact(interviewId))
                .set(INTERVIEW_NEED.POSITION, index)
                .set(INTERVIEW_NEED.DEPTH, depth)
                .set(INTERVIEW_NEED.TEXT, text)
                .returning(INTERVIEW_NEED.ID)
                .fetchSingle(INTERVIEW_NEED.ID)
                .longValue();
        rows.add(index, new BulletOrder.Row(id, depth));
        writeNeedOrder(rows);
        return id;
    }

    public void updateNeedText(long needId, String text) {
        dsl.update(INTERVIEW_NEED).set(INTERVIEW_NEED.TEXT, text).where(INTERVIEW_NEED.ID.eq(Math.toIntExact(needId)))
                .execute();
    }

    public void writeNeedOrder(List<BulletOrder.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            dsl.update(INTERVIEW_NEED).set(INTERVIEW_NEED.POSITION, i).set(INTERVIEW_NEED.DEPTH, rows.get(i).depth())
                    .where(INTERVIEW_NEED.ID.eq(Math.toIntExact(rows.get(i).id()))).execute();
        }
    }

    public void deleteNeed(long needId) {
        dsl.deleteFrom(INTERVIEW_NEED).where(INTERVIEW_NEED.ID.eq(Math.toIntExact(needId))).execute();
    }

    private static Interview toInterview(Record r) {
        String date = r.get(INTERVIEW.INTERVIEW_DATE);
        String step = r.get(INTERVIEW.CURRENT_STEP);
        Integer profile = r.get(INTERVIEW.CURRENT_PROFILE_ID);
        return new Interview(r.get(INTERVIEW.ID), r.get(INTERVIEW.ROUND_ID), r.get(INTERVIEW.UNIT_ID),
                r.get(ACCOUNT.DISPLAY_NAME), date == null ? null : LocalDate.parse(date), r.get(INTERVIEW.PLACE),
                r.get(INTERVIEW.NOTES), InterviewStatus.valueOf(r.get(INTERVIEW.STATUS)),
                step == null ? null : InterviewStep.valueOf(step), profile == null ? null : profile.longValue());
    }
}
