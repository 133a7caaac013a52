package io.trackline.auction.application;

import io.trackline.platform.application.ApiClientService;
import io.trackline.platform.application.DemoSeed;
import io.trackline.platform.application.PlatformDemoSeed;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.domain.RetailerKeys;
import io.trackline.retail.domain.Retailers;
import jakarta.ejb.EJB;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import javax.sql.DataSource;

/**
 * The seed document's retailers 5, 7 and 11, each signing with {@code TEST-KEY}, and advertisers so that
 * its examples win: on retailer 7, category 3 ("Soft drinks", under "Drinks") has two sponsored-product
 * ad groups; on retailer 11, the search "cola" has two sponsored-product ad groups and a display banner
 * (also on page {@code home}). Retailer 5 has no advertisers: its auctions answer 404. Retailer 11's back office
 * calls the management API as API client {@value #API_CLIENT} ({@value #API_SECRET}).
 *
 * <p>A CDI bean, not an enterprise bean: demo data loads while the first EJB module starts, before this
 * one, so its enterprise beans are not there yet. It is therefore the application layer's one CDI
 * {@code @Transactional} boundary: the seed's rows commit together. The auction index picks them up at its
 * next check.
 */
@ApplicationScoped
@Transactional
public class RetailDemoSeed implements DemoSeed {

    static final String KEY = "TEST-KEY";
    static final String API_CLIENT = "retailer-11";
    static final String API_SECRET = "demo-retailer-11-secret";
    /** Dashboard users: retailer 11's, and Fizz Drinks' on retailer 11. */
    static final String RETAILER_USER = "retailer";
    static final String ADVERTISER_USER = "advertiser";
    static final String FIZZ = "Fizz Drinks Ltd";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private Retailers retailers;

    @Inject
    private RetailerKeys keys;

    @EJB
    private ApiClientService apiClients;

    @EJB
    private UserAccountService users;

    @Inject
    private MasterKey masterKey;

    @Override
    public String name() {
        return "retail";
    }

    @Override
    public void seed() {
        Instant now = Instant.now();
        boolean added = false;
        for (long retailer : new long[] {5, 7, 11}) {
            if (retailers.add(retailer, RetailerSettings.defaults("Demo retailer " + retailer), now)) {
                keys.add(retailer, "Demo key from the seed document",
                        masterKey.cipher().seal(Long.toString(retailer), KEY.getBytes(StandardCharsets.UTF_8)),
                        now, null, now);
                added = true;
            }
        }
        apiClients.registerIfAbsent(API_CLIENT, API_SECRET, "Demo retailer 11's back office", Role.RETAILER, "11");
        users.registerIfAbsent(RETAILER_USER, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.RETAILER, "11");
        if (added) {
            try (Connection connection = dataSource.getConnection()) {
                new Rows(connection, now).seed();
            } catch (SQLException e) {
                throw new IllegalStateException("The retail demo data could not be written", e);
            }
        }
        JdbcQuery.one(dataSource, "SELECT id FROM advertiser WHERE retailer_id = 11 AND name = ? ORDER BY id",
                        row -> row.getLong(1), FIZZ)
                .ifPresent(fizzOn11 -> users.registerIfAbsent(ADVERTISER_USER,
                        PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.ADVERTISER, Long.toString(fizzOn11)));
    }

    /** The demo's catalog and advertisers, on one connection. */
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
