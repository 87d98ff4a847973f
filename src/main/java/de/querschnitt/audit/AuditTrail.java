package de.querschnitt.audit;

import de.querschnitt.audit.repository.RevisionRepository;
import de.querschnitt.security.Actor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the revision trail for the features' services. It checks no permissions: callers
 * have checked that the person may see or change the entity before they record or read its history.
 */
@Component
public class AuditTrail {

    private final RevisionRepository revisions;

    AuditTrail(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    public void record(Actor actor, Instant at, Target target, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        revisions.insert(actor, at, target, field, oldValue, newValue);
    }

    /** Display name (or user name) of whoever last changed the entity's field, or any field if null. */
    public String lastChangedBy(String entity, long entityId, @Nullable String field) {
        return revisions.lastChangedBy(entity, entityId, field);
    }

    /** Everything recorded for a profile, newest first. */
    public List<Revision> byProfile(long profileId) {
        return revisions.findByProfile(profileId);
    }

    /** The whole trail, oldest first. */
    public List<Revision> all() {
        return revisions.findAll();
    }

    /** Everything recorded for one entity (e.g. a vocabulary term), newest first. */
    public List<Revision> byEntity(String entity, long entityId) {
        return revisions.findByEntity(entity, entityId);
    }

    /**
     * Like {@link #lastChangedBy(String, long, String)}, but only from changes the person may see: for a
     * department, changes within its own unit. For an entity of another unit it answers like for an entity
     * that never existed, so a conflict message names nobody of that unit.
     */
    public String lastChangedBy(String entity, long entityId, @Nullable String field, Actor actor) {
        return revisions.lastChangedBy(entity, entityId, field, actor);
    }
}
