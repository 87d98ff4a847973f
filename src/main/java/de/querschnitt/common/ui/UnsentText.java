package de.querschnitt.common.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server side of {@code scripts/unsent-text.js}: text typed into a form is kept in the browser until
 * the server confirmed it, so a lost connection, an expired session or a restarted server loses nothing.
 * One per UI. Fields register their key when they are built; before the next response the browser is
 * asked for what it still holds for them, and each entry goes back to its field (see
 * {@link Autosave#keepUnsent(String)}), which saves it against the value it was typed on.
 */
public final class UnsentText {

    /** Where the browser script lives (a static resource: no frontend build). */
    public static final String SCRIPT = "context://scripts/unsent-text.js";

    private static final String STORAGE_PREFIX = "qs-unsent:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Text the browser still holds for a field, and the stored value it was typed on. */
    public record Entry(String key, @Nullable String text, @Nullable String base) {
    }

    private final UI ui;
    // weak: a field that is gone (another page, a removed item) must not be kept alive by this list
    private final Map<String, WeakReference<Consumer<Entry>>> handlers = new HashMap<>();
    private final Set<String> toAsk = new LinkedHashSet<>();
    private boolean asking;

    private UnsentText(UI ui) {
        this.ui = ui;
    }

    /** The one of the current UI ({@code null} outside a UI, e.g. in a background thread). */
    public static @Nullable UnsentText current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return null;
        }
        UnsentText unsent = ComponentUtil.getData(ui, UnsentText.class);
        if (unsent == null) {
            unsent = new UnsentText(ui);
            ComponentUtil.setData(ui, UnsentText.class, unsent);
            ui.getPage().addJavaScript(SCRIPT);
        }
        return unsent;
    }

    /**
     * The browser's key for a field: the person, then the record and field (e.g. {@code profile/12/TITLE}).
     * Keyed by person so that a shared tablet never offers one person's text to another.
     */
    public static String storageKey(String fieldKey) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? "anonymous" : authentication.getName();
        return STORAGE_PREFIX + user + ":" + fieldKey;
    }

    /**
     * Asks the browser once for text it holds under {@code storageKey} (or, if it ends with {@code *}, under
     * every key that starts so) and hands it to {@code handler}. The handler must stay reachable from the
     * field (it is held weakly).
     */
    public void register(String storageKey, Consumer<Entry> handler) {
        handlers.put(storageKey, new WeakReference<>(handler));
        toAsk.add(storageKey);
        if (!asking) {
            asking = true;
            ui.beforeClientResponse(ui, context -> ask());
        }
    }

    private void ask() {
        asking = false;
        List<String> keys = new ArrayList<>(toAsk);
        toAsk.clear();
        handlers.values().removeIf(ref -> ref.get() == null);
        ui.getPage().executeJs("return window.QsUnsent ? QsUnsent.pending($0) : '[]'", JSON.writeValueAsString(keys))
                .then(String.class, json -> offer(JSON.readValue(json, new TypeReference<List<Entry>>() { })));
    }

    /** Gives text the browser held back to its fields (public for tests, which have no browser). */
    public void offer(List<Entry> entries) {
        for (Entry entry : entries) {
            Consumer<Entry> handler = handlerFor(entry.key());
            if (handler != null) {
                handler.accept(entry);
            }
        }
    }

    private @Nullable Consumer<Entry> handlerFor(String key) {
        var exact = handlers.get(key);
        if (exact != null) {
            return exact.get();
        }
        for (var registered : handlers.entrySet()) {
            String k = registered.getKey();
            if (k.endsWith("*") && key.startsWith(k.substring(0, k.length() - 1))) {
                return registered.getValue().get();
            }
        }
        return null;
    }

    /** The server stored {@code saved}: the browser may forget the text under {@code key}. */
    void confirmed(String key, @Nullable String saved, String nextKey) {
        ui.getPage().executeJs("window.QsUnsent && QsUnsent.confirm($0, $1, $2)", key, saved == null ? "" : saved,
                nextKey);
    }

    /** The person chose the stored text over their own: the browser forgets it. */
    public void discarded(String key) {
        ui.getPage().executeJs("window.QsUnsent && QsUnsent.discard($0)", key);
    }
}
