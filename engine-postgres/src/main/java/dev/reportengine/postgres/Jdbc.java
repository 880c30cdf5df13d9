package dev.reportengine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One statement on a connection borrowed for it, in the data source's auto-commit mode, with a
 * {@link PostgresStoreException} naming what was being done when it fails.
 */
final class Jdbc {

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Runs an update; returns how many rows it changed. */
  int update(String what, String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /** The first row a query returns, read by {@code reader}. */
  <T> Optional<T> one(String what, String sql, Binder binder, Reader<T> reader) {
    List<T> rows = list(what, sql, binder, reader, 1);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Every row a query returns, read by {@code reader}. */
  <T> List<T> list(String what, String sql, Binder binder, Reader<T> reader) {
    return list(what, sql, binder, reader, Integer.MAX_VALUE);
  }

  private <T> List<T> list(String what, String sql, Binder binder, Reader<T> reader, int max) {
    List<T> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (out.size() < max && rs.next()) {
          out.add(reader.read(rs));
        }
      }
    } catch (SQLException e) {
      throw failed(what, e);
    }
    return out;
  }

  static PostgresStoreException failed(String what, SQLException e) {
    return new PostgresStoreException(
        "cannot " + what + " in PostgreSQL (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(),
        e);
  }

  /** An instant as PostgreSQL keeps it: truncated (never rounded) to microseconds. */
  static OffsetDateTime micros(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** A {@code timestamptz} column and its full nano-of-second column, as one instant. */
  static Instant instant(ResultSet rs, int column, int nanosColumn) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class)
        .toInstant()
        .truncatedTo(ChronoUnit.SECONDS)
        .plusNanos(rs.getInt(nanosColumn));
  }

  /** Sets a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
