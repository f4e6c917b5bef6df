package org.circuitpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasons a file could not be written, in plain words, naming a path once. */
class StopTest {
  @TempDir Path tmp;

  @Test
  void theCommonExceptionsSayWhatIsWrongAndCallTheLinesOwnPathIt() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("out/2026-12/c001"));
    Path file = Files.writeString(tmp.resolve("out/2026-12/c002"), "x");
    Path target = folder.resolve("log.xlsx");
    Path temp = folder.resolve(".log.xlsx.1-1" + AtomicFiles.TEMP_SUFFIX);

    assertThat(Stop.describe(new FileAlreadyExistsException(file.toString()), file))
        .isEqualTo("it is a file, but a folder is needed there");
    assertThat(Stop.describe(new FileAlreadyExistsException(file.toString()), null))
        .isEqualTo(file + " is a file, but a folder is needed there");
    assertThat(Stop.describe(new FileAlreadyExistsException(folder.toString()), target))
        .isEqualTo(folder + " is a folder, but a file is needed there");
    assertThat(Stop.describe(new NotDirectoryException(file.toString()), file))
        .isEqualTo("it is a file, but a folder is needed there");
    assertThat(Stop.describe(new DirectoryNotEmptyException(target.toString()), target))
        .isEqualTo("it is a folder with files in it, but a file is needed there");
    assertThat(Stop.describe(new AccessDeniedException(target.toString()), target)).isEqualTo("permission denied");
    assertThat(Stop.describe(new AccessDeniedException(temp.toString()), target))
        .isEqualTo("permission denied: files cannot be created in " + folder);
    assertThat(Stop.describe(new AccessDeniedException(temp.toString()), folder))
        .isEqualTo("permission denied: files cannot be created in it");
    assertThat(Stop.describe(new NoSuchFileException(target.toString()), target)).isEqualTo("folder or file not found");
    assertThat(Stop.describe(new NoSuchFileException(tmp.resolve("gone/" + temp.getFileName()).toString()), target))
        .isEqualTo("the folder " + tmp.resolve("gone") + " does not exist");
    // found in review: the folder was there, another run had removed the temporary file in it
    assertThat(Stop.describe(new NoSuchFileException(temp.toString(), target.toString(), null), target))
        .isEqualTo("its temporary file was removed while it was being written; is another run using this folder?");
    // A rename of the temporary file onto a folder: the target is what the user knows.
    assertThat(Stop.describe(new FileSystemException(temp.toString(), target.toString(), "Is a directory"), target))
        .isEqualTo("it is a folder, but a file is needed there");
    assertThat(Stop.describe(new FileSystemException(temp.toString(), target.toString(), "Is a directory")))
        .isEqualTo("it is a folder, but a file is needed there");
    assertThat(Stop.describe(new FileSystemException(file.resolve("x").toString(), null, "Not a directory"), file.resolve("x")))
        .isEqualTo(file + " is a file, but a folder is needed there");
    assertThat(Stop.describe(new FileSystemException(target.toString(), null, "No space left on device"), target))
        .isEqualTo("the disk is full");
    assertThat(Stop.describe(new IOException("No space left on device"), target))
        .isEqualTo("the disk is full");
    assertThat(Stop.describe(new FileSystemException(target.toString(), null, "Read-only file system"), target))
        .isEqualTo("the disk is read-only");
    assertThat(Stop.describe(new MalformedInputException(1), target)).isEqualTo("it is not UTF-8 text");
    assertThat(Stop.describe(new IOException(), target)).isEqualTo("IOException");
  }

  @Test
  void theFatalOnesStillStopTheRunWithAReasonThatNamesItsPath() {
    Path temp = tmp.resolve(".log.xlsx.1-1" + AtomicFiles.TEMP_SUFFIX);
    assertThat(Stop.isFatal(new IOException("No space left on device"))).isTrue();
    assertThat(Stop.isFatal(new FileSystemException("x", null, "Read-only file system"))).isTrue();
    assertThat(Stop.isFatal(new IOException("File too large"))).isTrue();
    assertThat(Stop.isFatal(new FileSystemException("x", null, "Is a directory"))).isFalse();
    Stop stop = new Stop();
    stop.after(new FileSystemException("x", null, "Is a directory"), tmp);
    assertThat(stop.reason()).isNull();
    stop.after(new AccessDeniedException(temp.toString()), tmp);
    assertThat(stop.reason()).isEqualTo("permission denied: files cannot be created in " + tmp);
  }

  /** Found in review: one read-only client folder stopped the whole run. */
  @Test
  void permissionDeniedInsideOneClientsFolderFailsThatClientAlone() throws IOException {
    Path client = Files.createDirectories(tmp.resolve("c003"));
    Stop stop = new Stop();
    stop.after(new AccessDeniedException(client.resolve(".log.xlsx.1-1" + AtomicFiles.TEMP_SUFFIX).toString()), tmp);
    stop.after(new AccessDeniedException(client.resolve("log.xlsx").toString()), tmp);
    assertThat(stop.reason()).isNull();
    // a client's folder that cannot be made: the month's folder refused, so every client would fail
    stop.after(new AccessDeniedException(tmp.resolve("c004").toString()), tmp);
    assertThat(stop.reason()).isEqualTo("permission denied for " + tmp.resolve("c004"));
  }

  @Test
  void realConflictsOnDisk() throws IOException {
    Path month = Files.writeString(tmp.resolve("2026-12"), "not a folder");
    IOException e = catchThrowableOfType(() -> Files.createDirectories(month), IOException.class);
    assertThat(Stop.describe(e)).isEqualTo("it is a file, but a folder is needed there");
    assertThat(Stop.describe(e, month.getParent())).isEqualTo(month + " is a file, but a folder is needed there");

    Path client = month.resolve("c001");
    e = catchThrowableOfType(() -> Files.createDirectories(client), IOException.class);
    assertThat(Stop.describe(e, client)).isEqualTo(month + " is a file, but a folder is needed there");

    Path log = Files.createDirectories(tmp.resolve("c002/log.xlsx"));
    Files.writeString(log.resolve("inside"), "x");
    e = catchThrowableOfType(() -> new AtomicFiles(OutputSink.FILES).write(log, out -> out.write(1)), IOException.class);
    assertThat(Stop.describe(e)).isEqualTo("it is a folder, but a file is needed there");
    assertThat(Stop.describe(e, null)).isEqualTo(log + " is a folder, but a file is needed there");
    assertThat(Workspace.files(tmp.resolve("c002"))).containsExactly("log.xlsx/inside");
  }

  @Test
  void aMonthFolderThatIsAFileAndAClientFolderThatIsAFileAreNamedOnce() throws IOException {
    Workspace ws = new Workspace(tmp, "a1,A,2026-12-01", "a2,B,2026-12-01");
    Path month = tmp.resolve("out/2026-12");
    Files.createDirectories(month.getParent());
    Files.writeString(month, "x");
    assertThat(ws.run(new FakeStages()).generate(ws.options()).exitCode()).isEqualTo(2);
    assertThat(ws.err.toString())
        .contains(month + ": cannot write to the output folder: it is a file, but a folder is needed there");

    Files.delete(month);
    Files.createDirectories(month);
    Files.writeString(month.resolve("a1"), "x");
    Workspace again = new Workspace(tmp, "a1,A,2026-12-01", "a2,B,2026-12-01");
    assertThat(again.run(new FakeStages()).generate(again.options()).exitCode()).isEqualTo(1);
    assertThat(again.err.toString())
        .contains(month.resolve("a1") + ": could not write: it is a file, but a folder is needed there");
  }
}
