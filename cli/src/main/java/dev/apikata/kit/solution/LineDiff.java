package dev.apikata.kit.solution;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of two texts side by side as a diff: common lines, lines only in the first ({@code -}),
 * lines only in the second ({@code +}). A longest common subsequence of lines, which is plenty for
 * the few dozen lines of a method.
 */
final class LineDiff {

    /** One line of the diff: {@code ' '} common, {@code '-'} only in the first text, {@code '+'} only in the second. */
    record Line(char mark, String text) {
        @Override
        public String toString() {
            return mark + " " + text;
        }
    }

    private LineDiff() {
    }

    static List<Line> of(List<String> first, List<String> second) {
        int[][] common = new int[first.size() + 1][second.size() + 1];
        for (int i = first.size() - 1; i >= 0; i--) {
            for (int j = second.size() - 1; j >= 0; j--) {
                common[i][j] = same(first.get(i), second.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            if (same(first.get(i), second.get(j))) {
                lines.add(new Line(' ', second.get(j)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line('-', first.get(i++)));
            } else {
                lines.add(new Line('+', second.get(j++)));
            }
        }
        while (i < first.size()) {
            lines.add(new Line('-', first.get(i++)));
        }
        while (j < second.size()) {
            lines.add(new Line('+', second.get(j++)));
        }
        return lines;
    }

    // Indentation is a matter of taste, not of the solution.
    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }
}
