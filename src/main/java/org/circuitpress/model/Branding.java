package org.circuitpress.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How handouts are branded. {@link #DEFAULT} is used when there is no branding file.
 *
 * @param logo a PNG or JPEG, or null
 * @param accentRgb the accent colour as 0xRRGGBB
 * @param fallbackFont a TrueType font used for characters the bundled font lacks, or null
 * @param nameAt the cell of the branding file the name was read from, or null (the default name)
 * @param contactAt the cell the contact was read from, or null
 * @param footerAt the cell the footer was read from, or null
 */
public record Branding(String name, Path logo, int accentRgb, String contact, String footer, Path fallbackFont,
    Location nameAt, Location contactAt, Location footerAt) {
  public static final Branding DEFAULT =
      new Branding("CircuitPress", null, 0x1F4E79, "", "", null);

  public Branding {
    Objects.requireNonNull(name, "name");
    contact = contact == null ? "" : contact;
    footer = footer == null ? "" : footer;
  }

  /** A branding whose footer comes from no cell. */
  public Branding(String name, Path logo, int accentRgb, String contact, String footer, Path fallbackFont,
      Location nameAt, Location contactAt) {
    this(name, logo, accentRgb, contact, footer, fallbackFont, nameAt, contactAt, null);
  }

  /** A branding made here rather than read from a file: its name and contact come from no cell. */
  public Branding(String name, Path logo, int accentRgb, String contact, String footer, Path fallbackFont) {
    this(name, logo, accentRgb, contact, footer, fallbackFont, null, null);
  }
}
