package io.trackline.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** One parameterised query on a connection of its own (joined to the caller's transaction), rows mapped. */
public final class JdbcQuery {

    /** One row as the caller wants it. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private JdbcQuery() {
    }

    public static <T> List<T> list(DataSource dataSource, String sql, RowMapper<T> mapper, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    /** The first row, if any. */
    public static <T> Optional<T> one(DataSource dataSource, String sql, RowMapper<T> mapper, Object... values) {
        return list(dataSource, sql, mapper, values).stream().findFirst();
    }

    /** {@code count} parameter markers for an {@code IN (…)} list: {@code ?, ?, ?}. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
