package org.circuitpress.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Paper;
import org.circuitpress.model.Program;

/**
 * Times handouts; not a test. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.circuitpress.render.pdf.HandoutBench [n] [threads]}.
 * Prints ms per handout (one thread and the pool), bytes per handout, and the two font levers
 * measured on their own: parsing DejaVu per document, and showText with GSUB on versus off.
 */
public final class HandoutBench {
  private static final OutputStream NULL = OutputStream.nullOutputStream();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    List<Program> programs = new ArrayList<>();
    String[] names = {"Zoë Łukasz-Núñez", "Σοφία Παπαδοπούλου", "Иван Петров", "Jürgen Groß", "Ana Ćirić", "Siobhán Ó Briain"};
    for (int i = 0; i < 50; i++) {
      programs.add(TestPrograms.forClient("c-" + i, names[i % names.length], i % 3 == 0 ? Paper.LETTER : Paper.A4));
    }
    long t0 = System.nanoTime();
    HandoutRenderer r = new HandoutRenderer(Branding.DEFAULT, new Diagnostics());
    System.out.printf("renderer set-up (fonts parsed once): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    r.render(programs.get(0), one, new Diagnostics());
    System.out.printf("bytes per handout: %d%n", one.size());
    for (int i = 0; i < n; i++) r.render(programs.get(i % programs.size()), NULL, new Diagnostics()); // warm-up
    // CPU time of this thread: the machine is shared, wall time alone says little.
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) r.render(programs.get(i % programs.size()), NULL, new Diagnostics());
    double single = (System.nanoTime() - t0) / 1e6 / n;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
    System.out.printf("one thread: %.2f ms CPU, %.2f ms wall per handout (%d handouts)%n", cpu, single, n);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Program p = programs.get(i % programs.size());
      fs.add(pool.submit(() -> {
        r.render(p, NULL, new Diagnostics());
        return null;
      }));
    }
    for (Future<?> f : fs) f.get();
    double wall = (System.nanoTime() - t0) / 1e6;
    pool.shutdown();
    System.out.printf("%d threads: %.2f ms wall per handout, %.0f handouts/s%n", threads, wall / n, n * 1000 / wall);
    levers();
  }

  /** The two font levers, each timed alone. */
  private static void levers() throws IOException {
    byte[] ttf;
    try (InputStream in = HandoutBench.class.getResourceAsStream(FontSet.DEJAVU + "DejaVuSans.ttf")) {
      ttf = in.readAllBytes();
    }
    int reps = 300;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < reps; i++) {
      try (PDDocument doc = new PDDocument()) {
        PDType0Font.load(doc, new RandomAccessReadBuffer(ttf), true, false);
      }
    }
    System.out.printf("parse + load DejaVu Sans per document (the lever avoided): %.2f ms CPU%n", (mx.getCurrentThreadCpuTime() - t0) / 1e6 / reps);
    String text = "Foam roller side-lying extension rotation: knee pinned, open the top arm, follow it with your eyes. 30 s per side";
    for (boolean gsub : new boolean[] {true, false, true, false}) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
      font.setEnableGsub(gsub);
      t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < reps; i++) {
        try (PDDocument doc = new PDDocument()) {
          PDType0Font f = PDType0Font.load(doc, font, true);
          PDPage page = new PDPage();
          doc.addPage(page);
          try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(f, 9);
            for (int k = 0; k < 300; k++) cs.showText(text);
            cs.endText();
          }
        }
      }
      System.out.printf("300 lines of showText, GSUB %s: %.2f ms CPU per document%n", gsub ? "on " : "off", (mx.getCurrentThreadCpuTime() - t0) / 1e6 / reps);
    }
  }
}
