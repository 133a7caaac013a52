package io.trackline.retail.infrastructure;

import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.api.ProductView;
import io.trackline.retail.domain.StoredCatalog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Catalog upserts and product-shown marks, one JDBC batch per statement, in the caller's transaction; and
 * the catalog as the dashboard searches it.
 */
@ApplicationScoped
public class JdbcCatalog implements StoredCatalog {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /**
     * Upserts the feed's categories, then its products. A statement is prepared only for rows there are:
     * MariaDB's driver fails closing a batch statement that never had one.
     */
    @Override
    public void upsert(long retailerId, CatalogFeed feed, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (!feed.categories().isEmpty()) {
                upsertCategories(connection, retailerId, feed.categories());
            }
            if (!feed.products().isEmpty()) {
                upsertProducts(connection, retailerId, feed.products(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The catalog could not be written", e);
        }
    }

    private static void upsertCategories(Connection connection, long retailerId, List<CatalogFeed.Category> rows)
            throws SQLException {
        try (PreparedStatement category = connection.prepareStatement("INSERT INTO retail_category (retailer_id,"
                + " id, name, parent_id) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE name = VALUES(name), parent_id = VALUES(parent_id)")) {
            for (CatalogFeed.Category row : rows) {
                category.setLong(1, retailerId);
                category.setLong(2, row.id());
                category.setString(3, row.name());
                setLong(category, 4, row.parentId());
                category.addBatch();
            }
            category.executeBatch();
        }
    }

    private static void upsertProducts(Connection connection, long retailerId, List<CatalogFeed.Product> rows,
                                       Instant now) throws SQLException {
        try (PreparedStatement product = connection.prepareStatement("INSERT INTO retail_product (retailer_id,"
                + " product_id, name, brand, category_id, price, stock, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                + " brand = VALUES(brand), category_id = VALUES(category_id), price = VALUES(price),"
                + " stock = VALUES(stock), updated_at = VALUES(updated_at)")) {
            for (CatalogFeed.Product row : rows) {
                product.setLong(1, retailerId);
                product.setString(2, row.productId());
                product.setString(3, row.name());
                product.setString(4, row.brand());
                setLong(product, 5, row.categoryId());
                product.setBigDecimal(6, row.price());
                if (row.stock() == null) {
                    product.setNull(7, Types.INTEGER);
                } else {
                    product.setInt(7, row.stock());
                }
                product.setTimestamp(8, Timestamp.from(now));
                product.addBatch();
            }
            product.executeBatch();
        }
    }

    /** Marks products as shown now, adding those the catalog does not have yet (named by their id). */
    @Override
    public void markShown(long retailerId, List<String> productIds, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement shown = connection.prepareStatement("INSERT INTO retail_product (retailer_id,"
                     + " product_id, name, last_shown_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                     + " ON DUPLICATE KEY UPDATE last_shown_at = VALUES(last_shown_at)")) {
            for (String productId : productIds) {
                shown.setLong(1, retailerId);
                shown.setString(2, productId);
                shown.setString(3, productId);
                shown.setTimestamp(4, Timestamp.from(now));
                shown.setTimestamp(5, Timestamp.from(now));
                shown.addBatch();
            }
            shown.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The products shown could not be recorded", e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /**
     * The retailer's products whose id or name holds {@code search} (every product for none), by id, at
     * most {@code limit} of them.
     */
    @Override
    public List<ProductView> products(long retailerId, String search, int limit) {
        String pattern = "%" + (search == null ? "" : search.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        return JdbcQuery.list(dataSource, "SELECT p.product_id, p.name, p.brand, c.name, p.price, p.stock, p.updated_at"
                + " FROM retail_product p LEFT JOIN retail_category c ON c.retailer_id = p.retailer_id"
                + " AND c.id = p.category_id WHERE p.retailer_id = ? AND (p.product_id LIKE ? OR p.name LIKE ?)"
                + " ORDER BY p.product_id LIMIT " + limit, row -> new ProductView(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getBigDecimal(5), row.getObject(6, Integer.class),
                row.getTimestamp(7).toInstant()), retailerId, pattern, pattern);
    }

    @Override
    public long productCount(long retailerId) {
        return JdbcQuery.one(dataSource, "SELECT COUNT(*) FROM retail_product WHERE retailer_id = ?",
                row -> row.getLong(1), retailerId).orElse(0L);
    }
}
