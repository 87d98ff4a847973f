package de.querschnitt.hostile;

import de.querschnitt.common.UserError;
import de.querschnitt.common.i18n.Translations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs the corpus against one input path and counts the outcomes. An input passes if it is refused with a
 * {@link UserError} that has a German and an English text (and the target is as before), or if it is stored
 * and reads back as typed, modulo the documented normalisation: leading and trailing white space (and, where a
 * service trims with {@link String#trim()}, control characters) removed, blank stored as empty.
 */
final class Probe {

    private final String path;
    private final Translations translations;
    private final DataSource dataSource;
    private final DatabaseSnapshot before;
    private final List<String> failures = new ArrayList<>();
    private int inputs;
    private int stored;
    private int refused;

    Probe(String path, Translations translations, DataSource dataSource) {
        this.path = path;
        this.translations = translations;
        this.dataSource = dataSource;
        this.before = DatabaseSnapshot.take(dataSource);
    }

    /**
     * @param write stores the input; its result is handed to {@code readBack}
     * @param readBack what the application now holds for the input ({@code null} function: no round trip)
     * @param target the state of the target, which a refusal must leave unchanged
     */
    <R> void run(String input, String label, Function<String, R> write, Function<R, String> readBack,
            Supplier<?> target) {
        inputs++;
        Object targetBefore = target.get();
        R result;
        try {
            result = write.apply(input);
        } catch (UserError e) {
            refused++;
            String german = message(e, Translations.GERMAN);
            String english = message(e, Translations.ENGLISH);
            if (german.startsWith("!") || english.startsWith("!") || german.isBlank()) {
                failures.add(path + " – " + label + ": refused without a translated message: " + e.messageKey());
            }
            Object targetAfter = target.get();
            if (!Objects.equals(targetBefore, targetAfter)) {
                failures.add(path + " – " + label + ": refused (" + german + ") but the target changed");
            }
            return;
        } catch (RuntimeException | Error e) {
            failures.add(path + " – " + label + ": " + describe(e));
            return;
        }
        stored++;
        if (readBack == null) {
            return;
        }
        String back;
        try {
            back = readBack.apply(result);
        } catch (RuntimeException e) {
            failures.add(path + " – " + label + ": stored, but reading it back failed: " + describe(e));
            return;
        }
        if (!roundTrips(input, back)) {
            failures.add(path + " – " + label + ": stored as " + HostileCorpus.unescapedLabel(back));
        }
    }

    /** The same for the corpus case {@code c}. */
    <R> void run(HostileCorpus.Case c, Function<String, R> write, Function<R, String> readBack, Supplier<?> target) {
        run(c.text(), c.label(), write, readBack, target);
    }

    static boolean roundTrips(String typed, String stored) {
        String back = stored == null ? "" : stored;
        return back.equals(typed) || back.equals(typed.strip()) || back.equals(typed.trim())
                || back.equals(typed.strip().trim()) || back.equals(typed.trim().strip());
    }

    /**
     * Ends the path: records its counts, and fails if an input failed or rows changed that {@code allowed}
     * does not name as the path's targets.
     */
    List<String> finish(Predicate<DatabaseSnapshot.Change> allowed) {
        var outside = before.changesTo(DatabaseSnapshot.take(dataSource)).stream().filter(allowed.negate()).toList();
        if (!outside.isEmpty()) {
            failures.add(path + ": rows outside the target changed: " + outside.stream().limit(20).toList());
        }
        HostileReport.add(path, inputs, stored, refused);
        return failures;
    }

    int inputs() {
        return inputs;
    }

    private String message(UserError e, Locale locale) {
        Object[] args = Arrays.stream(e.arguments())
                .map(a -> a instanceof UserError.MessageKey k ? translations.getTranslation(k.key(), locale) : a)
                .toArray();
        String text = translations.getTranslation(e.messageKey(), locale, args);
        return Arrays.stream(args).anyMatch(a -> a instanceof String s && s.startsWith("!")) ? "!" + text : text;
    }

    private static String describe(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return e.getClass().getName() + ": " + (message.length() > 200 ? message.substring(0, 200) + "…" : message)
                + " at " + Arrays.stream(e.getStackTrace()).filter(s -> s.getClassName().startsWith("de.querschnitt"))
                        .findFirst().map(Object::toString).orElse("?");
    }
}
