package de.querschnitt.security;

import de.querschnitt.common.UserError;
import de.querschnitt.security.repository.AccountRepository;
import de.querschnitt.security.repository.InvitationRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links for accounts created without a password: the planner creates one and passes it on, the
 * person opens it and sets their password once. The token is random (256 bits) and only its SHA-256 is
 * stored.
 */
@Service
public class InvitationService {

    /** The route of the invitation page; a link is {@code einladung/<token>}. */
    public static final String ROUTE = "einladung";
    public static final Duration VALIDITY = Duration.ofDays(14);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountService accountService;

    InvitationService(InvitationRepository invitations, AccountRepository accounts, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, Clock clock, AccountService accountService) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.accountService = accountService;
    }

    /**
     * Creates an invitation for an account that has no password yet; earlier links of the account stop working.
     *
     * @return the link path {@code einladung/<token>}, relative to the application's address
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public String create(long accountId) {
        return issue(accountId).path();
    }

    /**
     * Creates the account of a person (without a password) and its invitation link, both or neither.
     *
     * @throws UserError if the data is invalid, the user name taken or the unit binding wrong (nothing written)
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Invitation invite(AccountData data) {
        return issue(accountService.create(data, null));
    }

    /**
     * A new link for an account whose person has not set a password yet; the earlier links stop working.
     *
     * @throws UserError if the account does not exist or already has a password
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public Invitation renew(long accountId) {
        return issue(accountId);
    }

    private Invitation issue(long accountId) {
        Actor actor = currentUser.require();
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("invitation.error.no-account"));
        if (accounts.hasPassword(accountId)) {
            throw new UserError("invitation.error.has-password", account.username());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        // one valid link per person: a link passed on by mistake is dead once the planner makes a new one
        invitations.expireOpen(accountId, now);
        Instant validUntil = now.plus(VALIDITY);
        invitations.insert(hash(token), accountId, actor.accountId() == Actor.SYSTEM.accountId() ? null
                : actor.accountId(), now, validUntil);
        return new Invitation(accountId, account.username(), account.displayName(), ROUTE + "/" + token, validUntil);
    }

    /**
     * The account an open invitation is for, so the page can greet the person.
     *
     * @throws UserError if the token is unknown, used or expired
     */
    @Transactional(readOnly = true)
    public Account check(String token) {
        return accounts.findById(openInvitation(token).accountId()).orElseThrow(
                () -> new UserError("invitation.error.unknown"));
    }

    /**
     * Sets the account's first password and uses the invitation up.
     *
     * @return the user name to log in with
     * @throws UserError if the token is not valid (any more) or the password is too short or not repeated
     */
    @Transactional
    public String redeem(String token, String password, String repeated) {
        var invitation = openInvitation(token);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("invitation.error.password-short", MIN_PASSWORD_LENGTH);
        }
        if (!SecurityConfig.fitsBcrypt(password)) {
            throw new UserError("password.error.long", SecurityConfig.MAX_PASSWORD_BYTES);
        }
        if (!password.equals(repeated)) {
            throw new UserError("invitation.error.password-mismatch");
        }
        Account account = accounts.findById(invitation.accountId())
                .orElseThrow(() -> new UserError("invitation.error.unknown"));
        if (!invitations.markUsed(invitation.id(), clock.instant())
                || !accounts.setFirstPassword(account.id(), passwordEncoder.encode(password))) {
            throw new UserError("invitation.error.used");
        }
        return account.username();
    }

    private InvitationRepository.Row openInvitation(String token) {
        var invitation = invitations.findByTokenHash(hash(token == null ? "" : token))
                .orElseThrow(() -> new UserError("invitation.error.unknown"));
        if (invitation.usedAt() != null) {
            throw new UserError("invitation.error.used");
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw new UserError("invitation.error.expired");
        }
        return invitation;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
