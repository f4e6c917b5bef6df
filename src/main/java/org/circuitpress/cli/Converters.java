package org.circuitpress.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.circuitpress.batch.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values that need a clearer message than a Java parse error. */
final class Converters {
  private Converters() {}

  static final class Month implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a month like 2026-12, got '" + value + "'");
      }
    }
  }

  /** A file or folder named on the command line: an empty name would mean the current folder. */
  static final class NamedPath implements ITypeConverter<java.nio.file.Path> {
    @Override
    public java.nio.file.Path convert(String value) {
      if (value.isBlank()) throw new TypeConversionException("expected a file or folder name, got an empty one");
      try {
        return java.nio.file.Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new TypeConversionException("not a valid file or folder name: '" + value + "'");
      }
    }
  }

  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1 && n <= 1024) return n;
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
      throw new TypeConversionException("expected a number of threads from 1 to 1024, got '" + value + "'");
    }
  }

  static final class ShardOf implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      try {
        return Shard.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
