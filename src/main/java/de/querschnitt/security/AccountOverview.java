package de.querschnitt.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as the planner's list shows it.
 *
 * @param unitLabel the label of the unit a department account is bound to
 * @param linkValidUntil when the open invitation link expires ({@link AccountState#INVITED} only)
 */
public record AccountOverview(Account account, @Nullable String unitLabel, AccountState state,
        @Nullable Instant linkValidUntil) {

    /** Whether the planner can hand out a (new) invitation link: the person has not set a password yet. */
    public boolean canBeInvited() {
        return state == AccountState.INVITED || state == AccountState.LINK_EXPIRED
                || state == AccountState.NOT_INVITED;
    }
}
