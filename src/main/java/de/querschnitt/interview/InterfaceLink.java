package de.querschnitt.interview;

import de.querschnitt.profile.TermRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A Schnittstelle: another unit the interviewed unit works with, the themes, and a remark. */
public record InterfaceLink(long id, long partnerUnitId, String partnerLabel, List<TermRef> terms,
        @Nullable String note) {
}
