package de.querschnitt.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.review.TextDiff.Change;
import de.querschnitt.review.TextDiff.Piece;
import org.junit.jupiter.api.Test;

class TrackChangesTest {

    @Test
    void aCorrectedWordIsStruckAndTheNewOneInsertedWithinTheLine() {
        TextDiff diff = TrackChanges.diff("Jugendhilfeplan 2015 bis 2020", "Jugendhilfeplan 2016 bis 2020");

        assertThat(diff.changed()).isTrue();
        assertThat(diff.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Change.CHANGED);
            assertThat(line.pieces()).containsExactly(new Piece(Change.SAME, "Jugendhilfeplan "),
                    new Piece(Change.REMOVED, "2015"), new Piece(Change.ADDED, "2016"),
                    new Piece(Change.SAME, " bis 2020"));
            assertThat(line.text()).isEqualTo("Jugendhilfeplan 2016 bis 2020");
        });
    }

    @Test
    void addedAndRemovedItemsAreWholeLinesAndUnchangedItemsStay() {
        TextDiff diff = TrackChanges.diff("• Kita\n• Schule\n• Jugend", "• Kita\n• Jugend\n• Senioren");

        assertThat(diff.lines()).extracting(TextDiff.Line::kind, TextDiff.Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.SAME, "• Kita"),
                org.assertj.core.groups.Tuple.tuple(Change.REMOVED, ""),
                org.assertj.core.groups.Tuple.tuple(Change.SAME, "• Jugend"),
                org.assertj.core.groups.Tuple.tuple(Change.ADDED, "• Senioren"));
        assertThat(diff.lines().get(1).pieces()).containsExactly(new Piece(Change.REMOVED, "• Schule"));
    }

    @Test
    void aFieldFilledOrEmptiedIsOneAddedOrRemovedLine() {
        assertThat(TrackChanges.diff(null, "2017").lines()).extracting(TextDiff.Line::kind)
                .containsExactly(Change.ADDED);
        assertThat(TrackChanges.diff("2017", null).lines()).extracting(TextDiff.Line::kind)
                .containsExactly(Change.REMOVED);
        assertThat(TrackChanges.diff("gleich", "gleich").changed()).isFalse();
        assertThat(TrackChanges.diff(null, null).lines()).isEmpty();
    }

    @Test
    void aLineRewrittenFromScratchShowsTheOldTextStruckAndTheNewInserted() {
        TextDiff diff = TrackChanges.diff("Alt", "Ganz neu");

        assertThat(diff.lines()).singleElement().satisfies(line -> assertThat(line.pieces())
                .containsExactly(new Piece(Change.REMOVED, "Alt"), new Piece(Change.ADDED, "Ganz neu")));
    }
}
