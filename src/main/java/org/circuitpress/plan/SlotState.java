package org.circuitpress.plan;

import org.circuitpress.model.DoseUnit;

/**
 * Where a slot's progression stands: the dose amount (in the slot's unit), the index into the
 * client's load ladder, and how many variant steps harder (positive) or easier (negative) than the
 * chosen drill. Carried from block to block by slot id.
 */
record SlotState(int amount, DoseUnit unit, int load, int variant) {
  SlotState {
    amount = Math.max(1, amount);
    load = Math.max(0, load);
  }

  SlotState withAmount(int a) {
    return new SlotState(a, unit, load, variant);
  }

  SlotState withLoad(int l) {
    return new SlotState(amount, unit, l, variant);
  }

  SlotState withVariant(int v) {
    return new SlotState(amount, unit, load, v);
  }
}
