package org.verbatim.markdown;

import java.util.Arrays;

/** Maps offsets in an interview body to lines and columns of the whole file. */
final class SourcePositions {
    private final int[] lineStarts;
    private final int firstLine;

    SourcePositions(String body, int firstLine) {
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int line(int offset) {
        return index(offset) + firstLine;
    }

    int column(int offset) {
        return offset - lineStarts[index(offset)] + 1;
    }

    private int index(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
