package io.trackline.auction.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keywords and search terms in one form: accents removed, lower case, anything but letters and digits
 * a separator, single spaces. "  Crème-Brûlée " and "creme brulee" are the same query.
 */
public final class Keywords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keywords() {
    }

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    public static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Whether {@code phrase} occurs in {@code query} as consecutive tokens. */
    public static boolean containsPhrase(List<String> query, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > query.size()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= query.size(); start++) {
            if (query.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
