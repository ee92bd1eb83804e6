package org.pledgescope.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

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
        int cells = grid.cells();
        int[] groups = new int[axes];
        int[] stride = new int[axes];
        for (int a = axes - 1, n = 1; a >= 0; a--) {
            groups[a] = grid.groups(a);
            stride[a] = n;
            n *= groups[a];
        }
        // Every cell the predicate takes as a box of its own (row), in cell order; -1 for the cells left out.
        Boxes start = new Boxes(axes, cells);
        int[] rowOfCell = new int[cells];
        for (int w = 0; w < cells; w++) {
            if (!include.test(w)) {
                rowOfCell[w] = -1;
                continue;
            }
            int row = start.add(label.applyAsInt(w), grid.weight(w));
            for (int a = 0; a < axes; a++) {
                start.setMask(row, a, 1L << (w / stride[a] % groups[a]));
            }
            rowOfCell[w] = row;
        }
        // Each order is merged on its own; the fewest boxes win, the earliest order on a tie. An axis of one group
        // merges
        // nothing, so orders are told apart by their other axes, and each distinct order is merged once.
        Map<List<Integer>, int[]> distinct = new LinkedHashMap<>();
        for (int[] order : orders(axes)) {
            int[] effective = Arrays.stream(order).filter(a -> groups[a] > 1).toArray();
            distinct.putIfAbsent(Arrays.stream(effective).boxed().toList(), effective);
        }
        List<int[]> orders = new ArrayList<>(distinct.values());
        if (orders.get(0).length == 0) {
            return finish(start);
        }
        // The first merge of an order, every cell a box, is the costliest: made once per first axis, along lines of
        // cells, for the orders that start with it (then dropped: a few of these at a time are what a map's memory
        // holds).
        Boxes[] merged = new Boxes[orders.size()];
        java.util.Queue<Integer> firstAxes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        orders.stream().map(o -> o[0]).distinct().forEach(firstAxes::add);
        int workers = Math.min(firstAxes.size(), java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(t -> {
            Scratch scratch = new Scratch(start.axes, start.size, cells);
            for (Integer a = firstAxes.poll(); a != null; a = firstAxes.poll()) {
                grid.cancellation().check();
                Boxes first = firstPass(start, rowOfCell, groups[a], stride[a], a, scratch);
                for (int i = 0; i < orders.size(); i++) {
                    if (orders.get(i)[0] == a) {
                        merged[i] = merge(start.size, first, orders.get(i), grid.cancellation(), scratch);
                    }
                }
            }
        });
        Boxes best = merged[0];
        for (Boxes m : merged) {
            if (m.size < best.size) {
                best = m;
            }
        }
        return finish(best);
    }

    private static List<Box> finish(Boxes best) {
        List<Box> out = best.toList();
        out.sort(Comparator.comparingInt(Box::label)
                .thenComparing(Comparator.comparingLong(Box::worlds).reversed())
                .thenComparing(b -> Arrays.toString(b.masks())));
        return out;
    }

    /**
     * The boxes of single cells ({@code start}; {@code rowOfCell}: each cell's row there, -1 when left out) merged
     * once along {@code axis} ({@code groups} groups, cells {@code stride} apart): the cells of one label on one line
     * along the axis (every other coordinate the same) become one box, placed where its first cell comes.
     */
    private static Boxes firstPass(Boxes start, int[] rowOfCell, int groups, int stride, int axis, Scratch scratch) {
        Boxes out = scratch.first;
        out.size = 0;
        int[] boxOfCell = scratch.boxOfCell;
        for (int w = 0; w < rowOfCell.length; w++) {
            int row = rowOfCell[w];
            if (row < 0) {
                continue;
            }
            int c = w / stride % groups;
            int found = -1;
            for (int j = 0, v = w - c * stride; j < c; j++, v += stride) {
                if (rowOfCell[v] >= 0 && start.labels[rowOfCell[v]] == start.labels[row]) {
                    found = boxOfCell[v];
                    break;
                }
            }
            if (found >= 0) {
                out.setMask(found, axis, out.masks[found * out.axes + axis] | start.masks[row * start.axes + axis]);
                out.worlds[found] += start.worlds[row];
            } else {
                found = out.copy(start, row);
            }
            boxOfCell[w] = found;
        }
        return out;
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

    /**
     * Merges boxes axis by axis in {@code order}, round after round, until a whole round merges nothing: along an axis,
     * boxes of one label that agree on every other axis become one (at the place of the first), their groups of that
     * axis joined. {@code first} is the {@code cells} cells merged along the first axis of the order.
     */
    private static Boxes merge(int cells, Boxes first, int[] order, Cancellation cancellation, Scratch scratch) {
        Boxes current = first;
        int unchanged = first.size < cells ? 0 : 1; // passes in a row that merged nothing
        for (int i = 1; unchanged < order.length; i++) {
            cancellation.check();
            Boxes next = scratch.turns[i % 2];
            current.mergeAlong(order[i % order.length], next, scratch.slots, scratch.keys);
            unchanged = next.size < current.size ? 0 : unchanged + 1;
            current = next;
        }
        return current.trimmed();
    }

    /**
     * One worker's room, reused from order to order so that merging makes no garbage: the first pass, two buffers
     * that take turns as a pass's output, a hash table, each cell's box.
     */
    private static final class Scratch {
        final Boxes first;
        final Boxes[] turns;
        final int[] slots;
        final long[] keys;
        final int[] boxOfCell;

        Scratch(int axes, int boxes, int cells) {
            first = new Boxes(axes, boxes);
            turns = new Boxes[] {new Boxes(axes, boxes), new Boxes(axes, boxes)};
            slots = new int[Integer.highestOneBit(Math.max(2, boxes) * 2 - 1) << 1];
            keys = new long[slots.length];
            boxOfCell = new int[cells];
        }
    }

    /**
     * Boxes in flat arrays (row {@code i}'s mask of axis {@code a} at {@code masks[i * axes + a]}): a map merges
     * hundreds of thousands of cells, many times over, and a box per object and a key per merge cost more than the
     * merging itself. Each row keeps a hash that is a sum over its axes, so the hash of a row without one axis (what a
     * merge along that axis groups by) is one subtraction.
     */
    private static final class Boxes {
        final int axes;
        final long[] masks;
        final int[] labels;
        final long[] worlds;
        final long[] hashes;
        int size;

        Boxes(int axes, int capacity) {
            this.axes = axes;
            this.masks = new long[Math.max(1, capacity) * axes];
            this.labels = new int[Math.max(1, capacity)];
            this.worlds = new long[Math.max(1, capacity)];
            this.hashes = new long[Math.max(1, capacity)];
        }

        /** Adds a box of {@code label} holding {@code count} worlds; its masks are set with {@link #setMask}. */
        int add(int label, long count) {
            int row = size++;
            labels[row] = label;
            worlds[row] = count;
            hashes[row] = mix(-1, label);
            return row;
        }

        /** Appends row {@code i} of {@code from}; returns its row here. */
        int copy(Boxes from, int i) {
            int row = size++;
            labels[row] = from.labels[i];
            worlds[row] = from.worlds[i];
            hashes[row] = from.hashes[i];
            System.arraycopy(from.masks, i * axes, masks, row * axes, axes);
            return row;
        }

        void setMask(int row, int axis, long mask) {
            hashes[row] += mix(axis, mask) - mix(axis, masks[row * axes + axis]);
            masks[row * axes + axis] = mask;
        }

        private static long mix(int axis, long mask) {
            if (mask == 0) {
                return 0;
            }
            long h = mask * 0x9E3779B97F4A7C15L + (axis + 1) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            return h;
        }

        /**
         * These boxes merged once along {@code axis} into {@code out} (emptied first), in the order each merged box's
         * first member came; {@code slots} and {@code keys} are room for a hash table of twice these boxes.
         */
        void mergeAlong(int axis, Boxes out, int[] slots, long[] keys) {
            out.size = 0;
            int n = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
            Arrays.fill(slots, 0, n, 0); // out row + 1, 0 for an empty slot; keys: the hash without the axis
            for (int i = 0; i < size; i++) {
                long mask = masks[i * axes + axis];
                long without = hashes[i] - mix(axis, mask);
                int h = (int) (without ^ (without >>> 32)) & (n - 1);
                int found = -1;
                for (int j = slots[h]; j != 0; h = (h + 1) & (n - 1), j = slots[h]) {
                    if (keys[h] == without && out.sameWithout(j - 1, this, i, axis)) {
                        found = j - 1;
                        break;
                    }
                }
                if (found >= 0) {
                    out.setMask(found, axis, out.masks[found * axes + axis] | mask);
                    out.worlds[found] += worlds[i];
                } else {
                    slots[h] = out.copy(this, i) + 1;
                    keys[h] = without;
                }
            }
        }

        /** A copy holding just these boxes. */
        Boxes trimmed() {
            Boxes out = new Boxes(axes, size);
            for (int i = 0; i < size; i++) {
                out.copy(this, i);
            }
            return out;
        }

        private boolean sameWithout(int row, Boxes other, int i, int axis) {
            if (labels[row] != other.labels[i]) {
                return false;
            }
            for (int a = 0; a < axes; a++) {
                if (a != axis && masks[row * axes + a] != other.masks[i * axes + a]) {
                    return false;
                }
            }
            return true;
        }

        List<Box> toList() {
            List<Box> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new Box(labels[i], Arrays.copyOfRange(masks, i * axes, (i + 1) * axes), worlds[i]));
            }
            return out;
        }
    }
}
