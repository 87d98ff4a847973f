package de.querschnitt.security.repository;

import static de.querschnitt.db.Tables.ACCOUNT;

import de.querschnitt.security.Account;
import de.querschnitt.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    /** An account with its password hash, for authentication only. */
    public record Credentials(Account account, @Nullable String passwordHash) {
    }

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String username, String displayName, Role role, @Nullable Long unitId,
            @Nullable String passwordHash, Instant now) {
        return dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, username)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.ROLE, role.name())
                .set(ACCOUNT.UNIT_ID, unitId == null ? null : Math.toIntExact(unitId))
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ENABLED, true)
                .set(ACCOUNT.CREATED_AT, now.toString())
                .returning(ACCOUNT.ID)
                .fetchSingle(ACCOUNT.ID)
                .longValue();
    }

    public Optional<Credentials> findCredentials(String username) {
        return dsl.selectFrom(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(toAccount(r), r.get(ACCOUNT.PASSWORD_HASH)));
    }

    public boolean existsByUsername(String username) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username));
    }

    public List<Account> findAll() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.USERNAME).fetch(AccountRepository::toAccount);
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    public Optional<Account> findById(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(Math.toIntExact(id))).fetchOptional(AccountRepository::toAccount);
    }

    public boolean hasPassword(long id) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(Math.toIntExact(id)).and(ACCOUNT.PASSWORD_HASH.isNotNull()));
    }

    /** Sets the first password of an account; false if it already has one (nothing written). */
    public boolean setFirstPassword(long id, String passwordHash) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(ACCOUNT.ID.eq(Math.toIntExact(id)).and(ACCOUNT.PASSWORD_HASH.isNull()))
                .execute() == 1;
    }

    private static Account toAccount(Record r) {
        Integer unit = r.get(ACCOUNT.UNIT_ID);
        return new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.USERNAME), r.get(ACCOUNT.DISPLAY_NAME),
                Role.valueOf(r.get(ACCOUNT.ROLE)), unit == null ? null : unit.longValue(), r.get(ACCOUNT.ENABLED));
    }

    /** The ids of the accounts that have a password (could log in if enabled). */
    public Set<Long> idsWithPassword() {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.PASSWORD_HASH.isNotNull())
                .fetch(r -> r.value1().longValue()).stream().collect(Collectors.toSet());
    }

    /** Replaces the password hash of an account that has one; false if it has none (nothing written). */
    public boolean changePassword(long id, String passwordHash) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(ACCOUNT.ID.eq(Math.toIntExact(id)).and(ACCOUNT.PASSWORD_HASH.isNotNull()))
                .execute() == 1;
    }

    /** Switches an account on or off; false if there is no such account. */
    public boolean setEnabled(long id, boolean enabled) {
        return dsl.update(ACCOUNT)
                .set(ACCOUNT.ENABLED, enabled)
                .where(ACCOUNT.ID.eq(Math.toIntExact(id)))
                .execute() == 1;
    }

    /** How many planner accounts are switched on. */
    public int countEnabled(Role role) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.ROLE.eq(role.name()).and(ACCOUNT.ENABLED.isTrue()));
    }

    /** Every stored password hash (for the check of their bcrypt cost). */
    public List<String> passwordHashes() {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.PASSWORD_HASH.isNotNull())
                .fetch(r -> r.value1());
    }
}
