package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The opt-in one-engine-per-database guard on a real PostgreSQL. */
class PostgresEngineLockTest {

  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @Test
  void doesRefuseASecondHolderUntilTheFirstReleases() {
    PostgresEngineLock first = PostgresEngineLock.acquire(db.dataSource());
    try {
      assertThat(first.schema()).isEqualTo("public");
      assertThatThrownBy(() -> PostgresEngineLock.acquire(db.dataSource()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(
              "another report engine holds the PostgreSQL store in schema public");
    } finally {
      first.close();
    }
    first.close();

    try (PostgresEngineLock second = PostgresEngineLock.acquire(db.dataSource())) {
      assertThat(second.toString()).contains("public");
    }
  }
}
