package no.grunnmodell.platform;

import java.util.function.Supplier;

/**
 * Marks the deployment of the repository's {@code processes/} and {@code forms/} at start-up, on the thread that
 * makes it. The mark is set by our own code only; a client's deployment name or source could say anything, so it
 * never decides whether a deployment is the start-up one.
 */
public final class StartupDeployment {

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  private StartupDeployment() {
  }

  /** Runs the start-up deployment with the mark set, and clears it whatever happens. */
  public static <T> T run(Supplier<T> deployment) {
    ACTIVE.set(Boolean.TRUE);
    try {
      return deployment.get();
    } finally {
      ACTIVE.remove();
    }
  }

  public static boolean isActive() {
    return Boolean.TRUE.equals(ACTIVE.get());
  }
}
