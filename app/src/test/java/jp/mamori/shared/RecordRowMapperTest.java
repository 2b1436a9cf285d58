package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Rows read into records by their column names (PostgreSQL: the modules' *PostgresIT). */
class RecordRowMapperTest {
    enum Colour {
        RED,
        BLUE
    }

    record Sample(
            long id,
            @Nullable Long parentId,
            String displayName,
            Colour colour,
            @Nullable Colour otherColour,
            boolean done,
            int position,
            LocalDate startDate,
            @Nullable OffsetDateTime changedAt) {}

    record Missing(long id, String nickName) {}

    private Connection connection;
    private JdbcClient jdbc;

    @BeforeEach
    void table() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:rows;MODE=PostgreSQL");
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        jdbc.sql("""
                        create table sample (id bigint, parent_id bigint, display_name varchar(40), colour varchar(10),
                            other_colour varchar(10), done boolean, position int, start_date date,
                            changed_at timestamp with time zone, extra varchar(10))
                        """).update();
        jdbc.sql("""
                        insert into sample values
                        (1, null, '架空課', 'RED', null, true, 3, date '2026-04-01', timestamp with time zone '2026-12-06 10:15:00+09:00', 'x'),
                        (2, 1, '架空係', 'BLUE', 'RED', false, 4, date '2019-05-01', null, 'y')
                        """).update();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void components_are_read_from_their_snake_case_columns_and_converted() {
        List<Sample> rows = jdbc.sql("select * from sample order by id")
                .query(RecordRowMapper.of(Sample.class))
                .list();

        assertThat(rows)
                .containsExactly(
                        new Sample(
                                1,
                                null,
                                "架空課",
                                Colour.RED,
                                null,
                                true,
                                3,
                                LocalDate.of(2026, 4, 1),
                                OffsetDateTime.of(2026, 12, 6, 10, 15, 0, 0, ZoneOffset.ofHours(9))
                                        .withOffsetSameInstant(
                                                rows.get(0).changedAt().getOffset())),
                        new Sample(2, 1L, "架空係", Colour.BLUE, Colour.RED, false, 4, LocalDate.of(2019, 5, 1), null));
        assertThat(rows.get(0).changedAt().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-06T01:15:00Z").toInstant());
    }

    @Test
    void a_column_of_another_name_is_given_by_an_alias() {
        assertThat(jdbc.sql("select id, extra nick_name from sample where id = 2")
                        .query(RecordRowMapper.of(Missing.class))
                        .single())
                .isEqualTo(new Missing(2, "y"));
    }

    @Test
    void a_component_without_its_column_is_named() {
        assertThatThrownBy(() -> jdbc.sql("select * from sample")
                        .query(RecordRowMapper.of(Missing.class))
                        .list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the query has no column nick_name for Missing");
    }
}
