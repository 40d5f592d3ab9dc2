package no.grunnmodell.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent between two readings: by this JVM (the application and the benchmark's own REST client) and by the
 * whole machine (the JVM, PostgreSQL and anything else that runs). Steps per second depend on what else the machine
 * does; CPU per step much less, so it is the figure to compare between runs.
 */
record CpuUse(long jvmNanos, long machineTicks) {

  /** The kernel's clock ticks per second for /proc/stat (USER_HZ), 100 on Linux everywhere we run. */
  private static final double TICKS_PER_SECOND = 100;

  static CpuUse now() {
    return new CpuUse(jvmCpuNanos(), machineBusyTicks());
  }

  /** Milliseconds of CPU per unit of work since {@code before}: {jvm, machine}; machine is NaN where unknown. */
  double[] perUnitSince(CpuUse before, int units) {
    double jvm = (jvmNanos - before.jvmNanos) / 1e6 / Math.max(1, units);
    double machine = machineTicks < 0 || before.machineTicks < 0 ? Double.NaN
        : (machineTicks - before.machineTicks) * 1000 / TICKS_PER_SECOND / Math.max(1, units);
    return new double[] {jvm, machine};
  }

  private static long jvmCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Busy ticks of all cores: the first line of /proc/stat without idle and iowait. */
  private static long machineBusyTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < Math.min(fields.length, 9); i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(fields[i]);
        }
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
