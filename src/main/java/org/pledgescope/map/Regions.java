package org.pledgescope.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Groups a grid's cells into regions: boxes (a set of groups per axis) whose cells all carry the same label. Starts
 * from one box per cell and merges, axis by axis, boxes of one label that agree on every other axis, until no
 * merge is left; the boxes stay disjoint, so the regions partition the worlds. Several axis orders are tried and
 * the one with the fewest boxes kept. Finding the fewest boxes is NP-hard in general; this greedy merge is
 * exact on the shipped packs' simple shapes and deterministic everywhere.
 */
final class Regions {
    /**
     * One region: the label it shares, the groups of each axis (bit i = group i of the grid's axis), and how many
     * worlds of classes it holds.
     */
    record Box(int label, long[] masks, long worlds) {
        boolean contains(int[] coordinates) {
            for (int a = 0; a < masks.length; a++) {
                if ((masks[a] & (1L << coordinates[a])) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private Regions() {}

    /** The regions of the cells {@code include} accepts, labelled by {@code label}. */
    static List<Box> of(Grid grid, IntUnaryOperator label, IntPredicate include) {
        int axes = grid.axes().size();
        for (int a = 0; a < axes; a++) {
            if (grid.groups(a) > 64) {
                throw new MapException(grid.axes().get(a).field() + " has " + grid.groups(a)
                        + " groups of classes; a map handles at most 64");
            }
        }
        List<Box> start = new ArrayList<>();
        for (int w = 0; w < grid.cells(); w++) {
            if (!include.test(w)) {
                continue;
            }
            int[] c = grid.coordinates(w);
            long[] masks = new long[axes];
            for (int a = 0; a < axes; a++) {
                masks[a] = 1L << c[a];
            }
            start.add(new Box(label.applyAsInt(w), masks, grid.weight(w)));
        }
        List<Box> best = null;
        for (int[] order : orders(axes)) {
            List<Box> merged = merge(start, order, grid.cancellation());
            if (best == null || merged.size() < best.size()) {
                best = merged;
            }
        }
        best = new ArrayList<>(best);
        best.sort(Comparator.comparingInt(Box::label)
                .thenComparing(Comparator.comparingLong(Box::worlds).reversed())
                .thenComparing(b -> Arrays.toString(b.masks())));
        return best;
    }

    private static List<int[]> orders(int axes) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < axes; r++) {
            int[] fwd = new int[axes];
            int[] back = new int[axes];
            for (int i = 0; i < axes; i++) {
                fwd[i] = (i + r) % axes;
                back[i] = (axes - 1 - i + r) % axes;
            }
            out.add(fwd);
            out.add(back);
        }
        return out;
    }

    private static List<Box> merge(List<Box> boxes, int[] order, Cancellation cancellation) {
        List<Box> current = boxes;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int axis : order) {
                cancellation.check();
                Map<Key, Box> groups = new HashMap<>();
                List<Key> keys = new ArrayList<>();
                for (Box b : current) {
                    long[] rest = b.masks().clone();
                    rest[axis] = 0;
                    Key k = new Key(b.label(), rest);
                    Box prev = groups.get(k);
                    if (prev == null) {
                        groups.put(k, b);
                        keys.add(k);
                    } else {
                        long[] m = prev.masks().clone();
                        m[axis] |= b.masks()[axis];
                        groups.put(k, new Box(b.label(), m, prev.worlds() + b.worlds()));
                        changed = true;
                    }
                }
                List<Box> next = new ArrayList<>(keys.size());
                keys.forEach(k -> next.add(groups.get(k)));
                current = next;
            }
        }
        return current;
    }

    private record Key(int label, long[] rest) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.label == label && Arrays.equals(k.rest, rest);
        }

        @Override
        public int hashCode() {
            return 31 * label + Arrays.hashCode(rest);
        }
    }
}
