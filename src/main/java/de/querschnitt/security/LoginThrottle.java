package de.querschnitt.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in memory and says when the next attempt must be refused (see
 * {@code docs/decisions/009-security-hardening.md}):
 * <ul>
 * <li>per account: at most {@value #MAX_FAILURES_PER_ACCOUNT} failures within one hour (sliding window); after
 * that every login of the account is refused until the oldest failure is an hour old. User names that do not
 * exist are counted the same way, so the lock says nothing about whether an account exists;</li>
 * <li>per client (remote address): from the {@value #FREE_FAILURES_PER_CLIENT}rd failure in a row the client
 * waits 1 s, then 2, 4, 8 ... up to {@link #MAX_CLIENT_DELAY} before it may try again; a successful login
 * of the client clears its count.</li>
 * </ul>
 * A refused attempt is answered at once (no thread sleeps) and is not counted as a failure. Both maps are
 * bounded Caffeine caches whose entries expire an hour after their last failure, so a flood of made-up user
 * names or addresses cannot fill the memory.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 100;
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    static final int FREE_FAILURES_PER_CLIENT = 3;
    static final Duration MAX_CLIENT_DELAY = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 50_000;

    /** Why a login is refused before its password is checked, and for how long. */
    public record Refusal(Reason reason, Duration remaining) {

        public enum Reason {
            /** This client failed repeatedly and must wait a little. */
            CLIENT_WAIT,
            /** This account (or user name) had too many failures within the hour. */
            ACCOUNT_LOCKED
        }

        /** The wait in whole seconds, at least one. */
        public long seconds() {
            return Math.max(1, (remaining.toMillis() + 999) / 1000);
        }

        /** The wait in whole minutes, at least one. */
        public long minutes() {
            return Math.max(1, (seconds() + 59) / 60);
        }
    }

    private static final class ClientFailures {
        int count;
        Instant last = Instant.EPOCH;
    }

    private final Clock clock;
    private final Cache<String, Deque<Instant>> accounts;
    private final Cache<String, ClientFailures> clients;

    LoginThrottle(Clock clock) {
        this.clock = clock;
        // the caches expire by the same clock as the windows, so that tests can move time
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(ACCOUNT_WINDOW.toMinutes(), TimeUnit.MINUTES)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        this.clients = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
                .expireAfterWrite(ACCOUNT_WINDOW.toMinutes(), TimeUnit.MINUTES)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** Whether a login of this user name from this client must be refused now, and why. */
    public Optional<Refusal> check(@Nullable String username, @Nullable String client) {
        Instant now = clock.instant();
        ClientFailures failures = client == null ? null : clients.getIfPresent(client);
        if (failures != null) {
            synchronized (failures) {
                Duration delay = clientDelay(failures.count);
                Instant allowedAt = failures.last.plus(delay);
                if (now.isBefore(allowedAt)) {
                    return Optional.of(new Refusal(Refusal.Reason.CLIENT_WAIT, Duration.between(now, allowedAt)));
                }
            }
        }
        Deque<Instant> times = accounts.getIfPresent(key(username));
        if (times != null) {
            synchronized (times) {
                prune(times, now);
                if (times.size() >= MAX_FAILURES_PER_ACCOUNT) {
                    Instant unlockedAt = times.peekFirst().plus(ACCOUNT_WINDOW);
                    return Optional.of(new Refusal(Refusal.Reason.ACCOUNT_LOCKED, Duration.between(now, unlockedAt)));
                }
            }
        }
        return Optional.empty();
    }

    /** A wrong password (or unknown user name) from this client. */
    public void failed(@Nullable String username, @Nullable String client) {
        Instant now = clock.instant();
        Deque<Instant> times = accounts.get(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > MAX_FAILURES_PER_ACCOUNT) {
                times.removeFirst();
            }
        }
        // re-put to restart the entry's expiry
        accounts.put(key(username), times);
        if (client != null) {
            ClientFailures failures = clients.get(client, k -> new ClientFailures());
            synchronized (failures) {
                failures.count++;
                failures.last = now;
            }
            clients.put(client, failures);
        }
    }

    /** A successful login: the client starts afresh; the account's failures stay until they are an hour old. */
    public void succeeded(@Nullable String client) {
        if (client != null) {
            clients.invalidate(client);
        }
    }

    /** How long a client waits after its n-th failure in a row: nothing for the first two, then 1 s, 2 s, 4 s ... */
    static Duration clientDelay(int failures) {
        if (failures < FREE_FAILURES_PER_CLIENT) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - FREE_FAILURES_PER_CLIENT, 16);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_CLIENT_DELAY) > 0 ? MAX_CLIENT_DELAY : delay;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(ACCOUNT_WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private static String key(@Nullable String username) {
        // the account table compares user names without case (COLLATE NOCASE)
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
