package org.circuitpress.cli;

import java.lang.management.ManagementFactory;

/**
 * A stand-in for the product in the launcher's tests: prints its arguments and JVM options, and
 * exits with the code of an argument {@code exit=N}. Needs nothing but the JDK.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    System.out.println("args " + String.join(" ", args));
    System.out.println("jvm " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    for (String a : args) {
      if (a.startsWith("exit=")) System.exit(Integer.parseInt(a.substring(5)));
    }
  }
}
