package io.trackline.retail.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A retailer's catalog update: categories (with their parent) and products, each upserted by id. A
 * product without {@code stock} has no stock data: it counts as available when shown recently.
 */
public record CatalogFeed(List<Category> categories, List<Product> products) {

    public record Category(long id, String name, Long parentId) {
    }

    public record Product(String productId, String name, String brand, Long categoryId, BigDecimal price,
                          Integer stock) {
    }
}
