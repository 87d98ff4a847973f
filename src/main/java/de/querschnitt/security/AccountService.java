package de.querschnitt.security;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.security.repository.AccountRepository;
import de.querschnitt.security.repository.InvitationRepository;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and the lookup Spring Security authenticates against. */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 4;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Validation validation;
    private final Clock clock;
    private final InvitationRepository invitations;
    // looked up when used: the organisation feature's implementation needs beans that need this service
    private final ObjectProvider<UnitDirectory> unitDirectory;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final LoginThrottle throttle;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Validation validation, Clock clock,
            InvitationRepository invitations, ObjectProvider<UnitDirectory> unitDirectory, CurrentUser currentUser,
            AccountSessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validation = validation;
        this.clock = clock;
        this.invitations = invitations;
        this.unitDirectory = unitDirectory;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /**
     * Creates an account. Without a password the account cannot log in yet (it will get an invitation).
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(AccountData data, @Nullable String rawPassword) {
        validation.check(data);
        if (data.role() == Role.DEPARTMENT && data.unitId() == null) {
            throw new UserError("account.error.unit-required");
        }
        if ((data.role() == Role.DEPARTMENT) != (data.unitId() != null)) {
            throw new UserError("account.error.unit-binding");
        }
        if (data.unitId() != null && unitDirectory.getObject().find(data.unitId()).isEmpty()) {
            throw new UserError("account.error.unknown-unit");
        }
        if (accounts.existsByUsername(data.username())) {
            throw new UserError("account.error.username-taken", data.username());
        }
        if (rawPassword != null && rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("account.error.password-short", MIN_PASSWORD_LENGTH);
        }
        if (rawPassword != null && !SecurityConfig.fitsBcrypt(rawPassword)) {
            throw new UserError("password.error.long", SecurityConfig.MAX_PASSWORD_BYTES);
        }
        String hash = rawPassword == null ? null : passwordEncoder.encode(rawPassword);
        return accounts.insert(data.username().trim(), data.displayName().trim(), data.role(), data.unitId(), hash,
                clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<Account> findAll() {
        return accounts.findAll();
    }

    /** Whether any account exists; start-up code asks this before loading demo data. */
    @Transactional(readOnly = true)
    public boolean anyExists() {
        return accounts.count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var credentials = accounts.findCredentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var account = credentials.account();
        var actor = new Actor(account.id(), account.username(), account.displayName(), account.role(),
                account.unitId());
        return new QuerschnittUser(actor, credentials.passwordHash(), account.enabled());
    }

    /**
     * The accounts with their state for the planner's list, optionally only those bound to one unit; ordered by
     * display name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<AccountOverview> overview(@Nullable Long unitId) {
        Instant now = clock.instant();
        Set<Long> withPassword = accounts.idsWithPassword();
        Map<Long, Instant> linkExpiry = invitations.latestUnusedExpiry();
        Map<Long, String> unitLabels = unitDirectory.getObject().units().stream()
                .collect(Collectors.toMap(UnitDirectory.UnitRef::id, UnitDirectory.UnitRef::label, (a, b) -> a));
        return accounts.findAll().stream()
                .filter(a -> unitId == null || unitId.equals(a.unitId()))
                .map(a -> {
                    Instant expiry = linkExpiry.get(a.id());
                    AccountState state;
                    if (!a.enabled()) {
                        state = AccountState.DISABLED;
                    } else if (withPassword.contains(a.id())) {
                        state = AccountState.ACTIVE;
                    } else if (expiry == null) {
                        state = AccountState.NOT_INVITED;
                    } else {
                        state = now.isBefore(expiry) ? AccountState.INVITED : AccountState.LINK_EXPIRED;
                    }
                    return new AccountOverview(a, a.unitId() == null ? null : unitLabels.get(a.unitId()), state,
                            state == AccountState.INVITED ? expiry : null);
                })
                .sorted(Comparator.comparing((AccountOverview o) -> o.account().displayName(),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * A free user name made from a person's name: "Jörg Müller-Weiß" becomes "joerg.mueller-weiss", or
     * "joerg.mueller-weiss2" if that is taken. Empty if the name has no usable letters.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public String suggestUsername(@Nullable String displayName) {
        String base = usernameFrom(displayName == null ? "" : displayName);
        if (base.isEmpty()) {
            return "";
        }
        Set<String> taken = accounts.findAll().stream().map(a -> a.username().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Function<Integer, String> candidate = n -> {
            String suffix = n == 1 ? "" : Integer.toString(n);
            return base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
        };
        int n = 1;
        while (taken.contains(candidate.apply(n))) {
            n++;
        }
        return candidate.apply(n);
    }

    static String usernameFrom(String name) {
        String german = name.trim().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = ascii.replaceAll("\\s+", ".").replaceAll("[^a-z0-9._-]", "")
                .replaceAll("\\.{2,}", ".").replaceAll("^[._-]+|[._-]+$", "");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }

    // ------------------------------------------------------------------------------------------------------
    // Security hardening: changing one's password, switching accounts off and on
    // ------------------------------------------------------------------------------------------------------

    /**
     * Changes the password of the person logged in, with the rules of the invitation (at least
     * {@link InvitationService#MIN_PASSWORD_LENGTH} characters, typed twice). Their other sessions end; the one
     * that asks stays. Wrong current passwords count like failed logins, so this form cannot be used to guess it.
     *
     * @throws UserError if the current password is wrong, the new one too short, not repeated or unchanged
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(@Nullable String currentPassword, @Nullable String newPassword,
            @Nullable String repeated) {
        Actor actor = currentUser.require();
        var credentials = accounts.findCredentials(actor.username())
                .orElseThrow(() -> new UserError("password.error.no-account"));
        var refusal = throttle.check(actor.username(), null);
        if (refusal.isPresent()) {
            throw new UserError("password.error.locked", refusal.get().minutes());
        }
        String hash = credentials.passwordHash();
        if (currentPassword == null || hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            throttle.failed(actor.username(), null);
            throw new UserError("password.error.current-wrong");
        }
        if (newPassword == null || newPassword.length() < InvitationService.MIN_PASSWORD_LENGTH) {
            throw new UserError("invitation.error.password-short", InvitationService.MIN_PASSWORD_LENGTH);
        }
        if (!SecurityConfig.fitsBcrypt(newPassword)) {
            throw new UserError("password.error.long", SecurityConfig.MAX_PASSWORD_BYTES);
        }
        if (!newPassword.equals(repeated)) {
            throw new UserError("invitation.error.password-mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserError("password.error.unchanged");
        }
        if (!accounts.changePassword(credentials.account().id(), passwordEncoder.encode(newPassword))) {
            throw new UserError("password.error.no-account");
        }
        int ended = sessions.end(actor.username(), AccountSessions.currentSessionId(),
                AccountSessions.Reason.PASSWORD_CHANGED);
        AUDIT.info("'{}' changed their password; {} other session(s) ended", actor.username(), ended);
    }

    /**
     * Switches an account off (it cannot log in any more and every session of it ends at once) or on again.
     * Nobody can switch off their own account or the last planner account that is on.
     *
     * @throws UserError if the account does not exist, is the planner's own or the last enabled planner
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void setEnabled(long accountId, boolean enabled) {
        Actor actor = currentUser.require();
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown"));
        if (!enabled) {
            if (account.id() == actor.accountId()) {
                throw new UserError("account.error.disable-self");
            }
            if (account.role() == Role.PLANNER && account.enabled() && accounts.countEnabled(Role.PLANNER) <= 1) {
                throw new UserError("account.error.last-planner");
            }
        }
        if (account.enabled() == enabled) {
            return;
        }
        accounts.setEnabled(accountId, enabled);
        int ended = enabled ? 0 : sessions.end(account.username(), null, AccountSessions.Reason.DISABLED);
        AUDIT.info("'{}' {} the account '{}'; {} session(s) ended", actor.username(),
                enabled ? "enabled" : "disabled", account.username(), ended);
    }

    /** The bcrypt cost of every stored password hash (for the test that checks it). */
    @Transactional(readOnly = true)
    List<Integer> passwordCosts() {
        return accounts.passwordHashes().stream().map(AccountService::bcryptCost).toList();
    }

    /** The cost factor of a bcrypt hash ({@code $2a$12$...}), or -1 if it is no bcrypt hash. */
    static int bcryptCost(String hash) {
        var matcher = java.util.regex.Pattern.compile("^\\$2[abxy]?\\$(\\d\\d)\\$.{53}$").matcher(hash);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("de.querschnitt.security.audit");
}
