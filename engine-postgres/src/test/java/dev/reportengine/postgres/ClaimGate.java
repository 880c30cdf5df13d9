package dev.reportengine.postgres;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that holds the first claim poll ({@code claim(owner, lease, max)}'s statement) in
 * flight as the engine closes, like a round trip still on the wire: the hold ignores interrupts
 * (the flag is kept), and ends once the engine's jobs were handed back ({@code release}) or one
 * second after the poll's thread was interrupted, whichever comes first. So the claim commits after
 * the hand-back unless close waits for the poll.
 */
final class ClaimGate implements DataSource {

  private static final String CLAIM = "WITH next AS (";
  private static final String RELEASE = "UPDATE reportengine_jobs SET status = 'queued', owner";

  private final DataSource delegate;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final CountDownLatch claimDone = new CountDownLatch(1);

  ClaimGate(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Waits until a claim poll is held. */
  boolean awaitHeld() throws InterruptedException {
    return held.await(30, TimeUnit.SECONDS);
  }

  /** Waits until the held poll's connection went back to the pool: its claim committed. */
  boolean awaitClaimDone() throws InterruptedException {
    return claimDone.await(30, TimeUnit.SECONDS);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return gated(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return gated(delegate.getConnection(username, password));
  }

  private Connection gated(Connection real) {
    String[] role = {""};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")) {
                String sql = (String) args[0];
                if (sql.startsWith(RELEASE)) {
                  role[0] = "release";
                } else if (sql.startsWith(CLAIM) && held.getCount() > 0) {
                  role[0] = "claim";
                  held.countDown();
                  hold();
                }
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              } finally {
                if (method.getName().equals("close")) {
                  if (role[0].equals("claim")) {
                    claimDone.countDown();
                  } else if (role[0].equals("release")) {
                    released.countDown();
                  }
                }
              }
            });
  }

  private void hold() {
    boolean interrupted = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        released.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        break;
      } catch (InterruptedException e) {
        if (!interrupted) {
          interrupted = true;
          deadline = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.reportengine.postgres");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
