package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Rows read into records by their column names, and records written by their components' names
 * ({@link RecordParams}), on H2 here and on PostgreSQL in the subclass.
 */
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

    private @Nullable SingleConnectionDataSource h2;
    private JdbcClient jdbc;

    /** The database the rows are read from. */
    DataSource database() {
        h2 = new SingleConnectionDataSource("jdbc:h2:mem:rows;MODE=PostgreSQL", true);
        return h2;
    }

    @BeforeEach
    void table() {
        jdbc = JdbcClient.create(database());
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
    void close() {
        if (h2 != null) {
            h2.destroy();
        }
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
    void a_record_is_written_by_its_components_names_and_an_enum_by_its_name() {
        var written = new Sample(3, null, "架空室", Colour.BLUE, null, true, 7, LocalDate.of(2028, 2, 29), null);

        jdbc.sql("""
                        insert into sample (id, parent_id, display_name, colour, other_colour, done, position, start_date,
                            changed_at)
                        values (:id, :parentId, :displayName, :colour, :otherColour, :done, :position, :startDate,
                            :changedAt)
                        """).params(RecordParams.of(written)).update();

        assertThat(jdbc.sql("select colour from sample where id = 3")
                        .query(String.class)
                        .single())
                .isEqualTo("BLUE");
        assertThat(jdbc.sql("select * from sample where id = 3")
                        .query(RecordRowMapper.of(Sample.class))
                        .single())
                .isEqualTo(written);
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
