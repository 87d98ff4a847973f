package de.querschnitt.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the sessions of an account at once: when the planner disables it, and the other sessions of a person who
 * changed the password. Spring Security's {@link SessionRegistry} knows which HTTP sessions belong to whom (it
 * marks them expired, so their next request is refused); the open Vaadin pages of such a session are sent to
 * the login page by server push and the HTTP session is invalidated, so that a page already loaded cannot go on
 * working.
 */
@Component
public class AccountSessions {

    /** Why sessions were ended; the login page words it ({@code login?ended=<reason>}). */
    public enum Reason {
        DISABLED("disabled"),
        PASSWORD_CHANGED("password");

        final String parameter;

        Reason(String parameter) {
            this.parameter = parameter;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;
    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        live.add(event.getSession());
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        live.remove(event.getSession());
    }

    /**
     * Ends every session of the user name except the one with the given id (the person's own, current one).
     *
     * @return how many sessions were ended
     */
    public int end(String username, @Nullable String exceptSessionId, Reason reason) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof UserDetails user) || !user.getUsername().equalsIgnoreCase(username)) {
                continue;
            }
            for (SessionInformation information : registry.getAllSessions(principal, false)) {
                if (information.getSessionId().equals(exceptSessionId)) {
                    continue;
                }
                information.expireNow();
                live.stream().filter(s -> sameId(s, information.getSessionId())).findFirst()
                        .ifPresent(session -> close(session, reason));
                ended++;
            }
        }
        return ended;
    }

    /** The id of the HTTP session of the request being handled, if any. */
    public static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private void close(HttpSession session, Reason reason) {
        String target = "login?ended=" + reason.parameter;
        for (VaadinSession vaadin : VaadinSession.getAllSessions(session)) {
            // runs at once unless a request of that session holds its lock; push sends the new location
            var done = vaadin.access(() -> vaadin.getUIs().forEach(ui -> ui.getPage().setLocation(target)));
            try {
                done.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Could not send the pages of an ended session to the login page", e);
            }
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
        live.remove(session);
    }

    private static boolean sameId(HttpSession session, String id) {
        try {
            return session.getId().equals(id);
        } catch (IllegalStateException invalid) {
            return false;
        }
    }
}
