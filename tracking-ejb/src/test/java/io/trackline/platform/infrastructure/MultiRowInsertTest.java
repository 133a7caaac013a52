package io.trackline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows-at-once inserts into an embedded database in MariaDB mode, as Trackline runs it. */
class MultiRowInsertTest {

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:multirow;MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL)");
        }
    }

    @AfterEach
    void dropTable() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE item");
        }
        connection.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 250, 251, 777})
    void everyRowIsInsertedOnceWithItsValues(int rows) throws SQLException {
        List<Integer> ids = IntStream.range(0, rows).boxed().toList();

        MultiRowInsert.run(connection, "INSERT INTO item (id, name)", 2, ids, (statement, first, id) -> {
            statement.setInt(first, id);
            statement.setString(first + 1, "item " + id);
        });

        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id),"
                     + " SUM(CASE WHEN name = CONCAT('item ', id) THEN 1 ELSE 0 END) FROM item")) {
            result.next();
            assertEquals(rows, result.getInt(1));
            assertEquals(rows, result.getInt(2));
            assertEquals(rows, result.getInt(3));
        }
    }

    @Test
    void aStatementHasOnePlaceholderGroupARow() {
        assertEquals("INSERT INTO item (id, name) VALUES (?, ?), (?, ?), (?, ?)",
                MultiRowInsert.sql("INSERT INTO item (id, name)", 2, 3));
    }
}
