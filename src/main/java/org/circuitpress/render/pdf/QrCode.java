package org.circuitpress.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** QR codes drawn as vector squares, and the rule for which links may become one. */
final class QrCode {
  private QrCode() {}

  /**
   * The finest square a code of a link the library does not warn of is printed with, in points:
   * 0.33 mm. The library warns from the link whose code has 69 squares a side, 0.32 mm each at a
   * card's 62 pt ({@link org.circuitpress.model.Exercise#LONG_VIDEO_URL}); a code it says nothing
   * of is kept coarser than that one.
   */
  static final float MIN_MODULE = 0.33f / 25.4f * 72;

  /**
   * The side of a code of {@code modules} squares on a card set tighter: 54 pt, or more, to 62 pt,
   * as squares of {@link #MIN_MODULE} need: the code of a long link the library does not warn of
   * (up to 65 squares a side) keeps squares a phone reads from a home print. In whole points, up:
   * the page holds the code's scale to three decimals, which may round a square down.
   */
  static float tightSide(int modules) {
    return Math.min(62, Math.max(54, (float) Math.ceil(modules * MIN_MODULE)));
  }

  /** Only absolute http and https URLs with a host; {@code javascript:}, {@code file:} never. */
  static boolean isWebLink(String url) {
    if (url == null || url.isBlank() || url.length() > org.circuitpress.model.Exercise.MAX_VIDEO_URL) return false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F) return false;
    }
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && u.getHost() != null
          && !u.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * {@code url} as a link of the PDF opens it: a PDF link's address is ASCII (ISO 32000-1,
   * 12.6.4.7), so each letter past ASCII (a library's {@code übung}) is written as the %XX of
   * its UTF-8 bytes, as a browser sends it; else a viewer reads the bytes as Latin-1 and opens
   * another address. The code itself holds the link as typed.
   */
  static String asciiLink(String url) {
    byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == url.length()) return url;
    StringBuilder sb = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      if (b >= 0) sb.append((char) b);
      else sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }
    return sb.toString();
  }

  static BitMatrix encode(String url) {
    try {
      return new QRCodeWriter()
          .encode(
              url,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN, 0,
                  EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as QR: " + url, e);
    }
  }

  /**
   * A code drawn once as a content stream in module units (one unit per module, origin at the
   * lower left), already deflated: every handout that links the same video embeds these bytes as
   * they are, so the code is neither traced nor compressed again per client.
   */
  record Drawing(int modules, byte[] deflated) {}

  /** Each horizontal run of dark modules is one rectangle. */
  static Drawing drawing(BitMatrix m) {
    int n = m.getWidth();
    StringBuilder ops = new StringBuilder(n * n);
    ops.append("0 g\n");
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < n) {
        if (!m.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < n && m.get(col, row)) col++;
        // Rows overlap by a fortieth of a module: no hairline gaps between rows in some renderers.
        ops.append(start).append(' ').append(n - row - 1).append(' ').append(col - start).append(" 1.025 re\n");
      }
    }
    ops.append("f\n");
    byte[] raw = ops.toString().getBytes(StandardCharsets.US_ASCII);
    Deflater z = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      z.setInput(raw);
      z.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
      byte[] buf = new byte[4096];
      while (!z.finished()) out.write(buf, 0, z.deflate(buf));
      return new Drawing(n, out.toByteArray());
    } finally {
      z.end();
    }
  }

  /** The drawing as a form XObject of {@code doc}: the deflated bytes are copied, not re-encoded. */
  static PDFormXObject form(PDDocument doc, Drawing d) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream out = s.createRawOutputStream()) {
      out.write(d.deflated());
    }
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    PDFormXObject f = new PDFormXObject(s);
    f.setBBox(new PDRectangle(d.modules(), d.modules()));
    f.setResources(new PDResources());
    return f;
  }

  /**
   * Draws {@code form} (from {@link #form}) with its lower-left corner at (x, y) and side
   * {@code size}. The caller keeps a quiet zone of white around it.
   */
  static void draw(Ops cs, PDFormXObject form, float x, float y, float size) {
    cs.form(form, x, y, size / form.getBBox().getWidth());
  }
}
