package de.querschnitt.profile;

import java.util.Arrays;
import java.util.Optional;
import de.querschnitt.common.UserError;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The master data fields of a profile that a form saves one at a time. Values travel as text: enum
 * constants by name, years as digits; {@link #key()} is the field name in the revision trail.
 */
public enum ProfileField {
    TITLE("title", ProfileData::title, (d, v) -> new ProfileData(v == null ? "" : v, d.documentTitle(), d.kind(),
            d.planningLevel(), d.period())),
    DOCUMENT_TITLE("documentTitle", ProfileData::documentTitle, (d, v) -> new ProfileData(d.title(), v, d.kind(),
            d.planningLevel(), d.period())),
    KIND("kind", ProfileData::kind, (d, v) -> new ProfileData(d.title(), d.documentTitle(),
            enumValue(ProfileKind.class, v), d.planningLevel(), d.period())),
    PLANNING_LEVEL("planningLevel", ProfileData::planningLevel, (d, v) -> new ProfileData(d.title(),
            d.documentTitle(), d.kind(), enumValue(PlanningLevel.class, v), d.period())),
    PERIOD_FROM("period.from", d -> d.period().from(), (d, v) -> withPeriod(d, new Period(year(v),
            d.period().to(), d.period().cycle(), d.period().state(), d.period().note()))),
    PERIOD_TO("period.to", d -> d.period().to(), (d, v) -> withPeriod(d, new Period(d.period().from(), year(v),
            d.period().cycle(), d.period().state(), d.period().note()))),
    PERIOD_CYCLE("period.cycle", d -> d.period().cycle(), (d, v) -> withPeriod(d, new Period(d.period().from(),
            d.period().to(), v == null ? null : enumValue(UpdateCycle.class, v), d.period().state(),
            d.period().note()))),
    PERIOD_STATE("period.state", d -> d.period().state(), (d, v) -> withPeriod(d, new Period(d.period().from(),
            d.period().to(), d.period().cycle(), v == null ? null : enumValue(PeriodState.class, v),
            d.period().note()))),
    PERIOD_NOTE("period.note", d -> d.period().note(), (d, v) -> withPeriod(d, new Period(d.period().from(),
            d.period().to(), d.period().cycle(), d.period().state(), v)));

    private final String key;
    private final Function<ProfileData, @Nullable Object> getter;
    private final BiFunction<ProfileData, @Nullable String, ProfileData> setter;

    ProfileField(String key, Function<ProfileData, @Nullable Object> getter,
            BiFunction<ProfileData, @Nullable String, ProfileData> setter) {
        this.key = key;
        this.getter = getter;
        this.setter = setter;
    }

    public String key() {
        return key;
    }

    /** The field stored under a revision key ({@code title}, {@code period.from} …), if it is one of these. */
    public static Optional<ProfileField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The constants a choice field holds (its stored values are their names); empty for text fields. */
    public Optional<Class<? extends Enum<?>>> choices() {
        return Optional.ofNullable(switch (this) {
            case KIND -> ProfileKind.class;
            case PLANNING_LEVEL -> PlanningLevel.class;
            case PERIOD_CYCLE -> UpdateCycle.class;
            case PERIOD_STATE -> PeriodState.class;
            default -> null;
        });
    }

    /** The field's value as text ({@code null} when empty). */
    public @Nullable String text(ProfileData data) {
        return normalize(getter.apply(data));
    }

    /** The data with this field set to the value given as text. */
    public ProfileData with(ProfileData data, @Nullable String value) {
        return setter.apply(data, normalize(value));
    }

    /** Trimmed text, enum constants by name, {@code null} for blank. */
    public static @Nullable String normalize(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Enum<?> e ? e.name() : value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static ProfileData withPeriod(ProfileData d, Period period) {
        return new ProfileData(d.title(), d.documentTitle(), d.kind(), d.planningLevel(), period);
    }

    private static @Nullable Integer year(@Nullable String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            throw new UserError("profile.error.year-format", value);
        }
        return Integer.valueOf(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value) {
        if (value == null) {
            // the label of the field, as the form shows it (field.kind, field.planningLevel)
            String name = type.getSimpleName();
            String label = type == ProfileKind.class ? "kind" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
            throw new UserError("validation.NotNull", new UserError.MessageKey("field." + label));
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new UserError("validation.choice");
        }
    }
}
