package de.querschnitt.annex;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the annex PDF shows, as plain values: the renderer needs neither Spring nor the database, so
 * a benchmark can feed it synthetic models. Texts are final German wording (the annex is a German council
 * document); the renderer only lays them out.
 *
 * @param draft true while any included profile or instrument set is not closed: "Entwurf" and a watermark
 * @param selection what the planner chose, in words ("alle Einheiten; alle Profile")
 */
public record AnnexModel(String roundName, String city, String author, ZonedDateTime generatedAt, boolean draft,
        String selection, List<UnitPlans> units, List<UnitInstruments> instruments, Matrix matrix,
        CoreThemes coreThemes) {

    public AnnexModel {
        units = List.copyOf(units);
        instruments = List.copyOf(instruments);
    }

    public int cardCount() {
        return units.stream().mapToInt(u -> u.cards().size()).sum();
    }

    /** A unit with its planning documents (only units that have at least one). */
    public record UnitPlans(String code, String name, List<Card> cards) {
        public UnitPlans {
            cards = List.copyOf(cards);
        }

        public String label() {
            return AnnexModel.label(code, name);
        }
    }

    /** "FB 56 Wohnen, Soziales und Integration"; just "Theater" where the code says no more than the name. */
    public static String label(String code, String name) {
        return de.querschnitt.organisation.Unit.label(code, name);
    }

    /**
     * The profile card of one planning document: a left column (title, document title, Zeitraum) and rows
     * of two boxes each, in the grid of the seed's cards.
     *
     * @param period Zeitraum/Zeitbezug, one line per aspect
     */
    public record Card(String title, @Nullable String documentTitle, String period, List<Row> rows) {
        public Card {
            rows = List.copyOf(rows);
        }
    }

    /** One row of the grid: the blocks of the left box and of the right box (empty: no box). */
    public record Row(List<Block> left, List<Block> right) {
        public Row {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** A box's content: heading ("Einordnung"), an optional lead text, bullets, an optional note. */
    public record Block(String heading, @Nullable String intro, List<Item> items, @Nullable String note) {
        public Block {
            items = List.copyOf(items);
        }
    }

    /** A bullet; level 1 is a sub-bullet of the level-0 bullet before it. */
    public record Item(int level, String text) {
    }

    /** Steuerungsinstrumente/Themen of a unit without a plan (VHS, Kultur, Theater in the seed). */
    public record UnitInstruments(String code, String name, List<Row> rows) {
        public UnitInstruments {
            rows = List.copyOf(rows);
        }

        public String label() {
            return AnnexModel.label(code, name);
        }
    }

    /**
     * Units (rows) × themes (columns).
     *
     * @param counts counts[row][column]: how many profiles and instrument sets connect unit and theme
     */
    public record Matrix(List<String> units, List<String> themes, int[][] counts, int coreThreshold) {

        public int unitsCovering(int column) {
            int n = 0;
            for (int[] row : counts) {
                n += row[column] > 0 ? 1 : 0;
            }
            return n;
        }

        public int themesCoveredBy(int row) {
            int n = 0;
            for (int count : counts[row]) {
                n += count > 0 ? 1 : 0;
            }
            return n;
        }

        public boolean isCore(int column) {
            return unitsCovering(column) >= coreThreshold;
        }
    }

    /**
     * Schnittstellen und Kernthemen.
     *
     * @param recorded the themes the planner recorded as core themes of the round
     * @param shared themes shared by at least the matrix's threshold of units, with those units
     * @param gaps themes covered by at most one unit
     */
    public record CoreThemes(List<String> recorded, List<SharedTheme> shared, List<String> gaps) {
        public CoreThemes {
            recorded = List.copyOf(recorded);
            shared = List.copyOf(shared);
            gaps = List.copyOf(gaps);
        }

        /** The shared themes and gaps of {@code matrix}, with the planner's recorded core themes. */
        public static CoreThemes of(Matrix matrix, List<String> recorded) {
            List<SharedTheme> shared = new java.util.ArrayList<>();
            List<String> gaps = new java.util.ArrayList<>();
            for (int c = 0; c < matrix.themes().size(); c++) {
                if (matrix.isCore(c)) {
                    List<String> covering = new java.util.ArrayList<>();
                    for (int r = 0; r < matrix.units().size(); r++) {
                        if (matrix.counts()[r][c] > 0) {
                            covering.add(matrix.units().get(r));
                        }
                    }
                    shared.add(new SharedTheme(matrix.themes().get(c), covering));
                } else if (matrix.unitsCovering(c) <= 1) {
                    gaps.add(matrix.themes().get(c));
                }
            }
            return new CoreThemes(recorded, shared, gaps);
        }
    }

    public record SharedTheme(String theme, List<String> units) {
        public SharedTheme {
            units = List.copyOf(units);
        }
    }
}
