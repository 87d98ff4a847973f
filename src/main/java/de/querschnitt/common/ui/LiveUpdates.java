package de.querschnitt.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.querschnitt.common.live.LiveEdits;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connects a view to {@link LiveEdits}: other people's saves appear without reloading (server push), and
 * the view shows who else has the same thing open. Refreshes run as the person who looks at the view, so
 * they read only what that person may see.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Runs {@code refresh} in the view's UI whenever somebody saves under the topic, while attached. */
    public static void onChange(Component view, LiveEdits live, Supplier<String> topic, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext context = SecurityContextHolder.getContext();
            var handle = live.subscribe(topic.get(), change -> ui.access(() -> runAs(context, refresh)));
            view.addDetachListener(detach -> {
                handle.close();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Like {@link #onChange}, for views that are costly to refresh (overviews across units): the first save
     * under the topic schedules one refresh after {@code quiet}; saves meanwhile join it instead of each
     * causing its own.
     */
    public static void onChangeCoalesced(Component view, LiveEdits live, Supplier<String> topic, Runnable refresh,
            Duration quiet) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            SecurityContext context = SecurityContextHolder.getContext();
            AtomicBoolean scheduled = new AtomicBoolean();
            Executor later = CompletableFuture.delayedExecutor(quiet.toMillis(), TimeUnit.MILLISECONDS);
            var handle = live.subscribe(topic.get(), change -> {
                if (scheduled.compareAndSet(false, true)) {
                    later.execute(() -> {
                        scheduled.set(false);
                        try {
                            ui.access(() -> runAs(context, refresh));
                        } catch (UIDetachedException closed) {
                            // the person left meanwhile: nothing to refresh
                        }
                    });
                }
            });
            view.addDetachListener(detach -> {
                handle.close();
                detach.unregisterListener();
            });
        });
    }

    private static void runAs(SecurityContext context, Runnable action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * "Also open: …" — the other people who have the current topic open. The topic can change while the
     * view is shown (another profile opened in the questionnaire): call {@link #show(String)}.
     */
    public static class PresenceBar extends Span {

        private final LiveEdits live;
        private final String username;
        private final String displayName;
        private final Object window = new Object();
        private @Nullable String topic;
        private LiveEdits.@Nullable Handle presence;
        private LiveEdits.@Nullable Handle listener;
        private @Nullable UI ui;

        public PresenceBar(LiveEdits live, String username, String displayName) {
            this.live = live;
            this.username = username;
            this.displayName = displayName;
            addClassName("qs-presence");
            setId("qs-presence");
            getElement().setAttribute("aria-live", "polite");
            addAttachListener(e -> {
                ui = e.getUI();
                if (topic != null) {
                    join(topic);
                }
            });
            addDetachListener(e -> {
                leave();
                ui = null;
            });
        }

        /** Shows presence for another topic from now on, e.g. the profile that was just opened. */
        public void show(@Nullable String newTopic) {
            if (java.util.Objects.equals(newTopic, topic)) {
                return;
            }
            leave();
            topic = newTopic;
            if (ui != null && newTopic != null) {
                join(newTopic);
            }
            update();
        }

        private void join(String joined) {
            UI current = ui;
            presence = live.join(joined, new LiveEdits.Presence(window, username, displayName));
            listener = live.onPresence(joined, () -> {
                if (current != null) {
                    current.access(this::update);
                }
            });
            update();
        }

        private void leave() {
            if (listener != null) {
                listener.close();
                listener = null;
            }
            if (presence != null) {
                presence.close();
                presence = null;
            }
        }

        private void update() {
            removeAll();
            List<String> others = new ArrayList<>();
            if (topic != null) {
                live.present(topic).stream().filter(p -> !p.username().equals(username))
                        .forEach(p -> others.add(p.displayName()));
            }
            setVisible(!others.isEmpty());
            if (!others.isEmpty()) {
                add(VaadinIcon.USERS.create(), new Span(getTranslation("presence.others", String.join(", ", others))));
            }
        }

        /** The names shown, for tests. */
        public String text() {
            return getElement().getTextRecursively();
        }
    }
}
