package de.querschnitt.profile;

import de.querschnitt.common.EditConflict;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.repository.ProfileRepository;
import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Revision;
import de.querschnitt.audit.Target;
import de.querschnitt.profile.repository.SectionRepository;
import de.querschnitt.profile.repository.SectionRepository.ProfileOwner;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.survey.SurveyRoundService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles of planning documents. Every read goes through a query that only returns what the asking
 * person may see (own unit for departments, closed profiles for readers): an id outside that scope is
 * answered exactly like an id that does not exist.
 */
@Service
public class ProfileService {

    private final ProfileRepository profiles;
    private final SectionRepository sections;
    private final AuditTrail revisions;
    private final SectionValidator sectionValidator;
    private final Owners owners;
    private final UnitService units;
    private final SurveyRoundService rounds;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final Clock clock;
    private final LiveEdits live;

    ProfileService(ProfileRepository profiles, SectionRepository sections, AuditTrail revisions,
            SectionValidator sectionValidator, Owners owners, UnitService units, SurveyRoundService rounds,
            CurrentUser currentUser, Validation validation, Clock clock, LiveEdits live) {
        this.live = live;
        this.profiles = profiles;
        this.sections = sections;
        this.revisions = revisions;
        this.sectionValidator = sectionValidator;
        this.owners = owners;
        this.units = units;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public long create(long roundId, long unitId, ProfileData data, List<SectionData> sectionData) {
        Actor actor = currentUser.require();
        validation.check(data);
        sectionValidator.check(sectionData);
        owners.requireRoundAndUnit(roundId, unitId);
        Instant now = clock.instant();
        long id = profiles.insert(roundId, unitId, data, now);
        sectionData.forEach(section -> sections.insert(new ProfileOwner(id), section));
        revisions.record(actor, now, new Target("PROFILE", id, id, unitId), "created", null, data.title().trim());
        live.publish(LiveEdits.unitTopic(unitId), actor.username(), actor.displayName());
        return id;
    }

    /**
     * Saves the master data of a profile, one revision per changed field.
     *
     * @throws UserError if the profile changed since {@code expectedVersion} was read, or is closed
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public int updateData(long profileId, int expectedVersion, ProfileData data) {
        Actor actor = currentUser.require();
        validation.check(data);
        Profile current = profiles.findById(profileId, actor).orElseThrow(() -> new UserError("profile.error.not-found"));
        current.status().requireEditableBy(actor.role());
        Instant now = clock.instant();
        if (!profiles.update(profileId, expectedVersion, data, now)) {
            throw new UserError("profile.error.conflict");
        }
        var target = new Target("PROFILE", profileId, profileId, current.unitId());
        ProfileData old = current.data();
        record(actor, now, target, "title", old, data, ProfileData::title);
        record(actor, now, target, "documentTitle", old, data, ProfileData::documentTitle);
        record(actor, now, target, "kind", old, data, ProfileData::kind);
        record(actor, now, target, "planningLevel", old, data, ProfileData::planningLevel);
        record(actor, now, target, "period.from", old, data, d -> d.period().from());
        record(actor, now, target, "period.to", old, data, d -> d.period().to());
        record(actor, now, target, "period.cycle", old, data, d -> d.period().cycle());
        record(actor, now, target, "period.state", old, data, d -> d.period().state());
        record(actor, now, target, "period.note", old, data, d -> d.period().note());
        live.publish(LiveEdits.unitTopic(current.unitId()), actor.username(), actor.displayName());
        return expectedVersion + 1;
    }

    /**
     * Saves one field, as a form does while the person types. Writes only if the stored value is still
     * {@code expected} (what the person's screen showed before the edit); a different stored value means
     * somebody else changed the field meanwhile, and nothing is written.
     *
     * @return the saved value, normalised (trimmed, {@code null} for empty)
     * @throws EditConflict if the field was changed by somebody else since {@code expected} was read
     * @throws UserError if the value is invalid or the profile is closed; nothing is written
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public @Nullable String updateField(long profileId, ProfileField field, @Nullable String expected,
            @Nullable String value) {
        Actor actor = currentUser.require();
        for (int attempt = 0; ; attempt++) {
            Profile current = editable(profileId, actor);
            String stored = field.text(current.data());
            String wanted = ProfileField.normalize(value);
            if (Objects.equals(stored, wanted)) {
                return stored;
            }
            if (!Objects.equals(stored, ProfileField.normalize(expected))) {
                throw new EditConflict(stored, revisions.lastChangedBy("PROFILE", profileId, field.key()));
            }
            ProfileData updated = field.with(current.data(), wanted);
            validation.check(updated);
            Instant now = clock.instant();
            if (profiles.update(profileId, current.version(), updated, now)) {
                var target = new Target("PROFILE", profileId, profileId, current.unitId());
                revisions.record(actor, now, target, field.key(), stored, field.text(updated));
                live.publish(LiveEdits.unitTopic(current.unitId()), actor.username(), actor.displayName());
                return field.text(updated);
            }
            if (attempt == 2) {
                throw new UserError("profile.error.conflict");
            }
        }
    }

    private Profile editable(long profileId, Actor actor) {
        Profile current = profiles.findById(profileId, actor)
                .orElseThrow(() -> new UserError("profile.error.not-found"));
        current.status().requireEditableBy(actor.role());
        return current;
    }

    /** The profile's master data as stored now, for a form; empty if the person may not see it. */
    @Transactional(readOnly = true)
    public Optional<Profile> find(long profileId) {
        return profiles.findById(profileId, currentUser.require());
    }

    private void record(Actor actor, Instant now, Target target, String field, ProfileData old, ProfileData updated,
            Function<ProfileData, ?> value) {
        String before = text(value.apply(old));
        String after = text(value.apply(updated));
        if (!Objects.equals(before, after)) {
            revisions.record(actor, now, target, field, before, after);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    @Transactional(readOnly = true)
    public Optional<ProfileCard> findCard(long profileId) {
        Actor actor = currentUser.require();
        return profiles.findById(profileId, actor).flatMap(profile -> units.find(profile.unitId()).map(unit ->
                new ProfileCard(profile, unit, rounds.find(profile.roundId()).orElseThrow().name(),
                        sections.find(new ProfileOwner(profileId)))));
    }

    @Transactional(readOnly = true)
    public List<ProfileSummary> findByUnit(long roundId, long unitId) {
        return profiles.findSummaries(roundId, unitId, currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<ProfileSummary> findByRound(long roundId) {
        return profiles.findSummaries(roundId, null, currentUser.require());
    }

    /**
     * The change history of a profile, newest first; empty for a profile the person may not see. Not for
     * readers: it holds who changed what and the review's questions, internal to the administration.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public List<Revision> history(long profileId) {
        return profiles.findById(profileId, currentUser.require())
                .map(p -> revisions.byProfile(profileId))
                .orElse(List.of());
    }

    /**
     * Replaces all sections of a profile (the CSV import's way of changing them), with one revision per
     * changed intro, note and item position: field {@code section.<KIND>.intro|note|item<n>}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void replaceSections(long profileId, List<SectionData> sectionData) {
        Actor actor = currentUser.require();
        sectionValidator.check(sectionData);
        Profile current = profiles.findById(profileId, actor).orElseThrow(() -> new UserError("profile.error.not-found"));
        current.status().requireEditableBy(actor.role());
        var owner = new ProfileOwner(profileId);
        List<Section> before = sections.find(owner);
        sections.deleteAll(owner);
        sectionData.forEach(section -> sections.insert(owner, section));
        List<Section> after = sections.find(owner);
        Instant now = clock.instant();
        var target = new Target("PROFILE", profileId, profileId, current.unitId());
        for (SectionKind kind : SectionKind.values()) {
            Optional<Section> old = before.stream().filter(s -> s.kind() == kind).findFirst();
            Optional<Section> updated = after.stream().filter(s -> s.kind() == kind).findFirst();
            String prefix = "section." + kind.name() + ".";
            recordText(actor, now, target, prefix + "intro", old.map(Section::intro).orElse(null),
                    updated.map(Section::intro).orElse(null));
            List<String> oldItems = old.map(ProfileService::itemTexts).orElse(List.of());
            List<String> newItems = updated.map(ProfileService::itemTexts).orElse(List.of());
            for (int i = 0; i < Math.max(oldItems.size(), newItems.size()); i++) {
                recordText(actor, now, target, prefix + "item" + (i + 1), i < oldItems.size() ? oldItems.get(i) : null,
                        i < newItems.size() ? newItems.get(i) : null);
            }
            recordText(actor, now, target, prefix + "note", old.map(Section::note).orElse(null),
                    updated.map(Section::note).orElse(null));
        }
        // open forms of the profile (an import while somebody edits it) show the new sections
        live.publish(LiveEdits.unitTopic(current.unitId()), actor.username(), actor.displayName());
    }

    private void recordText(Actor actor, Instant now, Target target, String field, String before, String after) {
        if (!Objects.equals(text(before), text(after))) {
            revisions.record(actor, now, target, field, text(before), text(after));
        }
    }

    /** Items as the history shows them: sub-items indented, linked terms in brackets. */
    private static List<String> itemTexts(Section section) {
        return section.items().stream().map(item -> (item.level() == 1 ? "  " : "") + item.text().trim()
                + (item.terms().isEmpty() ? "" : " [" + String.join("; ", item.terms().stream().map(TermRef::name)
                .toList()) + "]")).toList();
    }

    /** Every recorded change of every profile and instrument set, oldest first; planning staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<Revision> allRevisions() {
        return revisions.all();
    }
}
