package de.querschnitt.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What EveryScreenIT checks in a page: axe-core's WCAG 2.1 A/AA rules, the size of every touch target, and
 * whether the focused field is covered. The scripts run in the page, so they see Vaadin's open shadow roots.
 */
final class ScreenChecks {

    /** The smallest touch target: WCAG 2.5.5 (AAA) and the tablet brief ask for 44×44 CSS px. */
    static final int MIN_TARGET = 44;

    private static final String AXE_SOURCE = readAxe();

    private ScreenChecks() {
    }

    private static String readAxe() {
        // bundled by com.deque.html.axe-core:selenium (Maven Central); the library itself is not used
        try (InputStream in = ScreenChecks.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the page has loaded, Vaadin's client has no request under way and nothing shows busy. */
    static void waitUntilIdle(Browser browser) {
        try {
            waitForIdle(browser);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page never became idle: " + browser.script("""
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    return JSON.stringify({url: location.href, ready: document.readyState, flow: !!flow,
                        clients: flow && flow.clients ? Object.entries(flow.clients).map(([k, c]) =>
                            k + ':' + (typeof c.isActive === 'function' ? c.isActive() : 'n/a')) : null,
                        indicator: Array.from(document.querySelectorAll('.v-loading-indicator'))
                            .map(e => e.className + ' ' + getComputedStyle(e).display)});"""), e);
        }
    }

    private static void waitForIdle(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.script("""
                if (document.readyState !== 'complete') { return false; }
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                const busy = Object.values(flow.clients).some(c => typeof c.isActive === 'function' && c.isActive());
                const indicator = Array.from(document.querySelectorAll('.v-loading-indicator'))
                    .some(e => e.offsetParent !== null && getComputedStyle(e).display !== 'none');
                return !busy && !indicator;""")));
        // let open and resize animations (drawer, dialogs) end before measuring
        pause(300);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** axe-core's violations of the WCAG 2.0/2.1 level A and AA rules, one readable line per failing node. */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(AXE_SOURCE);
        }
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']})
                    .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                        v.id + ' [' + (n.impact || v.impact) + '] ' + JSON.stringify(n.target) + ' – ' + v.help
                        + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))))
                    .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /**
     * Every visible interactive element smaller than {@link #MIN_TARGET} in either direction, described with its
     * size. The target measured is what a finger hits: for a checkbox or radio button its whole host with the
     * label, for a text input the field's input box, for a link in the side navigation its row.
     */
    @SuppressWarnings("unchecked")
    static List<String> smallTargets(Browser browser) {
        return (List<String>) browser.script("""
                const MIN = arguments[0] - 0.5;
                const out = [];
                const parentOf = e => e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
                const hiddenFromUser = e => {
                    for (let p = e; p; p = parentOf(p)) {
                        if (p.hasAttribute && (p.hasAttribute('inert') || p.getAttribute('aria-hidden') === 'true')) return true;
                    }
                    return false;
                };
                const disabled = e => e.hasAttribute('disabled') || e.getAttribute('aria-disabled') === 'true';
                const all = [];
                const walk = root => root.querySelectorAll('*').forEach(e => { all.push(e); if (e.shadowRoot) walk(e.shadowRoot); });
                walk(document);
                const INTERACTIVE = new Set(['BUTTON', 'SELECT', 'TEXTAREA', 'VAADIN-BUTTON', 'VAADIN-CHECKBOX',
                    'VAADIN-RADIO-BUTTON', 'VAADIN-TAB', 'VAADIN-DRAWER-TOGGLE', 'VAADIN-PASSWORD-FIELD-BUTTON',
                    'VAADIN-MENU-BAR-BUTTON', 'VAADIN-GRID-SORTER', 'VAADIN-DETAILS-SUMMARY', 'VAADIN-SIDE-NAV-ITEM',
                    'VAADIN-UPLOAD-BUTTON']);
                const ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'switch']);
                const seen = new Set();
                for (const e of all) {
                    const tag = e.tagName;
                    const role = e.getAttribute('role');
                    let interactive = INTERACTIVE.has(tag) || (tag === 'A' && e.hasAttribute('href'))
                        || (tag === 'INPUT' && e.type !== 'hidden') || (role && ROLES.has(role));
                    if (!interactive || disabled(e)) continue;
                    // the side navigation item's clickable row is its link, measured as that link
                    if (tag === 'VAADIN-SIDE-NAV-ITEM') continue;
                    let target = e;
                    const host = e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null;
                    const box = e.closest('vaadin-checkbox, vaadin-radio-button');
                    if (box) {
                        target = box;                       // the label is part of the clickable host
                    } else if ((tag === 'INPUT' || tag === 'TEXTAREA') && e.parentElement && e.parentElement.shadowRoot
                            && e.parentElement.shadowRoot.querySelector('[part~="input-field"]')) {
                        target = e.parentElement.shadowRoot.querySelector('[part~="input-field"]');
                    }
                    if (seen.has(target)) continue;
                    seen.add(target);
                    if (!target.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) || hiddenFromUser(e)) continue;
                    const r = target.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) continue;
                    // WCAG 2.5.8 exception "inline": a link inside a sentence is sized by the line of text
                    if (tag === 'A' && !host) {
                        const p = e.parentElement;
                        const text = p ? Array.from(p.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)
                            .map(n => n.textContent).join('').trim() : '';
                        if (text.length > 0 && getComputedStyle(e).display === 'inline') continue;
                    }
                    if (r.width >= MIN && r.height >= MIN) continue;
                    const name = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('title') || '')
                        .replace(/\\s+/g, ' ').trim().slice(0, 40);
                    const where = host ? host.tagName.toLowerCase() + '>' : '';
                    out.push(where + tag.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + (target !== e ? ' (target ' + (target.tagName || '').toLowerCase()
                            + (target.getAttribute && target.getAttribute('part') ? '[part=' + target.getAttribute('part') + ']' : '') + ')' : '')
                        + ' "' + name + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));
                }
                return out;""", MIN_TARGET);
    }

    /**
     * Whether the focused element (inside shadow roots too) lies in the viewport and is the topmost element at
     * its first line, not hidden under a sticky header, footer or bar; empty when visible, else why not.
     */
    static String focusCovered(Browser browser) {
        return (String) browser.script("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                if (!a || a === document.body) return 'nothing focused';
                const r = a.getBoundingClientRect();
                const label = a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' '
                    + (a.getAttribute('aria-label') || (a.labels && a.labels[0] ? a.labels[0].textContent : '') || '').trim();
                if (r.top < 0 || r.top + Math.min(r.height, 24) > window.innerHeight) {
                    return label + ' lies outside the viewport (top ' + Math.round(r.top) + ', height '
                        + window.innerHeight + ')';
                }
                const x = r.left + Math.min(r.width / 2, 24), y = r.top + Math.min(r.height / 2, 12);
                let hit = document.elementFromPoint(x, y);
                while (hit && hit.shadowRoot) {
                    const inner = hit.shadowRoot.elementFromPoint(x, y);
                    if (!inner || inner === hit) break;
                    hit = inner;
                }
                const contains = (outer, inner) => {
                    for (let p = inner; p; p = p.parentElement || (p.getRootNode() instanceof ShadowRoot ? p.getRootNode().host : null)) {
                        if (p === outer) return true;
                    }
                    return false;
                };
                if (hit && (contains(a, hit) || contains(hit, a))) return '';
                return label + ' is covered by ' + (hit ? hit.tagName.toLowerCase() + (hit.id ? '#' + hit.id : '')
                    + (typeof hit.className === 'string' && hit.className ? '.' + hit.className.trim().split(/\\s+/).join('.') : '') : 'nothing');""");
    }

    /** Readable list for an assertion message. */
    static String lines(Map<String, List<String>> problems) {
        var text = new StringBuilder();
        problems.forEach((where, list) -> {
            text.append('\n').append(where).append(':');
            list.forEach(p -> text.append("\n    ").append(p));
        });
        return text.toString();
    }
}
