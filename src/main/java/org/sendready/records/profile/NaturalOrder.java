package org.sendready.records.profile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// The "natural" key order of Python's `natsort.natsort_keygen()` with default options, which
/// octoDNS's YamlProvider enforces on every mapping (`SortEnforcingLoader`, `octodns/yaml.py`:
/// "keys out of order" is a load error).
///
/// A key is cut into runs of digits and non-digits; digit runs compare as numbers, the rest
/// by code point, and a key starting with a digit gets an empty text run first, so runs
/// always align (`mail2` before `mail12`, `''` before everything).
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String left, String right) {
        var a = runs(left);
        var b = runs(right);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareRun(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareRun(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.compareTo(y);
        }
        return ((String) a).compareTo((String) b);
    }

    private static List<Object> runs(String key) {
        var runs = new ArrayList<Object>();
        if (!key.isEmpty() && Character.isDigit(key.charAt(0))) {
            runs.add("");
        }
        int i = 0;
        while (i < key.length()) {
            boolean digits = Character.isDigit(key.charAt(i));
            int end = i;
            while (end < key.length() && Character.isDigit(key.charAt(end)) == digits) {
                end++;
            }
            var run = key.substring(i, end);
            runs.add(digits ? new BigInteger(run) : run);
            i = end;
        }
        return runs;
    }
}
