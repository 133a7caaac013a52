package io.trackline.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows with one {@code INSERT … VALUES (…), (…), …} statement per {@value #ROWS_PER_STATEMENT}
 * rows: the database parses and commits them together, several times faster than a JDBC batch that
 * MariaDB's driver sends as one statement a row. What is left after the full chunks goes in chunks of a
 * power of two, so that a table needs a handful of statement texts, which the statement cache keeps, not
 * a new one for every batch size.
 */
public final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 250;

    /** Sets one row's values, from {@code first} on, in the statement's column order. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * @param insertInto the statement up to its values, e.g. {@code INSERT INTO t (a, b)}
     * @param columns    how many values a row has
     */
    public static <T> void run(Connection connection, String insertInto, int columns, List<T> rows,
                               RowBinder<T> binder) throws SQLException {
        run(connection, insertInto, columns, rows, binder, "");
    }

    /** @param onDuplicate what follows the values, e.g. {@code ON DUPLICATE KEY UPDATE …} (or nothing) */
    public static <T> void run(Connection connection, String insertInto, int columns, List<T> rows,
                               RowBinder<T> binder, String onDuplicate) throws SQLException {
        for (int start = 0; start < rows.size(); ) {
            int left = rows.size() - start;
            int size = left >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : Integer.highestOneBit(left);
            List<T> chunk = rows.subList(start, start + size);
            start += size;
            try (PreparedStatement statement = connection.prepareStatement(sql(insertInto, columns, chunk.size())
                    + onDuplicate)) {
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(statement, i * columns + 1, chunk.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    static String sql(String insertInto, int columns, int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int c = 0; c < columns; c++) {
            row.append(c == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder(insertInto.length() + rows * (row.length() + 2) + 8)
                .append(insertInto).append(" VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
