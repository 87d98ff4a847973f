package de.querschnitt.common.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who has what open, and who saved what: the in-process bus behind live updates and presence. Topics are
 * plain strings such as {@code "unit:7"} or {@code "profile:12"}. A change carries no content, only who
 * made it: every listener re-reads through the services, with its own permissions.
 */
@Component
public class LiveEdits {

    /** Somebody saved something under a topic. */
    public record Change(String topic, String username, String displayName) {
    }

    /** A person with a topic open; {@code viewer} identifies the open window (one person, many tabs). */
    public record Presence(Object viewer, String username, String displayName) {
    }

    /** Undo a subscription or a presence. */
    @FunctionalInterface
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, List<Consumer<Change>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, List<Presence>> present = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> presenceListeners = new ConcurrentHashMap<>();
    private final Executor executor;

    public LiveEdits(LiveEditsExecutor executor) {
        this.executor = executor;
    }

    public Handle subscribe(String topic, Consumer<Change> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(topic, List.of()).remove(listener);
    }

    /**
     * Tells the topic's listeners that something changed: after the current transaction commits (so they
     * read the new state), or at once outside a transaction. Listeners run on a background thread.
     */
    public void publish(String topic, String username, String displayName) {
        Change change = new Change(topic, username, displayName);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(change);
                }
            });
        } else {
            deliver(change);
        }
    }

    private void deliver(Change change) {
        for (Consumer<Change> listener : listeners.getOrDefault(change.topic(), List.of())) {
            executor.execute(() -> listener.accept(change));
        }
        if (change.topic().startsWith(UNIT_PREFIX)) {
            for (Consumer<Change> listener : listeners.getOrDefault(ALL_UNITS, List.of())) {
                executor.execute(() -> listener.accept(change));
            }
        }
    }

    /** Marks a window as having the topic open until the handle is closed. */
    public Handle join(String topic, Presence presence) {
        present.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(presence);
        presenceChanged(topic);
        return () -> {
            if (present.getOrDefault(topic, List.of()).remove(presence)) {
                presenceChanged(topic);
            }
        };
    }

    /** The people who have the topic open, each once, by name. */
    public List<Presence> present(String topic) {
        List<Presence> people = new ArrayList<>();
        for (Presence p : present.getOrDefault(topic, List.of())) {
            if (people.stream().noneMatch(q -> q.username().equals(p.username()))) {
                people.add(p);
            }
        }
        people.sort(Comparator.comparing(Presence::displayName));
        return people;
    }

    /** Calls the listener (on a background thread) whenever somebody opens or leaves the topic. */
    public Handle onPresence(String topic, Runnable listener) {
        presenceListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> presenceListeners.getOrDefault(topic, List.of()).remove(listener);
    }

    private void presenceChanged(String topic) {
        for (Runnable listener : presenceListeners.getOrDefault(topic, List.of())) {
            executor.execute(listener);
        }
    }

    /** Topic that hears every unit's changes (overviews across units, such as the review board). */
    public static final String ALL_UNITS = "units";
    private static final String UNIT_PREFIX = "unit:";

    /** Topic of everything of one unit: its profiles, instruments, interview and master data. */
    public static String unitTopic(long unitId) {
        return UNIT_PREFIX + unitId;
    }

    public static String profileTopic(long profileId) {
        return "profile:" + profileId;
    }

}
