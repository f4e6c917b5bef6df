package org.circuitpress.cli;

import java.lang.management.ManagementFactory;

/**
 * A stand-in for the product in the launcher's tests: prints its arguments and JVM options, waits
 * the milliseconds of an argument {@code sleep=N}, and exits with the code of an argument
 * {@code exit=N}. Needs nothing but the JDK.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("args " + String.join(" ", args));
    System.out.println("jvm " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    System.out.flush();
    for (String a : args) {
      if (a.startsWith("sleep=")) Thread.sleep(Long.parseLong(a.substring(6)));
      if (a.startsWith("exit=")) System.exit(Integer.parseInt(a.substring(5)));
    }
  }
}
