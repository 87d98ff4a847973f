package de.querschnitt.vocabulary;

import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Target;
import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.vocabulary.repository.TermRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The theme and Raumbezug vocabularies, kept by the planner. */
@Service
public class VocabularyService {

    private final TermRepository terms;
    private final Validation validation;

    private final CurrentUser currentUser;
    private final AuditTrail history;
    private final Clock clock;

    VocabularyService(TermRepository terms, Validation validation, CurrentUser currentUser,
            AuditTrail history, Clock clock) {
        this.terms = terms;
        this.validation = validation;
        this.currentUser = currentUser;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(TermData data) {
        validation.check(data);
        if (terms.nameTaken(data.vocabulary(), data.name())) {
            throw new UserError("term.error.name-taken", data.name().trim());
        }
        for (String synonym : data.synonyms()) {
            if (terms.nameTaken(data.vocabulary(), synonym) || synonym.trim().equalsIgnoreCase(data.name().trim())) {
                throw new UserError("term.error.synonym-taken", synonym.trim());
            }
        }
        return terms.insert(data, terms.count(data.vocabulary()));
    }

    /** The accepted terms in the planner's order; every logged-in role may read the vocabulary. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Term> findAll(Vocabulary vocabulary) {
        return terms.findAccepted(vocabulary);
    }

    /**
     * Suggests a new term ("neuen Begriff vorschlagen" in the interview): it waits as PROPOSED until the planner
     * accepts it or merges it into an existing term. Proposing a name that is already proposed returns that
     * proposal, so two people suggesting the same word get one term.
     *
     * @return the id of the proposed term
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public long propose(Vocabulary vocabulary, String name) {
        validation.check(new Proposal(vocabulary, name));
        String trimmed = name.trim();
        Optional<Long> proposed = terms.findProposed(vocabulary, trimmed);
        if (proposed.isPresent()) {
            return proposed.get();
        }
        if (terms.nameTaken(vocabulary, trimmed)) {
            throw new UserError("term.error.name-taken", trimmed);
        }
        Actor actor = currentUser.require();
        // the system identity is no account row
        Long proposedBy = actor.equals(Actor.SYSTEM) ? null : actor.accountId();
        return terms.insertProposal(vocabulary, trimmed, proposedBy, terms.count(vocabulary));
    }

    /** What {@link #propose} checks with Bean Validation. */
    record Proposal(@NotNull Vocabulary vocabulary, @NotBlank @Size(max = 200) String name) {
    }

    /**
     * The terms a picker offers: every accepted term, then the proposals still waiting ({@link Term#isProposed()}).
     * Everyone who may propose sees all waiting proposals, not only their own: {@link #propose} hands out the
     * existing proposal when a second person suggests the same word, and that person's picker must offer it.
     * A proposal is a word of the vocabulary, not a unit's data. Readers get the accepted terms only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Term> findSelectable(Vocabulary vocabulary) {
        if (currentUser.require().role() == Role.READER) {
            return terms.findAccepted(vocabulary);
        }
        return terms.findSelectable(vocabulary);
    }

    /** The planner's view of a vocabulary: accepted terms, then the proposals waiting for a decision. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<ManagedTerm> findManaged(Vocabulary vocabulary) {
        return terms.findManaged(vocabulary);
    }

    /** How many proposals of the vocabulary wait for the planner. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public int countProposed(Vocabulary vocabulary) {
        return terms.countProposed(vocabulary);
    }

    /**
     * Renames a term and sets its description and synonyms. Every changed field is recorded; the links stay with
     * the term, so profiles and matrix show the new name at once.
     *
     * @return the new version
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public int update(long termId, int version, TermEdit edit) {
        validation.check(edit);
        ManagedTerm current = requireLive(termId);
        Term term = current.term();
        if (current.version() != version) {
            throw new UserError("term.error.conflict", term.name());
        }
        String name = edit.name().trim();
        if (terms.nameTakenByOther(term.vocabulary(), name, termId)) {
            throw new UserError("term.error.name-taken", name);
        }
        List<String> synonyms = cleanSynonyms(edit.synonyms(), name);
        for (String synonym : synonyms) {
            if (terms.synonymTakenByOther(term.vocabulary(), synonym, termId)) {
                throw new UserError("term.error.synonym-taken", synonym);
            }
        }
        String description = edit.description() == null || edit.description().isBlank() ? null
                : edit.description().strip();
        if (!terms.update(termId, version, new TermEdit(name, description, synonyms))) {
            throw new UserError("term.error.conflict", term.name());
        }
        Actor actor = currentUser.require();
        Instant now = clock.instant();
        record(actor, now, termId, "name", term.name(), name);
        record(actor, now, termId, "description", term.description(), description);
        record(actor, now, termId, "synonyms", String.join(", ", term.synonyms()),
                String.join(", ", synonyms.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        return version + 1;
    }

    /** Takes a proposed term into the vocabulary as it is. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void accept(long termId, int version) {
        ManagedTerm current = requireLive(termId);
        if (!current.term().isProposed()) {
            throw new UserError("term.error.not-proposed", current.name());
        }
        if (!terms.setStatus(termId, version, TermStatus.PROPOSED, TermStatus.ACCEPTED, null)) {
            throw new UserError("term.error.conflict", current.name());
        }
        record(currentUser.require(), clock.instant(), termId, "status", TermStatus.PROPOSED.name(),
                TermStatus.ACCEPTED.name());
    }

    /**
     * Merges a synonym (or a proposal) into the term that stays: every item linked to {@code sourceId} is linked to
     * {@code targetId} instead, a recorded core theme moves along, the source's name and synonyms become synonyms of
     * the target, and the source is kept as MERGED (no longer offered) so the history can still name it. Both
     * versions are checked, so a merge never acts on a term someone else has just changed.
     *
     * @return the number of items whose link moved
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public int merge(long sourceId, int sourceVersion, long targetId, int targetVersion) {
        ManagedTerm source = requireLive(sourceId);
        ManagedTerm target = requireLive(targetId);
        if (sourceId == targetId) {
            throw new UserError("term.error.merge-self", source.name());
        }
        if (source.term().vocabulary() != target.term().vocabulary()) {
            throw new UserError("term.error.merge-vocabulary", source.name(), target.name());
        }
        if (target.term().isProposed()) {
            throw new UserError("term.error.merge-into-proposed", target.name());
        }
        // checked before anything is written, so a refused merge leaves both terms as they were; the conditional
        // updates below still guard against a change that slips in between (the exception then rolls back)
        if (source.version() != sourceVersion || target.version() != targetVersion
                || !terms.setStatus(sourceId, sourceVersion, source.term().status(), TermStatus.MERGED, targetId)
                || !terms.bumpVersion(targetId, targetVersion)) {
            throw new UserError("term.error.conflict", source.name() + " / " + target.name());
        }
        int moved = terms.moveReferences(sourceId, targetId);
        terms.addSynonyms(targetId, List.of(source.name()));
        Actor actor = currentUser.require();
        Instant now = clock.instant();
        record(actor, now, sourceId, "mergedInto", null, target.name());
        record(actor, now, targetId, "merged", null, source.name());
        return moved;
    }

    /** What happened to a term, newest first: renames, descriptions, synonyms, acceptance and merges. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<TermRevision> history(long termId) {
        return history.byEntity("TERM", termId).stream()
                .map(r -> new TermRevision(r.changedAt(), r.username(), r.role(), r.field(), r.oldValue(), r.newValue()))
                .toList();
    }

    private ManagedTerm requireLive(long termId) {
        return terms.find(termId).filter(t -> t.term().status() != TermStatus.MERGED)
                .orElseThrow(() -> new UserError("term.error.not-found"));
    }

    /** Trimmed, without duplicates (ignoring case) and without the term's own name. */
    private static List<String> cleanSynonyms(List<String> synonyms, String name) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String synonym : synonyms) {
            String trimmed = synonym.trim();
            if (!trimmed.equalsIgnoreCase(name)) {
                unique.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        return List.copyOf(unique.values());
    }

    private void record(Actor actor, Instant at, long termId, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        if (!java.util.Objects.equals(oldValue, newValue)) {
            history.record(actor, at, new Target("TERM", termId, null, null), field, oldValue, newValue);
        }
    }
}
