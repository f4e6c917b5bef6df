package org.circuitpress.model;

/**
 * Which gym and which trainer a client belongs to, as the roster says: for a chain that keeps one
 * roster, so that its summary can be filtered by either. Neither changes the program.
 *
 * @param gym the gym, site or studio as typed, "" when the roster says none
 * @param trainer the trainer or coach as typed, "" when the roster says none
 */
public record Group(String gym, String trainer) {
  /** No gym and no trainer: a roster without those columns. */
  public static final Group NONE = new Group("", "");

  public Group {
    gym = gym == null ? "" : gym;
    trainer = trainer == null ? "" : trainer;
  }

  public boolean isEmpty() {
    return gym.isEmpty() && trainer.isEmpty();
  }
}
