"""The cell-key method (the Australian Bureau of Statistics' TableBuilder, the 2021 census
outputs of the UK's Office for National Statistics): noise that stays the same for the same
people and differs between overlapping cells.

Every person counted (a candidate) carries a random record key from 0 to 255, drawn once
when the record is made. A cell's key is the sum of its members' keys modulo 256, and a
fixed perturbation table maps the key to a noise from -MAX_NOISE to +MAX_NOISE that is added
to the shown count. So the same cell always shows the same figure (asking again, or for a
period that holds the same people, gives nothing new), while two periods that differ by a
few people have unrelated keys and the difference of their figures is noisy: it no longer
gives those few people away. A zero stays 0 (no people, no key) and a shown count is never
below the threshold; counts below the threshold are hidden as before, and the hiding is
decided on the true counts, so the suppression's audit holds a fortiori. Margins are cells
of their own (their key is the sum of their members' keys), so a table's shown figures need
not add up.
Rates, ratios and tests are computed from the shown (perturbed) counts."""

from __future__ import annotations

import random
import secrets

MAX_NOISE = 2
KEYS = 256


def record_key() -> int:
    """A new record's key: random, never derived from anything a reader could know."""
    return secrets.randbelow(KEYS)


def _table() -> tuple[int, ...]:
    """The perturbation table: for each cell key, its noise. Symmetric around 0 (mean 0):
    96 keys give 0, 56 give each of -1 and +1, 24 give each of -2 and +2. The order is a
    fixed shuffle, so the table is the same on every instance and in every release."""
    noise = [0] * 96 + [1] * 56 + [-1] * 56 + [2] * 24 + [-2] * 24
    random.Random("korps cell-key table 1").shuffle(noise)
    return tuple(noise)


PTABLE = _table()


def perturbed(count: int, key_sum: int, *, threshold: int = 1) -> int:
    """The count as shown: 0 stays 0; any other count moves by its key's noise, never
    below the threshold (a shown count never looks like a small one)."""
    if count <= 0:
        return 0
    return max(threshold, 1, count + PTABLE[key_sum % KEYS])
