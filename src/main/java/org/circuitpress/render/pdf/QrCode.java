package org.circuitpress.render.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** QR codes drawn as vector squares, and the rule for which links may become one. */
final class QrCode {
  private QrCode() {}

  /** Only absolute http and https URLs with a host; {@code javascript:}, {@code file:} never. */
  static boolean isWebLink(String url) {
    if (url == null || url.isBlank() || url.length() > 1000) return false;
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
   * Draws the code with its lower-left corner at (x, y) and side {@code size}; each horizontal run
   * of dark modules is one rectangle. The caller keeps a quiet zone of white around it.
   */
  static void draw(PDPageContentStream cs, BitMatrix m, float x, float y, float size)
      throws IOException {
    int n = m.getWidth();
    float cell = size / n;
    cs.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < n; row++) {
      int col = 0;
      while (col < n) {
        if (!m.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < n && m.get(col, row)) col++;
        // Slightly overlapping cells avoid hairline gaps between rows in some renderers.
        cs.addRect(x + start * cell, y + size - (row + 1) * cell, (col - start) * cell, cell + 0.05f);
      }
    }
    cs.fill();
  }
}
