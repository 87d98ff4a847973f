package de.querschnitt.review;

import java.util.List;

/**
 * The difference between the version the interviewer captured and the current one, as track changes:
 * lines (items of a box, or the one line of a field), each made of unchanged, removed and added pieces.
 */
public record TextDiff(List<Line> lines) {

    public TextDiff {
        lines = List.copyOf(lines);
    }

    public boolean changed() {
        return lines.stream().anyMatch(line -> line.kind() != Change.SAME);
    }

    /** What happened to a line or a piece of text. */
    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        /** A line whose words partly changed; its pieces say which. */
        CHANGED
    }

    public record Line(Change kind, List<Piece> pieces) {

        public Line {
            pieces = List.copyOf(pieces);
        }

        public String text() {
            return pieces.stream().filter(p -> p.kind() != Change.REMOVED).map(Piece::text)
                    .reduce("", String::concat);
        }
    }

    /** A run of text; its kind is SAME, ADDED or REMOVED. */
    public record Piece(Change kind, String text) {
    }
}
