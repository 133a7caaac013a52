package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.RetailDemoRows;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/** The demo's catalog and advertisers, written with JDBC on one connection of the caller's transaction. */
@ApplicationScoped
public class JdbcRetailDemoRows implements RetailDemoRows {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public void seed(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            new Rows(connection, now).seed();
        } catch (SQLException e) {
            throw new IllegalStateException("The retail demo data could not be written", e);
        }
    }

    @Override
    public Optional<Long> advertiserId(long retailerId, String name) {
        return JdbcQuery.one(dataSource, "SELECT id FROM advertiser WHERE retailer_id = ? AND name = ? ORDER BY id",
                row -> row.getLong(1), retailerId, name);
    }

    /** The demo rows, on one connection. */
    private record Rows(Connection connection, Instant now) {

        void seed() throws SQLException {
            insert("INSERT INTO retail_category (retailer_id, id, name, parent_id) VALUES (7, 1, 'Drinks', NULL)");
            insert("INSERT INTO retail_category (retailer_id, id, name, parent_id) VALUES (7, 3, 'Soft drinks', 1)");
            for (long retailer : new long[] {7, 11}) {
                product(retailer, "EAN004", "Fizz Cola 1.5 l", "Fizz", 3, "1.99", 50);
                product(retailer, "EAN00113", "Sunny Lemonade 1 l", "Sunny", 3, "1.49", 20);
                product(retailer, "EAN005", "Fizz Cola Zero 1.5 l", "Fizz", 3, "1.99", 0);
            }
            long fizz7 = campaign(advertiser(7, FIZZ, "Fizz"), "Fizz soft drinks");
            long sunny7 = campaign(advertiser(7, "Sunny Beverages", "Sunny"), "Sunny launch");
            long fizzDrinks = adGroup(fizz7, "Fizz on drinks", "SP", "0.80", "EAN005", "EAN004");
            insert("INSERT INTO ad_category_target (ad_group_id, category_id) VALUES (?, 1)", fizzDrinks);
            long sunnySoft = adGroup(sunny7, "Sunny on soft drinks", "SP", "0.60", "EAN00113");
            insert("INSERT INTO ad_category_target (ad_group_id, category_id, bid) VALUES (?, 3, 0.70)", sunnySoft);

            long fizz11 = campaign(advertiser(11, FIZZ, "Fizz"), "Fizz search");
            long sunny11 = campaign(advertiser(11, "Sunny Beverages", "Sunny"), "Sunny search");
            long fizzCola = adGroup(fizz11, "Fizz on cola", "SP", "0.50", "EAN004");
            keyword(fizzCola, "cola", "BROAD", "1.20");
            keyword(fizzCola, "zero", "NEGATIVE", null);
            long sunnyCola = adGroup(sunny11, "Sunny on cola", "SP", "0.50", "EAN00113");
            keyword(sunnyCola, "cola", "PHRASE", "0.90");
            long banner = adGroup(fizz11, "Fizz banner", "DISPLAY", "2.00", "EAN004");
            keyword(banner, "cola", "BROAD", null);
            insert("INSERT INTO ad_page_target (ad_group_id, page) VALUES (?, 'home')", banner);
            insert("INSERT INTO ad_creative (ad_group_id, image_url, headline, click_url, width, height) VALUES (?,"
                    + " 'https://cdn.example.com/fizz-728x90.png', 'Fizz Cola: ice cold',"
                    + " 'https://shop.example.com/brands/fizz', 728, 90)", banner);
        }

        private void product(long retailer, String id, String name, String brand, long category, String price,
                             int stock) throws SQLException {
            insert("INSERT INTO retail_product (retailer_id, product_id, name, brand, category_id, price, stock,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", retailer, id, name, brand, category,
                    new BigDecimal(price), stock, Timestamp.from(now));
        }

        private long advertiser(long retailer, String name, String brand) throws SQLException {
            return insert("INSERT INTO advertiser (retailer_id, name, brand) VALUES (?, ?, ?)", retailer, name, brand);
        }

        private long campaign(long advertiser, String name) throws SQLException {
            return insert("INSERT INTO ad_campaign (advertiser_id, name, status, starts_on, daily_budget,"
                    + " total_budget, updated_at) VALUES (?, ?, 'ACTIVE', ?, 500, 10000, ?)", advertiser, name,
                    Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1)), Timestamp.from(now));
        }

        private long adGroup(long campaign, String name, String format, String bid, String... products)
                throws SQLException {
            long id = insert("INSERT INTO ad_group (campaign_id, name, format, status, default_bid, updated_at)"
                    + " VALUES (?, ?, ?, 'ACTIVE', ?, ?)", campaign, name, format, new BigDecimal(bid),
                    Timestamp.from(now));
            for (int i = 0; i < products.length; i++) {
                insert("INSERT INTO ad_group_product (ad_group_id, product_id, position) VALUES (?, ?, ?)", id,
                        products[i], i);
            }
            return id;
        }

        private void keyword(long adGroup, String keyword, String match, String bid) throws SQLException {
            insert("INSERT INTO ad_keyword (ad_group_id, keyword, match_type, bid) VALUES (?, ?, ?, ?)", adGroup,
                    keyword, match, bid == null ? null : new BigDecimal(bid));
        }

        private long insert(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }
    }
}
