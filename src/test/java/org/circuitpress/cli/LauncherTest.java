package org.circuitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./circuitpress} launcher with a probe jar in place of the product: it passes the
 * arguments, the exit code and {@code CIRCUITPRESS_JAVA_OPTS}, makes a class-data-sharing archive
 * after the first run and uses it later, and never lets the archive break a run or print a word.
 */
class LauncherTest {
  @TempDir Path root;
  private Path jar;
  private Path archive;

  @BeforeEach
  void probeInstalled() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    Files.copy(Path.of("circuitpress"), root.resolve("circuitpress"));
    Path target = Files.createDirectories(root.resolve("target"));
    jar = target.resolve("circuitpress-0.1.0.jar");
    archive = target.resolve("circuitpress-0.1.0.jsa");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m);
        InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      in.transferTo(j);
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
  }

  record Ran(int exit, String out, String err) {}

  private Ran launch(String javaOpts, String... args) throws Exception {
    return launchOn(2, javaOpts, args);
  }

  /** Runs the launcher on a machine that says it has {@code cores} cores (a stand-in {@code nproc}). */
  private Ran launchOn(int cores, String javaOpts, String... args) throws Exception {
    Path bin = fakeBin(cores);
    return finish(start(bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"),
        javaOpts, args));
  }

  /** A folder for stand-ins of commands, first on the launcher's PATH, with an {@code nproc} that says {@code cores}. */
  private Path fakeBin(int cores) throws IOException {
    Path bin = Files.createDirectories(root.resolve("fake-bin"));
    Path nproc = bin.resolve("nproc");
    Files.writeString(nproc, "#!/bin/sh\necho " + cores + "\n");
    nproc.toFile().setExecutable(true);
    return bin;
  }

  private Process start(String path, String javaOpts, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    // A build started in the background (mvn verify &) runs with Ctrl-C ignored, and so would the
    // launcher: bash cannot trap a signal ignored when it starts, so the signal test would fail
    // on how the build was started. The launcher gets Ctrl-C as a terminal gives it.
    if (interruptIgnored()) cmd.addAll(List.of("env", "--default-signal=INT"));
    cmd.addAll(List.of("/bin/bash", root.resolve("circuitpress").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().remove("CIRCUITPRESS_JAVA_OPTS");
    if (javaOpts != null) pb.environment().put("CIRCUITPRESS_JAVA_OPTS", javaOpts);
    pb.environment().put("PATH", path);
    return pb.redirectOutput(root.resolve("stdout.txt").toFile()).redirectError(root.resolve("stderr.txt").toFile()).start();
  }

  /** Whether this JVM runs with SIGINT ignored (Linux: bit 2 of SigIgn in /proc/self/status). */
  private static boolean interruptIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) return false;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).strip(), 16) & 0b10) != 0;
    }
    return false;
  }

  private Ran finish(Process p) throws Exception {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(p.exitValue(), Files.readString(root.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(root.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theFirstRunMakesAnArchiveThatLaterRunsMapSilently() throws Exception {
    // Split into words, but a * is not expanded, though a file matches it.
    Files.createFile(root.resolve("-Dprobe.glob=x"));
    Ran first = launch("-Dprobe.opt=1  -Dprobe.glob=*", "generate", "--roster", "r.xlsx");
    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).contains("args generate --roster r.xlsx", "-Dprobe.opt=1 -Dprobe.glob=*\n");
    assertThat(archive).exists();
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
    assertThat(Workspace.hidden(root.resolve("target"))).as("no temporary file left").isEmpty();

    // -Xshare:on (after the launcher's own options, so it wins) fails the JVM if the archive cannot
    // be mapped; the class-load log says the probe came from it.
    Ran second = launch("-Xshare:on -Xlog:class+load=info:stdout", "generate");
    assertThat(second.exit()).isZero();
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).containsPattern("LauncherProbe source: shared objects file");
  }

  @Test
  void theExitCodeComesThroughWhetherTheArchiveIsMadeOrUsed() throws Exception {
    assertThat(launch(null, "generate", "exit=3").exit()).isEqualTo(3);
    assertThat(archive).exists();
    Ran again = launch(null, "generate", "exit=1");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).isEmpty();
  }

  /**
   * Found in review: a JVM that could not start (a value in CIRCUITPRESS_JAVA_OPTS it does not
   * accept) exited 1, which in this product means "some clients failed". It is 2 now, with a line that
   * says so, whether the archive is being made or used; a run whose clients failed stays 1.
   */
  @Test
  void aJavaThatCannotStartExits2AndSaysWhy() throws Exception {
    Ran bad = launch("-Xmx1foo", "generate");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("Invalid maximum heap size", "circuitpress: Java could not start, so nothing was"
        + " done; the lines above say why (check CIRCUITPRESS_JAVA_OPTS, now \"-Xmx1foo\")");
    assertThat(Workspace.hidden(root.resolve("target"))).as("no temporary file left").isEmpty();

    assertThat(launch(null, "generate").exit()).isZero();
    assertThat(archive).exists();
    Ran tiny = launch("-Xss1k", "generate");
    assertThat(tiny.exit()).isEqualTo(2);
    assertThat(tiny.out() + tiny.err()).contains("stack size specified is too small", "circuitpress: Java could not start");
    Ran failed = launch("-Xmx64m", "generate", "exit=1");
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.err()).isEmpty();
  }

  @Test
  void noJavaOnThePathExits2AndSaysWhatIsNeeded() throws Exception {
    // every command of the PATH but java
    Path bin = fakeBin(2);
    for (String dir : System.getenv("PATH").split(":")) {
      File[] files = new File(dir).listFiles();
      if (files == null) continue;
      for (File f : files) {
        Path link = bin.resolve(f.getName());
        if (!f.getName().equals("java") && f.canExecute() && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, f.toPath());
        }
      }
    }
    Ran r = finish(start(bin.toString(), null, "generate"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("circuitpress: no java command was found, so nothing was done; CircuitPress"
        + " needs Java 17 or later");
  }

  @Test
  void aJavaTooOldForTheJarExits2AndSaysWhichIsNeeded() throws Exception {
    Path bin = fakeBin(2);
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a; do [ \"$a\" = -version ] && { echo 'openjdk version \"11.0.2\" 2019-01-15' >&2;"
        + " exit 0; }; done\necho 'Error: LinkageError occurred while loading main class' >&2\nexit 1\n");
    java.toFile().setExecutable(true);
    Ran r = finish(start(bin + ":" + System.getenv("PATH"), null, "generate"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("LinkageError", "circuitpress: this java is Java 11, and CircuitPress needs Java 17"
        + " or later");
  }

  /** The launcher waits for Java rather than becoming it: a signal to the launcher still stops the run. */
  @Test
  void aSignalToTheLauncherStopsJava() throws Exception {
    assertThat(launch(null, "generate").exit()).isZero();
    String path = fakeBin(2) + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
    for (String signal : List.of("TERM", "INT")) {
      Process p = start(path, null, "generate", "sleep=60000");
      long deadline = System.currentTimeMillis() + 60_000;
      while (!Files.readString(root.resolve("stdout.txt")).contains("args") && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      List<ProcessHandle> java = p.descendants().toList();
      assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor()).isZero();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(signal).isTrue();
      assertThat(p.exitValue()).as(signal).isEqualTo(signal.equals("TERM") ? 143 : 130);
      for (ProcessHandle h : java) h.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Java killed from outside (kill -9, the kernel out of memory) cannot say a word itself: the
   * launcher says what it means, in place of bash's own line about its background job
   * ("line 141: 5217 Killed ( trap - INT QUIT; exec java "$@" )").
   */
  @Test
  void aJavaKilledFromOutsideIsSaidInPlainWords() throws Exception {
    assertThat(launch(null, "generate").exit()).isZero();
    String path = fakeBin(2) + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
    Process p = start(path, null, "generate", "sleep=60000");
    long deadline = System.currentTimeMillis() + 60_000;
    while (!Files.readString(root.resolve("stdout.txt")).contains("args") && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    List<ProcessHandle> java = p.descendants().toList();
    assertThat(java).isNotEmpty();
    for (ProcessHandle h : java) {
      assertThat(new ProcessBuilder("kill", "-KILL", String.valueOf(h.pid())).start().waitFor()).isZero();
    }
    Ran r = finish(p);
    assertThat(r.exit()).isEqualTo(137);
    assertThat(r.err()).doesNotContain("exec java", "Killed").contains("circuitpress: the run was killed before the end");
  }

  /**
   * Found in review: a launcher killed with kill -9 (or by a scheduler that ends only the script)
   * left its Java running to the end, writing files nobody waited for and holding the month's lock.
   * Java now sees that the launcher is gone and stops as on Ctrl-C. Here the product itself runs,
   * from a jar whose class path is this test's, on a roster long enough that the run is still at
   * work when the launcher is killed, one client at a time.
   */
  @Test
  void aLauncherKilledWithKill9StopsItsJavaAsCtrlCWould() throws Exception {
    productInstalled();
    int clients = 600;
    Path roster = root.resolve("input/big.csv");
    List<String> sample = Files.readAllLines(Path.of("input/csv/roster.csv"), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>(List.of(sample.get(0)));
    for (int i = 0; i < clients; i++) {
      String row = sample.get(1 + i % (sample.size() - 1));
      rows.add(String.format("k%04d", i) + row.substring(row.indexOf(',')));
    }
    Files.write(roster, rows, StandardCharsets.UTF_8);
    Path month = root.resolve("output/2026-12");
    Path lock = month.resolve(".circuitpress-run.lock");

    String path = fakeBin(2) + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
    Process p = start(path, null, "generate", "--roster", "input/big.csv", "--threads", "1");
    List<ProcessHandle> java = List.of();
    try {
      long deadline = System.currentTimeMillis() + 120_000;
      while (!Files.exists(lock) && p.isAlive() && System.currentTimeMillis() < deadline) Thread.sleep(20);
      assertThat(lock).as("the run holds the month's lock; " + Files.readString(root.resolve("stderr.txt"))).exists();
      java = p.descendants().toList();
      assertThat(java).isNotEmpty();
      assertThat(new ProcessBuilder("kill", "-KILL", String.valueOf(p.pid())).start().waitFor()).isZero();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      for (ProcessHandle h : java) h.onExit().get(60, TimeUnit.SECONDS);
    } finally {
      java.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    assertThat(Files.readString(root.resolve("stderr.txt"), StandardCharsets.UTF_8)).contains(
        "circuitpress: the circuitpress command that started this run was killed, so the run stops here too",
        "circuitpress: stopped before the end. Every file written so far is whole");
    assertThat(month.resolve("summary.xlsx")).as("stopped before the end").doesNotExist();
    assertThat(lock).as("the lock is let go, and its file removed").doesNotExist();
    List<Path> written;
    try (var s = Files.walk(month)) {
      written = s.filter(Files::isRegularFile).toList();
    }
    assertThat(written).as("no temporary file left").noneMatch(f -> f.toString().endsWith(".cptmp"));
    assertThat(written.stream().filter(f -> f.endsWith("handout.pdf")).count()).isLessThan(clients);
    for (Path f : written) {
      if (f.endsWith("handout.pdf")) assertThat(Files.readString(f, StandardCharsets.ISO_8859_1).strip()).endsWith("%%EOF");
      if (f.endsWith("log.xlsx")) {
        try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(f.toFile())) {
          assertThat(whole.size()).isPositive();
        }
      }
    }
  }

  /**
   * Found in review: Git Bash and Cygwin give the launcher a process number of their own ($$), which
   * a Java for Windows looks up among Windows' processes, finding none or another program; Java
   * then stopped a run whose launcher was alive, at once or when that program ended. Java now
   * watches only a launcher that is among its parents, and the launcher does not give its number
   * there. Here a number that names no process, as Windows would find none.
   */
  @Test
  void aLauncherNumberThatNamesNoParentOfJavaDoesNotStopTheRun() throws Exception {
    productInstalled();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-D" + LauncherWatch.PROPERTY + "=" + gone.pid(), "-jar", jar.toString(), "generate");
    Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(root.resolve("stdout.txt").toFile())
        .redirectError(root.resolve("stderr.txt").toFile()).start();
    Ran r = finish(p);
    assertThat(r.err()).doesNotContain("was killed");
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    assertThat(root.resolve("output/2026-12/summary.xlsx")).exists();
  }

  @Test
  void gitBashAndCygwinDoNotGiveJavaTheLaunchersNumber() throws Exception {
    Path bin = fakeBin(2);
    String path = bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
    assertThat(finish(start(path, null, "generate")).out()).contains("-D" + LauncherWatch.PROPERTY + "=");
    for (String system : List.of("MINGW64_NT-10.0-19045", "MSYS_NT-10.0-19045", "CYGWIN_NT-10.0-19045")) {
      Path uname = bin.resolve("uname");
      Files.writeString(uname, "#!/bin/sh\necho " + system + "\n");
      uname.toFile().setExecutable(true);
      Ran r = finish(start(path, null, "generate"));
      assertThat(r.exit()).isZero();
      assertThat(r.out()).as(system).contains("args generate").doesNotContain(LauncherWatch.PROPERTY);
    }
  }

  /**
   * The product in place of the probe: a jar that runs {@link Main} with this test's class path,
   * and the sample library, branding and templates.
   */
  private void productInstalled() throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
      // the manifest is all it holds
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    for (String folder : List.of("input", "templates")) {
      Path from = Path.of(folder);
      try (var s = Files.walk(from)) {
        for (Path f : s.toList()) {
          Path to = root.resolve(from.relativize(f).toString().isEmpty() ? folder : folder + "/" + from.relativize(f));
          if (Files.isDirectory(f)) Files.createDirectories(to);
          else Files.copy(f, to);
        }
      }
    }
  }

  @Test
  void aDamagedArchiveIsIgnoredAndARebuiltJarGetsANewOne() throws Exception {
    Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Ran damaged = launch(null, "generate");
    assertThat(damaged.exit()).isZero();
    assertThat(damaged.err()).isEmpty();
    assertThat(damaged.out()).contains("args generate");

    // The jar is rebuilt: newer than the archive, which is then made again.
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
    Ran rebuilt = launch(null, "generate");
    assertThat(rebuilt.exit()).isZero();
    assertThat(rebuilt.err()).isEmpty();
    assertThat(Files.size(archive)).isGreaterThan(8);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
  }

  @Test
  void aSmallRunUsesTheQuickJitAndEveryRunOnTwoCoresTheSerialCollector() throws Exception {
    assertThat(launch(null, "generate", "--clients", "a,b").out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(launch(null, "plan", "--client=a").out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(launch(null, "generate").out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        .doesNotContain("GCTimeRatio");
    assertThat(launch(null, "generate", "--clients", "a,b,c,d,e,f,g,h,i").out()).contains("-XX:+UseSerialGC");
  }

  @Test
  void onMoreCoresOnlyASmallRunUsesTheSerialCollector() throws Exception {
    assertThat(launchOn(8, null, "generate").out()).doesNotContain("UseSerialGC");
    assertThat(launchOn(8, null, "generate", "--clients", "a,b").out()).contains("-XX:+UseSerialGC");
    assertThat(launchOn(1, null, "generate").out()).contains("-XX:+UseSerialGC");
  }

  @Test
  void aRosterOfSomeThousandsOfClientsKeepsTheOptimizingCompiler() throws Exception {
    // About 6,700 clients of CSV and 5,000 of XLSX by their sizes: C2 pays back.
    Files.write(root.resolve("big.csv"), new byte[1_000_000]);
    Files.write(root.resolve("big.xlsx"), new byte[300_000]);
    assertThat(launch(null, "generate", "--roster", "big.csv").out())
        .doesNotContain("TieredStopAtLevel").contains("-XX:+UseSerialGC", "-XX:-UseOnStackReplacement");
    assertThat(launch(null, "generate", "--roster=big.xlsx").out()).doesNotContain("TieredStopAtLevel");
    // A quarter of it per shard, or a list of clients, is a small run again.
    assertThat(launch(null, "generate", "--roster", "big.csv", "--shard", "1/4").out()).contains("-XX:TieredStopAtLevel=1")
        .doesNotContain("UseOnStackReplacement");
    assertThat(launch(null, "generate", "--roster", "big.csv", "--clients", "a,b,c,d,e,f,g,h,i").out())
        .contains("-XX:TieredStopAtLevel=1");
    // The default roster is found where the product looks for it.
    Files.createDirectories(root.resolve("input"));
    Files.write(root.resolve("input/roster.csv"), new byte[1_000_000]);
    assertThat(launch(null, "generate").out()).doesNotContain("TieredStopAtLevel");
  }

  @Test
  void aFolderWhereNoArchiveCanBeWrittenStillRuns() throws Exception {
    Path target = root.resolve("target");
    target.toFile().setWritable(false);
    try {
      // root (by whatever name) writes into read-only folders, so there is nothing to test
      Assumptions.assumeFalse(Files.isWritable(target), "this user writes into read-only folders");
      Ran r = launch(null, "generate");
      assertThat(r.exit()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(archive).doesNotExist();
    } finally {
      target.toFile().setWritable(true);
    }
  }

  /** Files of a folder whose names start with a dot. */
  static final class Workspace {
    static List<String> hidden(Path dir) throws IOException {
      try (var s = Files.list(dir)) {
        return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      }
    }
  }
}
