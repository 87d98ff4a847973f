package de.querschnitt.profile;

import de.querschnitt.common.BulletOrder;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.StorableText;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.profile.repository.InstrumentSetRepository;
import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Target;
import de.querschnitt.profile.repository.SectionRepository;
import de.querschnitt.profile.repository.SectionRepository.InstrumentSetOwner;
import de.querschnitt.profile.repository.SectionRepository.ItemHead;
import de.querschnitt.profile.repository.SectionRepository.Owner;
import de.querschnitt.profile.repository.SectionRepository.ProfileOwner;
import de.querschnitt.profile.repository.ProfileRepository;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.VocabularyService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits the grid sections of a profile or of a unit's instruments one change at a time, as the
 * questionnaire saves while the person types: texts with a check that nobody changed them meanwhile, bullet
 * items added, edited, moved, indented and removed. Every change writes one revision and tells the other
 * open screens of the unit.
 */
@Service
public class SectionService {

    static final int MAX_ITEM_LENGTH = 5000;
    static final int MAX_ITEMS = 200;

    private final SectionRepository sections;
    private final ProfileRepository profiles;
    private final InstrumentSetRepository sets;
    private final AuditTrail revisions;
    private final Owners owners;
    private final VocabularyService vocabulary;
    private final CurrentUser currentUser;
    private final LiveEdits live;
    private final Clock clock;

