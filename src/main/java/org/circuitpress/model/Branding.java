package org.circuitpress.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How handouts are branded. {@link #DEFAULT} is used when there is no branding file.
 *
 * @param logo a PNG or JPEG, or null
 * @param accentRgb the accent colour as 0xRRGGBB
 * @param fallbackFont a TrueType font used for characters the bundled font lacks, or null
 */
public record Branding(
    String name, Path logo, int accentRgb, String contact, String footer, Path fallbackFont) {
  public static final Branding DEFAULT =
      new Branding("CircuitPress", null, 0x1F4E79, "", "", null);

  public Branding {
    Objects.requireNonNull(name, "name");
    contact = contact == null ? "" : contact;
    footer = footer == null ? "" : footer;
  }
}
