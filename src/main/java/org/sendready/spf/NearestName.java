package org.sendready.spf;

import java.util.ArrayList;
import java.util.List;

/// Finds the known names closest to a misspelt one, for "did you mean" hints.
final class NearestName {
    /// Names this short get no hint: a single letter is one edit from too many names.
    private static final int MIN_LENGTH = 2;

    private NearestName() {}

    /// The names in `known` at the smallest edit distance from `name`, if that distance is
    /// small: 1 for names of up to 3 characters, else 2.
    static List<String> among(String name, List<String> known) {
        if (name.length() < MIN_LENGTH) {
            return List.of();
        }
        int limit = name.length() <= 3 ? 1 : 2;
        int best = limit + 1;
        var nearest = new ArrayList<String>();
        for (var candidate : known) {
            int distance = distance(name, candidate);
            if (distance > limit) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(candidate);
            }
        }
        return List.copyOf(nearest);
    }

    /// A hint ` (did you mean 'x'?)`, or empty.
    static String hint(String name, List<String> known, String suffix) {
        var nearest = among(name, known);
        if (nearest.isEmpty()) {
            return "";
        }
        var quoted = nearest.stream().map(n -> "'" + n + suffix + "'").toList();
        return " (did you mean " + String.join(" or ", quoted) + "?)";
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost 1.
    static int distance(String a, String b) {
        var d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
