package io.trackline.auction.infrastructure;

import java.util.List;

/** The products a winner showed, as a column holds them: comma-separated (product ids have no commas). */
final class ProductIds {

    private ProductIds() {
    }

    static String join(List<String> productIds) {
        return String.join(",", productIds);
    }

    static List<String> parse(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(","));
    }
}
