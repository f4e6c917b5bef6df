package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageLimitsTest {
  @Test
  void aPictureWithinBothLimitsPasses() {
    assertThat(ImageLimits.problem(5999, 3)).isEmpty();
    assertThat(ImageLimits.problem(6000, 2666)).isEmpty();
    assertThat(ImageLimits.problem(2666, 6000)).isEmpty();
    assertThat(ImageLimits.problem(4000, 4000)).isEmpty();
  }

  @Test
  void theMessageNamesTheLimitThatIsBroken() {
    assertThat(ImageLimits.problem(1, 6001))
        .contains("is 1 x 6001 pixels; a picture may be at most 6000 pixels wide and 6000 high");
    assertThat(ImageLimits.problem(6001, 1))
        .contains("is 6001 x 1 pixels; a picture may be at most 6000 pixels wide and 6000 high");
    assertThat(ImageLimits.problem(60000, 60000))
        .contains("is 60000 x 60000 pixels; a picture may be at most 6000 pixels wide and 6000 high");
    assertThat(ImageLimits.problem(5000, 5000))
        .contains(
            "is 5000 x 5000 pixels, 25,000,000 in all; a picture may have at most 16,000,000"
                + " pixels (for example 4000 x 4000)");
    assertThat(ImageLimits.problem(4001, 4000))
        .contains(
            "is 4001 x 4000 pixels, 16,004,000 in all; a picture may have at most 16,000,000"
                + " pixels (for example 4000 x 4000)");
  }
}
