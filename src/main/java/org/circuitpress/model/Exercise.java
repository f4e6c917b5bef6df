package org.circuitpress.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One drill of the exercise library, decoded.
 *
 * @param role e.g. breathing, soft-tissue, mobility, strength (normalized with {@link Names#tag})
 * @param tags normalized with {@link Names#tag}
 * @param equipment the equipment the drill needs, normalized: every group of it, each met by any
 *     one of its names; empty means bodyweight
 * @param dose what the drill's dose counts
 * @param eachHand whether its load is held in each hand (a farmer carry's two bells): printed as
 *     "18 lb each hand"
 * @param tempo e.g. {@code 3-1-3-1}, or empty
 * @param contraindications limitation tags for which the drill must not be given, normalized
 * @param easier ids of easier variants, most preferred first
 * @param harder ids of harder variants, most preferred first
 * @param videoUrl an http or https URL, or empty
 * @param image a path relative to the library file, or empty
 * @param where the drill's row in the library
 * @param imageAt the drill's image cell, where a problem with the picture is reported; null: its
 *     row
 * @param nameAt the drill's name cell, where a problem with how the name prints is reported; null:
 *     its row
 * @param cuesAt the drill's cues cell, likewise; null: its row
 */
public record Exercise(
    String id,
    String name,
    String role,
    Set<String> tags,
    Needs equipment,
    Level level,
    DoseUnit dose,
    boolean perSide,
    boolean eachHand,
    String tempo,
    String cues,
    Set<String> contraindications,
    List<String> easier,
    List<String> harder,
    String videoUrl,
    String image,
    Location where,
    Location imageAt,
    Location nameAt,
    Location cuesAt) {
  /** The longest video link a handout prints (as a QR code and a link); longer ones are left out. */
  public static final int MAX_VIDEO_URL = 1000;

  /**
   * From this length on (in UTF-8 bytes; a web link's characters are one byte each) a link needs
   * a QR code of 69 squares a side or more: version 13 at error correction M, which holds links
   * of 287 to 330 bytes beside its UTF-8 marker. Printed, its squares are about 0.32 mm, or 0.28
   * mm where cards are set tight, which a phone may not read from a home printer's page. One
   * byte less fits 65 squares. The boundary is where the code grows, so two links that print the
   * same size of code get the same advice.
   */
  public static final int LONG_VIDEO_URL = 287;

  public Exercise {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(where, "where");
    tags = Set.copyOf(tags);
    Objects.requireNonNull(equipment, "equipment");
    contraindications = Set.copyOf(contraindications);
    easier = List.copyOf(easier);
    harder = List.copyOf(harder);
    tempo = tempo == null ? "" : tempo;
    cues = cues == null ? "" : cues;
    videoUrl = videoUrl == null ? "" : videoUrl;
    image = image == null ? "" : image;
    imageAt = imageAt == null ? where : imageAt;
    nameAt = nameAt == null ? where : nameAt;
    cuesAt = cuesAt == null ? where : cuesAt;
  }

  /** A drill whose name and cues cells are not known: problems with them are placed at its row. */
  public Exercise(String id, String name, String role, Set<String> tags, Needs equipment, Level level,
      DoseUnit dose, boolean perSide, boolean eachHand, String tempo, String cues, Set<String> contraindications,
      List<String> easier, List<String> harder, String videoUrl, String image, Location where, Location imageAt) {
    this(id, name, role, tags, equipment, level, dose, perSide, eachHand, tempo, cues, contraindications, easier,
        harder, videoUrl, image, where, imageAt, null, null);
  }

  /**
   * A drill that needs every one of {@code equipment}, with no choice among them, and whose load,
   * if any, is not held in each hand.
   */
  public Exercise(
      String id,
      String name,
      String role,
      Set<String> tags,
      Set<String> equipment,
      Level level,
      DoseUnit dose,
      boolean perSide,
      String tempo,
      String cues,
      Set<String> contraindications,
      List<String> easier,
      List<String> harder,
      String videoUrl,
      String image,
      Location where,
      Location imageAt) {
    this(id, name, role, tags, Needs.all(equipment), level, dose, perSide, false, tempo, cues,
        contraindications, easier, harder, videoUrl, image, where, imageAt);
  }
}
