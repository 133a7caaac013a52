package io.trackline.influencer.infrastructure;

import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.NamedId;
import io.trackline.influencer.domain.Brands;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the dashboard reads of brands: the brands, their widgets (products), campaigns and influencers.
 * Every statement about a brand's things names the brand, so that no id of another
 * brand's thing can reach them. A widget's settings are changed through JPA ({@link JpaProductRepository}),
 * which owns {@code widget_product} and its version; access keys too ({@link JpaAccessKeyRepository}).
 */
@ApplicationScoped
public class JdbcBrands implements Brands {

    /** How many names a list offers to choose from at most. */
    static final int MAX_NAMES = 500;
    private static final String BRAND = "SELECT id, code, name FROM customer";
    private static final String WIDGET = "SELECT p.id, p.customer_id, c.code, p.code, p.name, p.anti_cheat,"
            + " p.widget_settings FROM widget_product p JOIN customer c ON c.id = p.customer_id";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<BrandView> brands() {
        return JdbcQuery.list(dataSource, BRAND + " ORDER BY name", JdbcBrands::brand);
    }

    @Override
    public Optional<BrandView> brand(long id) {
        return JdbcQuery.one(dataSource, BRAND + " WHERE id = ?", JdbcBrands::brand, id);
    }

    @Override
    public Optional<BrandView> brandByCode(String code) {
        return JdbcQuery.one(dataSource, BRAND + " WHERE code = ?", JdbcBrands::brand, code);
    }

    @Override
    public List<WidgetRow> widgets(long brandId) {
        return JdbcQuery.list(dataSource, WIDGET + " WHERE p.customer_id = ? ORDER BY p.code", JdbcBrands::widget,
                brandId);
    }

    @Override
    public Optional<WidgetRow> widget(long brandId, long widgetId) {
        return JdbcQuery.one(dataSource, WIDGET + " WHERE p.customer_id = ? AND p.id = ?", JdbcBrands::widget,
                brandId, widgetId);
    }

    @Override
    public List<String> eventTypes(long widgetId) {
        return JdbcQuery.list(dataSource, "SELECT code FROM event_type WHERE product_id = ? ORDER BY code",
                row -> row.getString(1), widgetId);
    }

    @Override
    public List<NamedId> campaigns(long brandId) {
        return names("SELECT id, name FROM campaign WHERE customer_id = ? ORDER BY name", brandId);
    }

    /** The influencers whose postbacks came in last, the latest first. */
    @Override
    public List<NamedId> influencers(long brandId) {
        return names("SELECT id, code FROM influencer WHERE customer_id = ? ORDER BY id DESC", brandId);
    }


    private List<NamedId> names(String sql, long brandId) {
        return JdbcQuery.list(dataSource, sql + " LIMIT " + MAX_NAMES, row -> new NamedId(row.getLong(1),
                row.getString(2)), brandId);
    }

    private static BrandView brand(ResultSet row) throws SQLException {
        return new BrandView(row.getLong(1), row.getString(2), row.getString(3));
    }

    private static WidgetRow widget(ResultSet row) throws SQLException {
        return new WidgetRow(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getBoolean(6), row.getString(7));
    }
}
