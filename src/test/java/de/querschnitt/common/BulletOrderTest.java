package de.querschnitt.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.common.BulletOrder.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletOrderTest {

    // A, A.1, A.2, B, C, C.1
    private final List<Row> rows = List.of(new Row(1, 0), new Row(11, 1), new Row(12, 1), new Row(2, 0),
            new Row(3, 0), new Row(31, 1));

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    @Test
    void aTopLevelItemMovesDownPastTheNextBlockTakingItsSubItems() {
        assertThat(ids(BulletOrder.move(rows, 1, +1))).containsExactly(2L, 1L, 11L, 12L, 3L, 31L);
    }

    @Test
    void aTopLevelItemMovesUpPastTheWholePreviousBlock() {
        assertThat(ids(BulletOrder.move(rows, 2, -1))).containsExactly(2L, 1L, 11L, 12L, 3L, 31L);
        assertThat(ids(BulletOrder.move(rows, 3, -1))).containsExactly(1L, 11L, 12L, 3L, 31L, 2L);
    }

    @Test
    void theFirstAndTheLastBlockStayWhereTheyAre() {
        assertThat(BulletOrder.move(rows, 1, -1)).isEqualTo(rows);
        assertThat(BulletOrder.move(rows, 3, +1)).isEqualTo(rows);
    }

    @Test
    void aSubItemSwapsWithItsSiblingAndCrossesIntoTheNeighbouringBlock() {
        assertThat(ids(BulletOrder.move(rows, 12, -1))).containsExactly(1L, 12L, 11L, 2L, 3L, 31L);
        // past its parent C: becomes the last sub-item of B
        assertThat(ids(BulletOrder.move(rows, 31, -1))).containsExactly(1L, 11L, 12L, 2L, 31L, 3L);
        // down past B's start: becomes the first sub-item of B
        List<Row> moved = BulletOrder.move(rows, 12, +1);
        assertThat(ids(moved)).containsExactly(1L, 11L, 2L, 12L, 3L, 31L);
        assertThat(moved.get(3).depth()).isEqualTo(1);
    }

    @Test
    void aSubItemOfTheFirstItemCannotMoveAboveIt() {
        assertThat(BulletOrder.move(rows, 11, -1)).isEqualTo(rows);
    }

    @Test
    void theFirstItemCannotBeIndentedAndStaysTopLevelAfterARemoval() {
        assertThat(BulletOrder.canIndent(rows, 1)).isFalse();
        assertThat(BulletOrder.canIndent(rows, 2)).isTrue();
        List<Row> remaining = BulletOrder.remove(rows, 1);
        assertThat(ids(remaining)).containsExactly(11L, 12L, 2L, 3L, 31L);
        assertThat(remaining.getFirst().depth()).isZero();
        assertThat(remaining.get(1).depth()).isEqualTo(1);
    }

    @Test
    void newItemsGoRightAfterTheGivenOneOrAtTheEnd() {
        assertThat(BulletOrder.insertIndex(rows, 11L)).isEqualTo(2);
        assertThat(BulletOrder.insertIndex(rows, null)).isEqualTo(6);
        assertThat(BulletOrder.allowedDepth(0, 1)).isZero();
        assertThat(BulletOrder.allowedDepth(3, 1)).isEqualTo(1);
    }
}