    SectionService(SectionRepository sections, ProfileRepository profiles, InstrumentSetRepository sets,
            AuditTrail revisions, Owners owners, VocabularyService vocabulary, CurrentUser currentUser,
            LiveEdits live, Clock clock) {
        this.sections = sections;
        this.profiles = profiles;
        this.sets = sets;
        this.revisions = revisions;
        this.owners = owners;
        this.vocabulary = vocabulary;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /** The owner's sections as stored now; empty if there are none or the person may not see them. */
    @Transactional(readOnly = true)
    public List<Section> sections(SectionOwner owner) {
        Actor actor = currentUser.require();
        return switch (owner) {
            case SectionOwner.OfProfile p -> profiles.findById(p.profileId(), actor)
                    .map(found -> sections.find(new ProfileOwner(p.profileId()))).orElse(List.of());
            case SectionOwner.OfInstruments i -> sets.find(i.roundId(), i.unitId(), actor)
                    .map(found -> sections.find(new InstrumentSetOwner(found.id()))).orElse(List.of());
        };
    }

    /**
     * Saves the lead text or the note of a section if the stored text is still {@code expected}.
     *
     * @return the saved text, trimmed, {@code null} for empty
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public @Nullable String updateText(SectionOwner owner, SectionKind kind, SectionText part,
            @Nullable String expected, @Nullable String value) {
        Actor actor = currentUser.require();
        String wanted = StorableText.require(normalize(value));
        if (wanted != null && wanted.length() > part.maxLength()) {
            throw new UserError("item.error.too-long", wanted.length(), part.maxLength());
        }
        Resolved resolved = resolve(owner, actor, wanted != null);
        if (resolved == null) {
            return null;
        }
        var head = sections.findSection(resolved.owner(), kind);
        String stored = head.map(h -> part == SectionText.INTRO ? h.intro() : h.note()).map(SectionService::normalize)
                .orElse(null);
        if (Objects.equals(stored, wanted)) {
            return stored;
        }
        if (!Objects.equals(stored, normalize(expected))) {
            throw new EditConflict(stored, revisions.lastChangedBy("SECTION", head.orElseThrow().id(), part.key(kind)));
        }
        int sectionId = sections.ensureSection(resolved.owner(), kind);
        if (part == SectionText.INTRO) {
            sections.updateIntro(sectionId, wanted);
        } else {
            sections.updateNote(sectionId, wanted);
        }
        written(actor, resolved, new Target("SECTION", sectionId, resolved.profileId(), resolved.unitId()),
                part.key(kind), stored, wanted);
        return wanted;
    }

    /**
     * Adds a bullet item after {@code afterItemId} (or at the end). Empty items are never saved.
     *
     * @return the new item's id
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public long addItem(SectionOwner owner, SectionKind kind, @Nullable Long afterItemId, int depth, String text) {
        Actor actor = currentUser.require();
        String checked = checkItemText(text);
        Resolved resolved = Objects.requireNonNull(resolve(owner, actor, true));
        int sectionId = sections.ensureSection(resolved.owner(), kind);
        var rows = sections.rows(sectionId);
        if (rows.size() >= MAX_ITEMS) {
            throw new UserError("item.error.too-many", MAX_ITEMS);
        }
        int index = afterItemId == null || rows.stream().noneMatch(r -> r.id() == afterItemId) ? rows.size()
                : BulletOrder.insertIndex(rows, afterItemId);
        long id = sections.insertItem(sectionId, index, BulletOrder.allowedDepth(index, depth), checked, List.of());
        written(actor, resolved, itemTarget(id, resolved), kind.name() + ".item", null, checked);
        return id;
    }

    /**
     * Saves an item's text if the stored text is still {@code expected}.
     *
     * @throws EditConflict if somebody changed or removed the item meanwhile (stored value {@code null})
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public String updateItem(long itemId, @Nullable String expected, String text) {
        Actor actor = currentUser.require();
        String checked = checkItemText(text);
        var found = visibleItem(itemId, actor);
        if (found.isEmpty()) {
            // removed by somebody else meanwhile: the person keeps their text and may add it again. Another
            // unit's item answers exactly the same, naming nobody of that unit.
            throw new EditConflict(null, revisions.lastChangedBy("SECTION_ITEM", itemId, null, actor));
        }
        ItemHead item = found.get();
        Resolved resolved = Objects.requireNonNull(resolveExisting(item.owner(), actor));
        if (item.text().equals(checked)) {
            return checked;
        }
        if (!item.text().equals(normalize(expected))) {
            throw new EditConflict(item.text(), revisions.lastChangedBy("SECTION_ITEM", itemId, item.kind() + ".item"));
        }
        sections.updateItemText(itemId, checked);
        written(actor, resolved, itemTarget(itemId, resolved), item.kind().name() + ".item", item.text(), checked);
        return checked;
    }

    /** Moves an item one step up ({@code -1}) or down ({@code +1}); a top-level item takes its sub-items. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void moveItem(long itemId, int direction) {
        Actor actor = currentUser.require();
        ItemHead item = findItem(itemId, actor);
        Resolved resolved = Objects.requireNonNull(resolveExisting(item.owner(), actor));
        var rows = sections.rows(item.sectionId());
        var moved = BulletOrder.move(rows, itemId, direction);
        if (moved.equals(rows)) {
            return;
        }
        sections.writeOrder(moved);
        written(actor, resolved, itemTarget(itemId, resolved), item.kind().name() + ".item.position",
                String.valueOf(BulletOrder.indexOf(rows, itemId) + 1),
                String.valueOf(BulletOrder.indexOf(moved, itemId) + 1));
    }

    /** Makes an item a sub-item (depth 1) or a top-level item (depth 0). The first item stays top-level. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void setItemDepth(long itemId, int depth) {
        Actor actor = currentUser.require();
        ItemHead item = findItem(itemId, actor);
        Resolved resolved = Objects.requireNonNull(resolveExisting(item.owner(), actor));
        if (depth < 0 || depth > 1) {
            throw new UserError("item.error.depth");
        }
        if (item.depth() == depth) {
            return;
        }
        var rows = sections.rows(item.sectionId());
        if (depth == 1 && !BulletOrder.canIndent(rows, itemId)) {
            throw new UserError("section.items.first-level");
        }
        sections.writeOrder(rows.stream().map(r -> r.id() == itemId ? new BulletOrder.Row(r.id(), depth) : r).toList());
        written(actor, resolved, itemTarget(itemId, resolved), item.kind().name() + ".item.level",
                String.valueOf(item.depth()), String.valueOf(depth));
    }

    /** Removes an item; its text stays in the revision trail. Removing a removed item changes nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void removeItem(long itemId) {
        Actor actor = currentUser.require();
        var found = visibleItem(itemId, actor);
        if (found.isEmpty()) {
            // already removed, or another unit's item: both change nothing and answer nothing
            return;
        }
        ItemHead item = found.get();
        Resolved resolved = Objects.requireNonNull(resolveExisting(item.owner(), actor));
        var rows = sections.rows(item.sectionId());
        var remaining = BulletOrder.remove(rows, itemId);
        sections.deleteItem(itemId);
        sections.writeOrder(remaining);
        written(actor, resolved, itemTarget(itemId, resolved), item.kind().name() + ".item", item.text(), null);
    }

    /** Links a vocabulary term to the section: as an item named after the term, unless an item links it. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void addTerm(SectionOwner owner, SectionKind kind, long termId) {
        Actor actor = currentUser.require();
        Term term = term(kind, termId);
        Resolved resolved = Objects.requireNonNull(resolve(owner, actor, true));
        int sectionId = sections.ensureSection(resolved.owner(), kind);
        if (!sections.itemsLinking(sectionId, termId).isEmpty()) {
            return;
        }
        var rows = sections.rows(sectionId);
        long itemId = sections.insertItem(sectionId, rows.size(), 0, term.name(), List.of(termId));
        written(actor, resolved, itemTarget(itemId, resolved), kind.name() + ".term", null, term.name());
    }

    /** Unlinks a term from every item of the section; an item that only named the term goes with it. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void removeTerm(SectionOwner owner, SectionKind kind, long termId) {
        Actor actor = currentUser.require();
        Resolved resolved = resolve(owner, actor, false);
        if (resolved == null) {
            return;
        }
        var head = sections.findSection(resolved.owner(), kind);
        if (head.isEmpty()) {
            return;
        }
        int sectionId = head.get().id();
        var linked = sections.itemsLinking(sectionId, termId);
        if (linked.isEmpty()) {
            return;
        }
        String name = term(kind, termId).name();
        for (var item : linked) {
            if (item.termCount() == 1 && item.text().trim().equalsIgnoreCase(name)) {
                var remaining = BulletOrder.remove(sections.rows(sectionId), item.id());
                sections.deleteItem(item.id());
                sections.writeOrder(remaining);
            } else {
                sections.unlinkTerm(item.id(), termId);
            }
        }
        written(actor, resolved, itemTarget(linked.getFirst().id(), resolved), kind.name() + ".term", name, null);
    }

    private Term term(SectionKind kind, long termId) {
        var vocabularyOfKind = kind.vocabulary().orElseThrow(() -> new UserError("section.error.unknown-term",
                kind.name()));
        return vocabulary.findSelectable(vocabularyOfKind).stream().filter(t -> t.id() == termId).findFirst()
                .orElseThrow(() -> new UserError("section.error.unknown-term", kind.name()));
    }

    private ItemHead findItem(long itemId, Actor actor) {
        return visibleItem(itemId, actor).orElseThrow(() -> new UserError("item.error.removed"));
    }

    /**
     * The item if it exists and the person may see its profile or instruments. Another unit's item is simply
     * not there: every caller answers for it exactly as for a removed item, so no answer tells them apart.
     */
    private java.util.Optional<ItemHead> visibleItem(long itemId, Actor actor) {
        return sections.findItem(itemId).filter(item -> resolveExisting(item.owner(), actor) != null);
    }

    private static String checkItemText(@Nullable String text) {
        String checked = StorableText.require(normalize(text));
        if (checked == null) {
            throw new UserError("item.error.empty");
        }
        if (checked.length() > MAX_ITEM_LENGTH) {
            throw new UserError("item.error.too-long", checked.length(), MAX_ITEM_LENGTH);
        }
        return checked;
    }

    private record Resolved(Owner owner, long unitId, @Nullable Long profileId) {
    }

    /** The owner as the person may edit it; null if it does not exist yet and {@code create} is false. */
    private @Nullable Resolved resolve(SectionOwner owner, Actor actor, boolean create) {
        return switch (owner) {
            case SectionOwner.OfProfile p -> resolveExisting(new ProfileOwner(p.profileId()), actor, true);
            case SectionOwner.OfInstruments i -> {
                var set = sets.find(i.roundId(), i.unitId(), actor);
                if (set.isPresent()) {
                    yield resolveExisting(new InstrumentSetOwner(set.get().id()), actor, true);
                }
                if (!create) {
                    owners.requireRoundAndUnit(i.roundId(), i.unitId());
                    yield null;
                }
                if (actor.role() == de.querschnitt.security.Role.DEPARTMENT) {
                    throw new UserError("instruments.error.not-found");
                }
                owners.requireRoundAndUnit(i.roundId(), i.unitId());
                long id = sets.insert(i.roundId(), i.unitId());
                revisions.record(actor, clock.instant(), new Target("INSTRUMENT_SET", id, null, i.unitId()), "created",
                        null, null);
                yield new Resolved(new InstrumentSetOwner(id), i.unitId(), null);
            }
        };
    }

    private @Nullable Resolved resolveExisting(Owner owner, Actor actor) {
        return resolveExisting(owner, actor, false);
    }

    private @Nullable Resolved resolveExisting(Owner owner, Actor actor, boolean required) {
        Resolved resolved = switch (owner) {
            case ProfileOwner p -> profiles.findById(p.id(), actor).map(found -> {
                found.status().requireEditableBy(actor.role());
                return new Resolved(owner, found.unitId(), found.id());
            }).orElse(null);
            case InstrumentSetOwner s -> sets.findById(s.id(), actor).map(found -> {
                found.status().requireEditableBy(actor.role());
                return new Resolved(owner, found.unitId(), null);
            }).orElse(null);
        };
        if (resolved == null && required) {
            throw new UserError(owner instanceof ProfileOwner ? "profile.error.not-found"
                    : "instruments.error.not-found");
        }
        return resolved;
    }

    private static Target itemTarget(long itemId, Resolved resolved) {
        return new Target("SECTION_ITEM", itemId, resolved.profileId(), resolved.unitId());
    }

    private void written(Actor actor, Resolved resolved, Target target, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        Instant now = clock.instant();
        revisions.record(actor, now, target, field, oldValue, newValue);
        live.publish(LiveEdits.unitTopic(resolved.unitId()), actor.username(), actor.displayName());
    }

    private static @Nullable String normalize(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
