package org.verbatim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Where one page of a paginated list stands among the others, for its navigation: page {@code number} of
 * {@code count}, {@code totalItems} in the whole list, and the links to the first, previous, next and last pages
 * (empty where there is none) and to the numbered pages shown: the first, the last and the current one's
 * neighbours, as Hugo's paginator offers them.
 */
public record Pager(int number, int count, int totalItems, String first, String previous, String next, String last,
                    List<PageNumber> numbers) {
    /** How many neighbours on each side of the current page get a number of their own. */
    private static final int NEIGHBOURS = 2;

    public Pager {
        numbers = List.copyOf(numbers);
    }

    /** A numbered link; {@code gapBefore} when pages between it and the previous number are left out. */
    public record PageNumber(int number, String href, boolean current, boolean gapBefore) {
    }

    /** Page {@code number} of {@code count}; {@code href} gives the link to any page from this one. */
    static Pager of(int number, int count, int totalItems, IntFunction<String> href) {
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, count));
        for (int n = Math.max(1, number - NEIGHBOURS); n <= Math.min(count, number + NEIGHBOURS); n++) {
            shown.add(n);
        }
        List<PageNumber> numbers = new ArrayList<>();
        int before = 0;
        for (int n : shown) {
            numbers.add(new PageNumber(n, href.apply(n), n == number, before > 0 && n > before + 1));
            before = n;
        }
        return new Pager(number, count, totalItems, href.apply(1), number > 1 ? href.apply(number - 1) : "",
                number < count ? href.apply(number + 1) : "", href.apply(count), numbers);
    }

    /** The number of pages a list of {@code items} fills, {@code size} to a page; an empty list has one page. */
    public static int pageCount(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** The items of page {@code number} (from 1). */
    static <T> List<T> slice(List<T> items, int number, int size) {
        int from = Math.min(items.size(), (number - 1) * size);
        return items.subList(from, Math.min(items.size(), from + size));
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    /** Whether the list needs more than one page, and so a navigation. */
    public boolean isPaginated() {
        return count > 1;
    }
}
