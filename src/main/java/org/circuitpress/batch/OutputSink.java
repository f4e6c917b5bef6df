package org.circuitpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the temporary file a writer fills before it is moved into place. Tests pass a sink that
 * fails part-way, the way a full disk does.
 */
@FunctionalInterface
public interface OutputSink {
  OutputSink FILES =
      file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  OutputStream open(Path file) throws IOException;
}
