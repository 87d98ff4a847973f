package de.querschnitt.security;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.security.repository.AccountRepository;
import java.time.Clock;
import java.util.List;
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

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Validation validation, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * Creates an account. Without a password the account cannot log in yet (it will get an invitation).
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(AccountData data, @Nullable String rawPassword) {
        validation.check(data);
        if ((data.role() == Role.DEPARTMENT) != (data.unitId() != null)) {
            throw new UserError("account.error.unit-binding");
        }
        if (accounts.existsByUsername(data.username())) {
            throw new UserError("account.error.username-taken", data.username());
        }
        if (rawPassword != null && rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("account.error.password-short", MIN_PASSWORD_LENGTH);
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
}
