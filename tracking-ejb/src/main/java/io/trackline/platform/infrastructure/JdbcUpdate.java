package io.trackline.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One parameterised insert, update or delete on a connection of its own (joined to the caller's transaction). */
public final class JdbcUpdate {

    private JdbcUpdate() {
    }

    /** @return the number of rows changed */
    public static int run(DataSource dataSource, String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }
}
