package org.circuitpress.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.circuitpress.model.ImageLimits;
import org.circuitpress.model.ImagePaths;

/**
 * Logos and drill images: checked, decoded once per run and re-encoded as a small JPEG that each
 * handout embeds as is (no per-document image compression).
 */
final class Pictures {
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private Pictures() {}

  /** A decoded picture, flattened on white, ready to embed. */
  record Picture(byte[] jpeg, int width, int height) {
    float aspect() {
      return (float) width / height;
    }

    /**
     * The picture as an image of {@code doc}. Its size and colour space are known (an RGB JPEG
     * made by {@link Pictures#encode}), so the bytes are not parsed again for every handout.
     */
    PDImageXObject embed(PDDocument doc) throws IOException {
      return new PDImageXObject(doc, new ByteArrayInputStream(jpeg), COSName.DCT_DECODE, width, height, 8,
          PDDeviceRGB.INSTANCE);
    }
  }

  /** A picture that cannot be used, with a message a trainer understands. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@code relative} resolved against {@code folder} as the library check resolves it ({@link
   * ImagePaths}): a "\\" read as "/", refusing anything that leaves the folder.
   */
  static Path inside(Path folder, String relative) throws Unusable {
    ImagePaths.Resolved r = ImagePaths.resolve(folder, relative);
    if (!r.ok()) throw new Unusable(r.problem());
    return r.file();
  }

  /** Reads a PNG or JPEG and scales it so that its longer side is at most {@code maxSide}. */
  static Picture read(Path file, int maxSide) throws Unusable {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new Unusable("image \"" + name + "\" is " + size / (1024 * 1024) + " MB; the limit is 20 MB");
      }
      BufferedImage img = decode(file, name);
      return encode(flatten(img, maxSide));
    } catch (IOException | RuntimeException e) {
      throw new Unusable("image \"" + name + "\" is not a readable PNG or JPEG file");
    }
  }

  private static BufferedImage decode(Path file, String name) throws IOException, Unusable {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) throw new IOException("unreadable");
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) throw new IOException("not an image");
      ImageReader r = readers.next();
      try {
        String format = r.getFormatName().toLowerCase(Locale.ROOT);
        if (!format.equals("png") && !format.equals("jpeg")) {
          throw new Unusable("image \"" + name + "\" is " + format.toUpperCase(Locale.ROOT) + "; use PNG or JPEG");
        }
        r.setInput(in, true, true);
        int w = r.getWidth(0);
        int h = r.getHeight(0);
        Optional<String> tooLarge = ImageLimits.problem(w, h);
        if (tooLarge.isPresent()) throw new Unusable("image \"" + name + "\" " + tooLarge.get());
        return r.read(0);
      } finally {
        r.dispose();
      }
    }
  }

  private static BufferedImage flatten(BufferedImage src, int maxSide) {
    double scale = Math.min(1.0, (double) maxSide / Math.max(src.getWidth(), src.getHeight()));
    int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static Picture encode(BufferedImage img) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.88f);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
    return new Picture(bytes.toByteArray(), img.getWidth(), img.getHeight());
  }
}
