package org.circuitpress.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.circuitpress.model.ImageLimits;
import org.circuitpress.model.ImagePaths;

/**
 * Checks image paths of the library: confined to the library's folder, existing, PNG or JPEG, of a
 * sane size ({@link ImageLimits}, the rule the handout applies too). A bad image is a warning and is left out, so a renderer never meets it.
 */
final class Images {
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private final Path folder;
  private final Map<Path, Optional<String>> checked = new HashMap<>();

  Images(Path folder) {
    this.folder = folder;
  }

  /** The image path as typed when it is usable, else "" after a warning at the cell. */
  String check(Fields f) {
    String typed = f.text("image");
    if (typed.isEmpty()) return "";
    Optional<String> problem = problem(typed);
    if (problem.isEmpty()) return typed;
    f.warning("image", problem.get() + "; the image is left out");
    return "";
  }

  Optional<String> problem(String typed) {
    ImagePaths.Resolved r = ImagePaths.resolve(folder, typed);
    if (!r.ok()) return Optional.of(r.problem());
    return checked.computeIfAbsent(r.file(), x -> content(x, Fields.quote(typed)));
  }

  /** Whether a file is a readable PNG or JPEG of a sane size; {@code q} names it in messages. */
  static Optional<String> content(Path p, String q) {
    try {
      if (!Files.isRegularFile(p)) return Optional.of("image file not found: " + q);
      long size = Files.size(p);
      if (size > MAX_BYTES) {
        return Optional.of(
            "the image "
                + q
                + " is "
                + (size / (1024 * 1024))
                + " MB; images must be under "
                + (MAX_BYTES / (1024 * 1024))
                + " MB");
      }
      return decode(p, q);
    } catch (IOException e) {
      return Optional.of("cannot read the image " + q);
    }
  }

  /** Reads the header first, so an enormous picture is refused before its pixels are decoded. */
  private static Optional<String> decode(Path p, String q) throws IOException {
    ImageIO.setUseCache(false);
    try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext())
        return Optional.of("the image " + q + " is not a PNG or JPEG file");
      ImageReader r = readers.next();
      try {
        String format = r.getFormatName().toLowerCase(Locale.ROOT);
        if (!format.equals("png") && !format.equals("jpeg")) {
          return Optional.of(
              "the image " + q + " is " + format.toUpperCase(Locale.ROOT) + "; use PNG or JPEG");
        }
        r.setInput(in, true, true);
        int w = r.getWidth(0);
        int h = r.getHeight(0);
        Optional<String> tooLarge = ImageLimits.problem(w, h);
        if (tooLarge.isPresent()) return Optional.of("the image " + q + " " + tooLarge.get());
        // Decoding every pixel finds a cut-off file; subsampling keeps the memory small.
        ImageReadParam param = r.getDefaultReadParam();
        param.setSourceSubsampling(8, 8, 0, 0);
        BufferedImage img = r.read(0, param);
        return img == null
            ? Optional.of("the image " + q + " is damaged and cannot be read")
            : Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.of("the image " + q + " is damaged and cannot be read");
      } finally {
        r.dispose();
      }
    }
  }
}
