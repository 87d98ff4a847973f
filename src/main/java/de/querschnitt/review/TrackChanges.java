package de.querschnitt.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import de.querschnitt.review.TextDiff.Change;
import de.querschnitt.review.TextDiff.Line;
import de.querschnitt.review.TextDiff.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Computes track changes between two texts: first line by line (a box's items are its lines), then, for
 * lines replaced one by one, word by word, so a corrected word shows as that word struck and the new one
 * inserted rather than as a whole new line.
 */
public final class TrackChanges {

    // words, runs of white space, and single other characters (punctuation) are the units of a line's diff
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    private TrackChanges() {
    }

    public static TextDiff diff(@Nullable String before, @Nullable String after) {
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        List<Line> result = new ArrayList<>();
        int oldPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; oldPos < start; oldPos++) {
                result.add(same(oldLines.get(oldPos)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                int paired = Math.min(removed.size(), added.size());
                for (int i = 0; i < paired; i++) {
                    result.add(words(removed.get(i), added.get(i)));
                }
                removed.subList(paired, removed.size()).forEach(l -> result.add(whole(Change.REMOVED, l)));
                added.subList(paired, added.size()).forEach(l -> result.add(whole(Change.ADDED, l)));
            } else {
                removed.forEach(l -> result.add(whole(Change.REMOVED, l)));
                added.forEach(l -> result.add(whole(Change.ADDED, l)));
            }
            oldPos = start + removed.size();
        }
        for (; oldPos < oldLines.size(); oldPos++) {
            result.add(same(oldLines.get(oldPos)));
        }
        return new TextDiff(result);
    }

    private static Line words(String before, String after) {
        List<String> oldTokens = tokens(before);
        List<String> newTokens = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int oldPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (oldPos < start) {
                append(pieces, Change.SAME, String.join("", oldTokens.subList(oldPos, start)));
            }
            append(pieces, Change.REMOVED, String.join("", delta.getSource().getLines()));
            append(pieces, Change.ADDED, String.join("", delta.getTarget().getLines()));
            oldPos = start + delta.getSource().size();
        }
        if (oldPos < oldTokens.size()) {
            append(pieces, Change.SAME, String.join("", oldTokens.subList(oldPos, oldTokens.size())));
        }
        // a line rewritten from scratch reads better as one removed and one added line
        boolean anySame = pieces.stream().anyMatch(p -> p.kind() == Change.SAME && !p.text().isBlank());
        return anySame ? new Line(Change.CHANGED, pieces)
                : new Line(Change.CHANGED, List.of(new Piece(Change.REMOVED, before), new Piece(Change.ADDED, after)));
    }

    private static void append(List<Piece> pieces, Change kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            pieces.set(pieces.size() - 1, new Piece(kind, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> lines(@Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static Line same(String text) {
        return new Line(Change.SAME, List.of(new Piece(Change.SAME, text)));
    }

    private static Line whole(Change kind, String text) {
        return new Line(kind, List.of(new Piece(kind, text)));
    }
}
