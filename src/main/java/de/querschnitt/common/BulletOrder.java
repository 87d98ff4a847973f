package de.querschnitt.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a bullet list with sub-items, as pure functions on its rows: where a new item goes, how an
 * item moves (a top-level item takes its sub-items along), indenting and removing. The first item is
 * always top-level; a sub-item belongs to the nearest top-level item before it.
 */
public final class BulletOrder {

    /** One item of the list: its id and depth (0 = item, 1 = sub-item). */
    public record Row(long id, int depth) {
    }

    private BulletOrder() {
    }

    /** Where a new item goes: right after {@code afterId}'s block position, or at the end if null. */
    public static int insertIndex(List<Row> rows, Long afterId) {
        if (afterId == null) {
            return rows.size();
        }
        return indexOf(rows, afterId) + 1;
    }

    /** The depth a new item may have at {@code index}: the first item is always top-level. */
    public static int allowedDepth(int index, int wanted) {
        return index == 0 ? 0 : Math.max(0, Math.min(1, wanted));
    }

    /**
     * The list after moving the item one step up ({@code -1}) or down ({@code +1}); unchanged if it cannot
     * move further. A top-level item moves with its sub-items past the neighbouring block; a sub-item moves
     * past its neighbour and, at the edge of its block, into the neighbouring block.
     */
    public static List<Row> move(List<Row> rows, long id, int direction) {
        int i = indexOf(rows, id);
        List<Row> result = new ArrayList<>(rows);
        Row row = rows.get(i);
        if (row.depth() == 0) {
            int end = blockEnd(rows, i);
            if (direction < 0) {
                if (i == 0) {
                    return rows;
                }
                int previousStart = blockStart(rows, i - 1);
                List<Row> block = new ArrayList<>(result.subList(i, end));
                result.subList(i, end).clear();
                result.addAll(previousStart, block);
            } else {
                if (end >= rows.size()) {
                    return rows;
                }
                int nextEnd = blockEnd(rows, end);
                List<Row> next = new ArrayList<>(result.subList(end, nextEnd));
                result.subList(end, nextEnd).clear();
                result.addAll(i, next);
            }
            return List.copyOf(result);
        }
        if (direction < 0) {
            Row before = rows.get(i - 1);
            if (before.depth() == 1) {
                result.set(i - 1, row);
                result.set(i, before);
            } else if (i - 1 > 0) {
                // past its own parent: becomes the last sub-item of the previous block
                result.remove(i);
                result.add(i - 1, row);
            } else {
                return rows;
            }
        } else {
            if (i + 1 >= rows.size()) {
                return rows;
            }
            Row after = rows.get(i + 1);
            result.set(i, after);
            result.set(i + 1, row);
        }
        return List.copyOf(result);
    }

    /** Whether the item may become a sub-item: every item but the first. */
    public static boolean canIndent(List<Row> rows, long id) {
        return indexOf(rows, id) > 0;
    }

    /** The list without the item; if a sub-item becomes first, it becomes top-level. */
    public static List<Row> remove(List<Row> rows, long id) {
        List<Row> result = new ArrayList<>(rows);
        result.remove(indexOf(rows, id));
        if (!result.isEmpty() && result.getFirst().depth() != 0) {
            result.set(0, new Row(result.getFirst().id(), 0));
        }
        return List.copyOf(result);
    }

    public static int indexOf(List<Row> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        throw new UserError("item.error.not-found");
    }

    private static int blockStart(List<Row> rows, int index) {
        int start = index;
        while (start > 0 && rows.get(start).depth() != 0) {
            start--;
        }
        return start;
    }

    private static int blockEnd(List<Row> rows, int start) {
        int end = start + 1;
        while (end < rows.size() && rows.get(end).depth() != 0) {
            end++;
        }
        return end;
    }
}
